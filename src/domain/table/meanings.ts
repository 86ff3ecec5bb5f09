import { hasAnyWords, startsWithWords } from '../text/fold';
import type { Meaning } from './types';
import { startsAsTotal, TOTAL_WORDS } from '../text/vocabulary';
import { namedBudgetPair } from '../text/namedRatio';

/** Funding sources as offices name them in the columns of a funding grid. */
export const SOURCE_WORDS = [
  'nstw', 'nsdp', 'nsnn', 'ngan sach trung uong', 'ngan sach dia phuong', 'ngan sach tinh', 'ngan sach huyen', 'ngan sach xa',
  'ngan sach nha nuoc', 'long ghep', 'von long ghep', 'tin dung', 'von tin dung', 'dan gop', 'nhan dan dong gop', 'dong gop',
  'doanh nghiep', 'von khac', 'nguon khac', 'khac', 'xa hoi hoa', 'dau tu phat trien', 'su nghiep', 'von dtpt', 'von sn', 'odp', 'oda',
  'trung uong', 'dia phuong', 'cap tinh', 'cap huyen', 'cap xa', 'tinh', 'huyen', 'xa',
];
const AMOUNT_WORDS = ['so tien', 'kinh phi', 'von', 'trieu dong', 'ty dong', 'gia tri', 'nhu cau von', 'tong muc dau tu'];

/** The years a folded header names ("ke hoach nam 2027", "den 31 12 2026"). */
export function yearsIn(label: string): number[] {
  return [...label.matchAll(/\b(20[0-4]\d)\b/g)].map((match) => Number(match[1]));
}

/**
 * The meaning of a column from its folded header: its lowest part (leaf) first, then the whole
 * label; `planYear` tells "đến hết năm 2026" (baseline) from "đến hết năm 2027" (year end).
 * `funding` is set when the table's other columns name funding sources.
 *
 * @example
 * meaningOf('ke hoach nam 2027 dat them', 'dat them', 2027) === 'added'
 * meaningOf('so xa dat chuan den het nam 2026', 'so xa dat chuan den het nam 2026', 2027) === 'baseline'
 */
export function meaningOf(label: string, leaf: string, planYear: number | undefined, funding = false, raw = ''): Meaning {
  if (!label) return 'text';
  if (startsWithWords(leaf, ['tt', 'stt', 'so tt', 'so thu tu'])) return 'tt';
  // "Mã xã", "Mã ĐVHC", "Mã dự án": a code that names the row, never a figure to add (probe 26q f09: 4 digits read as money).
  if (startsWithWords(leaf, ['ma', 'ma so'])) return 'text';
  if (hasAnyWords(leaf, ['ghi chu'])) return 'note';
  if (hasAnyWords(leaf, ['dvt', 'don vi tinh'])) return 'unit';
  if (hasAnyWords(leaf, ['thoi gian', 'tien do', 'thoi han'])) return 'timeline';
  if (hasAnyWords(leaf, CRITERIA_LIST) && !hasAnyWords(leaf, ['so', 'so luong', 'tong so'])) return 'list';
  if (startsWithWords(leaf, ['bo tieu chi', 'bo tc', 'loai xa', 'loai', 'cap do', 'doi tuong'])) return 'set';
  if (hasAnyWords(label, ['phoi hop'])) return 'coordinating';
  if (hasAnyWords(label, ['chu tri', 'co quan thuc hien', 'don vi thuc hien', 'phu trach', 'co quan tham dinh', 'co quan huong dan'])) return 'lead';
  if (hasAnyWords(leaf, ['chi dao'])) return 'directing';
  if (hasAnyWords(label, ['hinh thanh tu', 'sap nhap', 'xa cu', 'truoc sap nhap', 'don vi cu', 'hop nhat tu']) && !hasAnyWords(label, COUNT_WORDS)) return 'former';
  // "Nhóm 1", "Nhóm II" under "Phân nhóm": the communes OF one group (a count), not a column naming each row's group.
  if (startsWithWords(leaf, ['nhom', 'nhom xa', 'phan nhom', 'thuoc nhom', 'phan loai', 'xep loai', 'linh vuc']) && !hasAnyWords(leaf, ['so xa', 'tong']) && !NAMES_ONE_GROUP.test(leaf)) return 'group';
  // "Tỷ lệ % so với tổng số xã" is a share of the communes, not a comparison with last year.
  if (hasAnyWords(leaf, ['ty le', '%']) && hasAnyWords(leaf, ['so voi tong so', 'so voi tong', 'tren tong so'])) return 'share';
  // "Tỷ lệ đối ứng NSĐP/NSTW (%)": one budget over another on the same row, not a share of a total.
  if (hasAnyWords(leaf, ['ty le', '%']) && namedBudgetPair(raw)) return 'comparison';
  // What was done against what was planned on the same row ("Tỷ lệ giải ngân", "Tỷ lệ hoàn thành kế hoạch"): a comparison, not a share of a total.
  // "So sánh … (+/-)", "So với năm trước (±)": a signed difference, not a ratio (the signs fold away, so the raw title says it).
  if (hasAnyWords(leaf, ['so sanh', 'so voi']) && SIGNED.test(raw) && !hasAnyWords(leaf, ['%', 'ty le'])) return 'change';
  if (hasAnyWords(leaf, ['so sanh', 'so voi', 'kh th', 'ty le thuc hien', 'ty le giai ngan', 'ty le hoan thanh', 'muc do hoan thanh'])) return 'comparison';
  if (hasAnyWords(leaf, ['tang giam', 'tang giam so voi', 'chenh lech'])) return hasAnyWords(leaf, ['%', 'ty le']) ? 'comparison' : 'change';
  if (hasAnyWords(leaf, ['binh quan', 'trung binh'])) return 'average';
  if (hasAnyWords(leaf, ['ty le', 'chiem', 'co cau']) || leaf === '%' || /^% | %$/.test(leaf)) return 'share';
  if (funding && startsWithWords(leaf, TOTAL_WORDS)) return 'total';
  // "Toàn tỉnh", "Cả nước" over a split: the whole area, never the province's budget ("tỉnh") as a source.
  if (startsAsTotal(leaf) && !startsWithWords(leaf, TOTAL_WORDS)) return funding ? 'total' : 'number';
  // "Nhu cầu vốn năm 2027" is an amount, not the year's count.
  if (hasAnyWords(label, AMOUNT_WORDS) && !hasAnyWords(label, COUNT_WORDS)) return startsWithWords(leaf, TOTAL_WORDS) ? 'total' : 'amount';
  let counts = countMeaning(leaf, planYear) ?? countMeaning(label, planYear);
  // "Số xã đạt" under "Kế hoạch năm 2027" or "Ước thực hiện năm 2026": the group's year says which count it is.
  if (label !== leaf && GENERIC_COUNTS.includes(leaf) && yearsIn(label).length > 0) counts = countMeaning(label, planYear) ?? counts;
  // "Số xã" under "Đạt chuẩn đến hết năm 2026": the group says what the count is.
  if (counts === 'units' && label !== leaf && hasAnyWords(label, ACHIEVE)) counts = countMeaning(label.replace(leaf, '').trim(), planYear) ?? counts;
  // A bare "Số xã" under what the communes reached ("Xã đạt chuẩn nông thôn mới", "Trong đó: xã NTM hiện
  // đại", "Nâng cao"): the communes that reached it, not the whole a share divides by.
  if (counts === 'units' && label !== leaf && BARE_COUNTS.includes(leaf)) {
    const rest = label.slice(0, label.length - leaf.length).trim();
    if (hasAnyWords(rest, ACHIEVE) || hasAnyWords(rest, TIERS)) counts = countMeaning(rest, planYear) ?? 'baseline';
  }
  if (counts) return counts;
  if (startsWithWords(leaf, TOTAL_WORDS) && (funding || hasAnyWords(label, AMOUNT_WORDS))) return 'total';
  if (hasAnyWords(leaf, SOURCE_WORDS) || hasAnyWords(label, AMOUNT_WORDS) || hasAnyWords(leaf, ['nhu cau', 'du kien', 'ke hoach von'])) return 'amount';
  return 'number';
}

/** A header naming one commune group: "Nhóm 1", "Nhóm xã 2", "Nhóm III (22 xã)". */
const NAMES_ONE_GROUP = /^(nhom|nhom xa) (1|2|3|i|ii|iii)\b/;
/** A title that asks for a signed difference: "(+/-)", "(+, -)", "(±)", "tăng (+) giảm (-)". */
const SIGNED = /\(\s*\+\s*[/,;]?\s*[-–]\s*\)|\+\s*\/\s*[-–]|±|\(\s*\+\s*\)[^()]*\(\s*[-–]\s*\)/;

/** Criteria named as a list: "Các tiêu chí chưa đạt", "Tiêu chí, chỉ tiêu phụ trách" (a count of them says "số"). */
const CRITERIA_LIST = [
  'cac tieu chi', 'ten tieu chi', 'tieu chi cu the', 'danh sach tieu chi', 'tieu chi chua dat', 'tieu chi phan dau dat',
  'tieu chi chi tieu', 'tieu chi phu trach', 'chi tieu phu trach', 'ma tieu chi', 'ma chi tieu', 'tieu chi duoc giao',
];

/** Words of a count or a share: a "Số xã đạt chuẩn (trước sáp nhập)" column counts, it does not name former communes. */
const COUNT_WORDS = ['so xa', 'so luong', 'tong so', 'so don vi', 'ty le', 'so tieu chi', 'so thon', 'so ap', 'so xom'];

/** A commune's villages by their local names: thôn, bản (mountains), ấp (the south), xóm, làng, buôn, khu dân cư. */
const VILLAGE_PHRASES = ['tong so thon', 'so thon', 'tong so ban', 'tong so ap', 'so ap', 'tong so xom', 'so xom', 'tong so lang', 'tong so buon', 'tong so khu dan cu', 'so khu dan cu'];
const UNIT_PHRASES = ['tong so xa', 'so xa', 'tong so don vi', 'so don vi', ...VILLAGE_PHRASES, 'so xa tham gia', 'tong so xa tham gia'];
/** A count that says what is counted but not when ("Số xã đạt"): a year over it says when. */
const GENERIC_COUNTS = ['so xa dat', 'so xa dat chuan', 'so xa da dat', 'so thon dat', 'so thon dat chuan', 'so xa dat tieu chi'];
const BARE_COUNTS = ['so xa', 'so luong', 'so thon', 'so ap', 'so xom', 'so don vi', 'so luong xa', 'xa'];
const TIERS = ['nong thon moi', 'ntm', 'nang cao', 'kieu mau', 'hien dai'];
const ACHIEVE = ['dat', 'da dat', 'dat chuan', 'them', 'phan dau', 'hoan thanh', 'luy ke', 'con lai', 'chua dat'];

function countMeaning(text: string, planYear: number | undefined): Meaning | null {
  if (UNIT_PHRASES.some((phrase) => text === phrase || text === `${phrase} xa`) || (startsWithWords(text, UNIT_PHRASES) && !hasAnyWords(text, ACHIEVE))) return 'units';
  if (hasAnyWords(text, ['dat them', 'them', 'tang them', 'dat moi', 'phan dau dat them', 'phan dau them', 'so xa phan dau', 'bo sung', 'trong nam', 've dich'])) return 'added';
  const toYearEnd = hasAnyWords(text, ['luy ke', 'cuoi nam', 'den cuoi nam', 'cuoi ky', 'nang tong so', 'tong so xa dat', 'sau khi']);
  // "Số tiêu chí phấn đấu đạt năm 2027": what the year is to add; "phấn đấu đến cuối năm" is where it ends.
  if (!toYearEnd && hasAnyWords(text, ['phan dau dat', 'phan dau']) && !hasAnyWords(text, ['tong so', 'den het', 'den 31 12', 'den nam'])) return 'added';
  if (toYearEnd) return 'cumulative';
  const years = yearsIn(text);
  if (years.length && planYear !== undefined && hasAnyWords(text, ['den het nam', 'den nam', 'den 31 12', 'het nam', 'den thang 12', 'nam', 'uoc', 'thuc hien', 'ke hoach', 'dat'])) {
    const year = Math.max(...years);
    const reached = hasAnyWords(text, ['den het nam', 'den 31 12', 'het nam', 'den nam', 'den thang 12', 'da dat', 'dat chuan', 'so xa dat', 'dat']);
    if (year < planYear) return hasAnyWords(text, ['thuc hien', 'uoc thuc hien', 'uoc th']) && !reached ? 'previous' : 'baseline';
    if (year === planYear) return hasAnyWords(text, ['ke hoach', 'kh']) && !reached ? 'plan' : 'cumulative';
  }
  // "Số thôn đạt chuẩn" counts what is met as "Số xã đạt chuẩn" does (villages meeting the residential-area standard).
  if (hasAnyWords(text, ['da dat', 'hien trang', 'dau nam', 'dau ky', 'uoc dat', 'den het nam', 'so xa dat', 'so xa da dat', 'so thon dat', 'so thon da dat'])) return 'baseline';
  if (hasAnyWords(text, ['thuc hien', 'uoc thuc hien', 'uoc th', 'nam truoc'])) return 'previous';
  if (hasAnyWords(text, ['ke hoach', 'kh nam', 'muc tieu'])) return 'plan';
  return null;
}

/**
 * True when a column's header names one criterion: "Tiêu chí 3", "TC 3", "Tiêu chí số 3" in any of
 * its parts, or a bare number 1 … 19 under a group header "Tiêu chí" / "Các tiêu chí" (the number
 * merged under one heading, as offices type a criteria-across table). One rule for every reader.
 *
 * @example
 * namesCriterionColumn(['tieu chi', '3']) === true
 * namesCriterionColumn(['tc 3']) === true
 * namesCriterionColumn(['nam', '3']) === false
 */
export function namesCriterionColumn(parts: readonly string[]): boolean {
  if (parts.some((part) => /^(tc|tieu chi)\s*(so\s*)?\d{1,2}$/.test(part))) return true;
  const leaf = parts[parts.length - 1] ?? '';
  const n = /^\d{1,2}$/.test(leaf) ? Number(leaf) : 0;
  return n >= 1 && n <= 19 && parts.slice(0, -1).some((part) => /^(cac )?(tc|tieu chi)( ntm| nong thon moi)?$/.test(part));
}
