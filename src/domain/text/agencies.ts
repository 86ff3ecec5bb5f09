import { fold } from './fold';

/** Abbreviations of agencies and their expansions (from the plans' own usage). */
export const AGENCY_ABBREVIATIONS: readonly [string, string][] = [
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BQL', 'Ban Quản lý'],
  ['VPĐP', 'Văn phòng Điều phối nông thôn mới'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['TC-KH', 'Tài chính - Kế hoạch'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['VH-TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VH-TT', 'Văn hóa - Thông tin'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['KT&HT', 'Kinh tế và Hạ tầng'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['CHQS', 'Chỉ huy Quân sự'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['LHPN', 'Liên hiệp Phụ nữ'],
  ['HTX', 'hợp tác xã'],
  ['PTNT', 'Phát triển nông thôn'],
];

const FOLDED = AGENCY_ABBREVIATIONS.map(([short, long]) => [fold(short), fold(long)] as const).sort((a, b) => b[1].length - a[1].length);

/**
 * A key under which one agency written many ways compares equal: folded, expansions turned
 * into their abbreviations.
 *
 * @example
 * agencyKey('Phòng Nông nghiệp và PTNT') === agencyKey('Phòng NN&PTNT')
 */
export function agencyKey(name: unknown): string {
  let key = ` ${fold(name)} `;
  for (const [short, long] of FOLDED) key = key.split(` ${long} `).join(` ${short} `);
  key = key.replace(/ nong nghiep va ptnt /g, ' nn ptnt ').replace(/ van phong ubnd (va|&) hdnd /g, ' van phong hdnd va ubnd ');
  return key.trim();
}

const AGENCY_START = /^(sở|phòng|ban|công an|ubnd|ủy ban|uỷ ban|văn phòng|vp|chi cục|hội|trung tâm|bộ chỉ huy|bchqs|liên minh|mặt trận|ủy ban mặt trận|tỉnh đoàn|huyện đoàn|đoàn|điện lực|bưu điện|bảo hiểm|kho bạc|ngân hàng|cục|viện|đài|báo|liên đoàn|thanh tra|đảng ủy|huyện ủy|tỉnh ủy|bch quân sự)(?=[\s.,]|$)/iu;
// Typed without diacritics: "So" is both Sở and Số ("So xa dat"), so only the unambiguous heads.
const AGENCY_START_FOLDED = /^(phong|cong an|ubnd|uy ban nhan dan|van phong|chi cuc|trung tam|bo chi huy|ban chi huy|bchqs|lien minh|mat tran|tinh doan|huyen doan|dien luc|buu dien|bao hiem xa hoi|kho bac|ngan hang)\b/;
/** "So" and a department no count is of ("So Xay dung", "So NN&MT"): Sở, never Số. */
const DEPARTMENT_FOLDED = /^so (nong nghiep|nn|xay dung|xd|cong thuong|van hoa|vhttdl|noi vu|tu phap|tai chinh|giao duc|gddt|y te|ke hoach va dau tu|khdt|khoa hoc|tai nguyen|tnmt|giao thong|gtvt|lao dong thuong binh|ldtbxh|thong tin va truyen thong|tttt|ngoai vu|du lich|dan toc va ton giao)\b/;

/**
 * True when a row of agencies names one ("Sở Xây dựng", "Công an tỉnh"), not one commune's People's
 * Committee ("UBND xã Tân Lập"): a list of communes so labelled is a list of communes.
 *
 * @example
 * isAgencyRow('UBND xã Tân Lập') === false; isAgencyRow('UBND các xã') === true
 */
export function isAgencyRow(text: string): boolean {
  return isAgencyName(text) && !/^(ubnd|uy ban nhan dan) (xa|phuong|thi tran|dac khu)\b/.test(fold(text));
}

/**
 * True when a header names an agency ("Sở Xây dựng", "Phòng TN&MT", "Công an huyện"): the columns of
 * a responsibility matrix.
 *
 * @example
 * isAgencyName('Sở Nông nghiệp và Môi trường') // true
 * isAgencyName('Số xã đạt') // false
 */
export function isAgencyName(text: string): boolean {
  const typed = text.normalize('NFC').trim();
  const folded = fold(typed);
  return AGENCY_START.test(typed) || AGENCY_START_FOLDED.test(folded) || DEPARTMENT_FOLDED.test(folded);
}

/**
 * The agencies named in one cell: "Sở Xây dựng; Sở Tài chính" is two, "Sở Văn hóa, Thể thao và Du
 * lịch" is one: a new agency starts after ";", ",", "+", "và" or a line break only where the text
 * that follows names one ("Sở …", "Phòng …", "UBND …" — with or without diacritics, NFC or NFD).
 *
 * @example
 * agenciesIn('Sở Xây dựng, Sở Tài chính').length === 2
 * agenciesIn('So Nong nghiep va Moi truong, So Xay dung').length === 2
 */
export function agenciesIn(text: string): string[] {
  const typed = text.normalize('NFC').trim();
  if (!typed) return [];
  const pieces = typed.split(/(\s*[;\n+,&]\s*|\s+(?:và|va)\s+)/i);
  const agencies: string[] = [];
  let current = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const next = pieces[i + 1] ?? '';
    if (current.trim() && isAgencyName(next)) { agencies.push(current.trim()); current = next; } else current += pieces[i] + next;
  }
  if (current.trim()) agencies.push(current.trim().replace(/[;,+&]$/, '').trim());
  return agencies.filter(Boolean);
}
