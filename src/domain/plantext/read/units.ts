/**
 * The nouns and units numbers are written with in plans (folded: no diacritics, lower case), each
 * with the kind of thing it counts. Longer phrases first so that "triệu đồng" wins over "triệu".
 */
export type UnitKind = 'commune' | 'village' | 'district' | 'criterion' | 'indicator' | 'money' | 'percent' | 'household' | 'person' | 'agency' | 'length' | 'area' | 'count' | 'times' | 'time' | 'rate' | 'product' | 'other';

const UNITS: [string, UnitKind][] = [
  ['ty dong', 'money'], ['ti dong', 'money'], ['trieu dong', 'money'], ['nghin dong', 'money'], ['ngan dong', 'money'], ['trd', 'money'], ['tr dong', 'money'], ['tr.d', 'money'], ['ty', 'money'], ['ti', 'money'], ['trieu', 'money'], ['dong', 'money'], ['d', 'money'], ['usd', 'money'],
  ['tieu chi', 'criterion'], ['tc', 'criterion'], ['chi tieu', 'indicator'], ['noi dung', 'indicator'],
  ['xa, phuong, thi tran', 'commune'], ['xa, thi tran', 'commune'], ['xa', 'commune'], ['phuong', 'commune'], ['thi tran', 'commune'], ['don vi hanh chinh cap xa', 'commune'], ['don vi hanh chinh', 'commune'], ['don vi cap xa', 'commune'], ['dac khu', 'commune'],
  ['thon, ban, to dan pho', 'village'], ['thon, to dan pho', 'village'], ['thon, ban', 'village'], ['thon, xom', 'village'], ['thon', 'village'], ['xom', 'village'], ['ban', 'village'], ['lang', 'village'], ['ap', 'village'], ['buon', 'village'], ['plei', 'village'], ['to dan pho', 'village'], ['khu dan cu', 'village'], ['khu pho', 'village'], ['khu', 'village'],
  ['huyen, thi xa, thanh pho', 'district'], ['huyen, thanh pho', 'district'], ['huyen', 'district'], ['thi xa', 'district'], ['thanh pho', 'district'], ['don vi cap huyen', 'district'], ['tinh, thanh pho', 'district'], ['tinh', 'district'], ['quan', 'district'],
  ['ho gia dinh', 'household'], ['ho ngheo', 'household'], ['ho can ngheo', 'household'], ['ho', 'household'],
  ['nguoi', 'person'], ['lao dong', 'person'], ['nhan khau', 'person'], ['hoc vien', 'person'], ['hoc sinh', 'person'], ['can bo', 'person'], ['cong chuc', 'person'], ['dai bieu', 'person'], ['thanh vien', 'person'], ['luot nguoi', 'person'], ['luot', 'person'], ['dang vien', 'person'], ['dong chi', 'person'], ['hoi vien', 'person'], ['doan vien', 'person'], ['bac si', 'person'], ['giao vien', 'person'], ['nong dan', 'person'], ['dan', 'person'],
  ['co quan', 'agency'], ['don vi', 'agency'], ['so, ban, nganh', 'agency'], ['so, nganh', 'agency'], ['so', 'agency'], ['phong', 'agency'], ['ban', 'agency'], ['nganh', 'agency'], ['doan the', 'agency'], ['to chuc', 'agency'], ['doanh nghiep', 'agency'], ['hop tac xa', 'agency'], ['htx', 'agency'], ['to hop tac', 'agency'], ['thtx', 'agency'], ['hoi', 'agency'], ['doan', 'agency'], ['chi hoi', 'agency'], ['co so', 'agency'], ['trang trai', 'agency'], ['ngan hang', 'agency'],
  ['km2', 'area'], ['m2', 'area'], ['ha', 'area'], ['hecta', 'area'], ['hec ta', 'area'], ['sao', 'product'],
  ['km', 'length'], ['m3', 'other'], ['m', 'length'], ['cm', 'length'], ['met', 'length'],
  ['lan', 'times'],
  ['nam', 'time'], ['tuoi', 'time'], ['thang', 'time'], ['ngay', 'time'], ['quy', 'time'], ['gio', 'time'], ['tuan', 'time'],
  ['san pham ocop', 'product'], ['san pham', 'product'], ['ocop', 'product'], ['mo hinh', 'product'], ['vuon mau', 'product'], ['vuon', 'product'], ['khu dan cu kieu mau', 'village'], ['du an', 'product'], ['cong trinh', 'product'], ['hang muc', 'product'], ['chuoi', 'product'], ['chuoi lien ket', 'product'], ['lang nghe', 'product'], ['nghe', 'product'], ['diem', 'product'], ['diem du lich', 'product'],
  ['truong hoc', 'count'], ['truong', 'count'], ['tram y te', 'count'], ['tram', 'count'], ['nha van hoa', 'count'], ['nha', 'count'], ['can nha', 'count'], ['can', 'count'], ['sieu thi', 'count'], ['cua hang', 'count'], ['tuyen', 'count'], ['cau', 'count'], ['cong', 'count'], ['kenh', 'count'], ['ho chua', 'count'], ['vu', 'count'], ['dap', 'count'], ['gieng', 'count'], ['bai', 'count'], ['tin', 'count'], ['tin bai', 'count'], ['phong su', 'count'], ['chuyen muc', 'count'], ['chuyen de', 'count'], ['chuyen trang', 'count'], ['buoi', 'count'], ['cuoc', 'count'], ['hoi nghi', 'count'], ['lop', 'count'], ['khoa', 'count'], ['dot', 'count'], ['doan', 'count'], ['van ban', 'count'], ['ke hoach', 'count'], ['de an', 'count'], ['quyet dinh', 'count'], ['nghi quyet', 'count'], ['chuong trinh', 'count'], ['ho so', 'count'], ['giay chung nhan', 'count'], ['to', 'count'], ['nhom', 'count'], ['cum', 'count'], ['vung', 'count'], ['con', 'count'], ['cay', 'count'], ['tan', 'count'], ['ta', 'count'], ['chiec', 'count'], ['bo', 'count'], ['may', 'count'], ['xe', 'count'], ['ban do', 'count'], ['thiet che', 'count'], ['camera', 'count'], ['loa', 'count'], ['dai', 'count'], ['cum loa', 'count'], ['khu the thao', 'count'], ['san', 'count'], ['benh vien', 'count'], ['giuong', 'count'], ['tuyen duong', 'count'], ['doan duong', 'count'], ['cong trinh cap nuoc', 'count'], ['bang', 'count'], ['pano', 'count'], ['khau hieu', 'count'], ['luot truy cap', 'count'], ['phieu', 'count'], ['so', 'count'],
];

/** Units by length, longest first: the reader takes the longest phrase that follows a number. */
export const UNIT_LIST = [...UNITS].sort((a, b) => b[0].length - a[0].length);

/** The kind of a folded unit phrase. */
export function unitKind(unit: string): UnitKind {
  return UNITS.find(([u]) => u === unit)?.[1] ?? 'other';
}

/**
 * The unit that starts `rest` (folded, right after a number), as whole words.
 *
 * @example
 * unitAt(' xa dat chuan') // 'xa'; unitAt(' ty dong, trong do') // 'ty dong'
 */
export function unitAt(rest: string): string | undefined {
  const m = UNIT_AT.exec(rest.slice(0, 60));
  return m ? UNIT_LIST[m.slice(1).findIndex((g) => g !== undefined)][0] : undefined;
}

/** Where the unit `unitAt` found ends in `rest`. */
export function unitEnd(rest: string): number {
  const m = UNIT_AT.exec(rest.slice(0, 60));
  return m ? m[0].length : 0;
}

const escape = (unit: string) => unit.replace(/[.]/g, '\\.').replace(/,/g, '\\s*,').replace(/ /g, '\\s+');
const UNIT_AT = new RegExp(`^[\\s"“”']*(?:${UNIT_LIST.map(([u]) => `(${escape(u)})`).join('|')})(?![a-z0-9])`);

/** Units that are amounts of money, converted to millions of đồng. */
export function inMillions(value: number, unit: string): number | undefined {
  if (/^t[yi]( dong)?$/.test(unit)) return value * 1000;
  if (/^(trieu|trd|tr dong|tr\.d)/.test(unit)) return value;
  if (/^(nghin|ngan)/.test(unit)) return value / 1000;
  if (unit === 'dong' || unit === 'd') return value / 1e6;
  return undefined;
}
