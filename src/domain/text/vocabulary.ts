import { startsWithWords } from './fold';

/**
 * The words planning tables use for their totals and the number of communes, named once: every
 * reader asks here (folded texts, see `fold`).
 */

/** The words a total begins with, in any table. */
const TOTAL_HEADS = ['tong cong', 'tong so', 'tong', 'cong'];
/** Totals of money ("Tổng mức kinh phí", "Tổng nguồn vốn"): a funding table's total, not one more item. */
const MONEY_TOTALS = ['tong muc kinh phi', 'tong muc dau tu', 'tong muc von', 'tong nguon von', 'tong kinh phi', 'tong nhu cau von', 'tong nhu cau', 'tong von', 'tong muc'];
/** Totals over an area ("Toàn tỉnh", "Cả nước"). */
const AREA_TOTALS = ['toan tinh', 'toan huyen', 'toan xa', 'toan quoc', 'toan vung', 'ca nuoc', 'ca tinh', 'ca huyen', 'chung'];

/** How a totals column begins: "Tổng cộng", "Tổng số", "Cộng", "Tổng mức kinh phí" … */
export const TOTAL_WORDS = [...TOTAL_HEADS, ...MONEY_TOTALS];

// Longer words first: the first alternative that matches decides what the rest of the label is.
const TOTAL_LABEL = new RegExp(`^(${[...MONEY_TOTALS, ...TOTAL_HEADS, ...AREA_TOTALS].sort((a, b) => b.length - a.length).join('|')})( .*)?$`);

/**
 * "Tổng số sản phẩm OCOP" over "Sản phẩm 3 sao | Sản phẩm 4 sao | …", "Tổng số hộ nghèo và hộ cận
 * nghèo" under "Hộ nghèo | Hộ cận nghèo": a "Tổng số …" that names, in two words or more, the kind of
 * each item beside it (each item begins with its first two words, or is named in it), so it is their
 * total. "Tổng số xã" above "Số xã đạt chuẩn" is not (one word: a whole, not a sum of its rows).
 *
 * @example
 * totalOfItems('tong so ho ngheo va ho can ngheo', ['ho ngheo', 'ho can ngheo']) === true
 */
export function totalOfItems(folded: string, items: readonly string[]): boolean {
  const rest = /^tong so (.+)$/.exec(folded)?.[1];
  if (!rest || items.length < 2) return false;
  const words = rest.split(' ');
  if (words.length < 2) return false;
  const kind = words.slice(0, 2).join(' ');
  return items.every((item) => item.startsWith(`${kind} `) || ` ${rest} `.includes(` ${item} `));
}

/**
 * A section that lists the whole again, split one way: "Theo giai đoạn", "Phân theo nguồn vốn", "Chia
 * theo lĩnh vực" (Hải Dương: 44.263 tỷ đồng by period, then by source). Each such section adds up to
 * the total on its own.
 *
 * @example
 * isBreakdownLabel('theo nguon von') === true; isBreakdownLabel('von ngan sach trung uong') === false
 */
export function isBreakdownLabel(folded: string): boolean {
  return /^(?:phan |chia )?theo\b/.test(folded);
}

/**
 * A totals row's label: "Tổng", "Tổng cộng", "Cộng", "Toàn tỉnh", "Tổng mức kinh phí", "Tổng mức vốn
 * huy động" — not "Tổng số xã đạt chuẩn", a row of its own.
 *
 * @example
 * isTotalsLabel('tong cong') === true; isTotalsLabel('tong muc von huy dong') === true; isTotalsLabel('tong so xa dat chuan') === false
 */
export function isTotalsLabel(folded: string): boolean {
  const match = TOTAL_LABEL.exec(folded);
  // "Công an tỉnh" folds as "Cộng …" would: an agency, never a total.
  if (!match || /^cong an\b/.test(folded)) return false;
  const rest = (match[2] ?? '').trim();
  if (rest.split(' ').filter(Boolean).length <= 2 || /^(toan|ca) /.test(folded) || /\b[ivx]+ [ivx]+\b/.test(rest)) return true;
  // "Tổng cộng (A+B+C)", "Tổng (1+2+3+4)": the parts it adds, named by their markers.
  if (/^([a-e]|\d{1,2})( ([a-e]|\d{1,2}))+$/.test(rest)) return true;
  // "Tổng giai đoạn 2026 - 2030", "Cộng cả giai đoạn", "Tổng 5 năm": the period over its years' rows.
  if (/^(ca )?(giai doan|thoi ky)( 20[0-4]\d){0,2}$|^(5|nam) nam( 20[0-4]\d){0,2}$/.test(rest)) return true;
  // A sum of money says what it totals at any length ("Tổng mức vốn ngân sách nhà nước", "Tổng kinh phí
  // thực hiện Chương trình", "Tổng nhu cầu vốn giai đoạn 2026 - 2030"), unless it names one source only.
  return MONEY_TOTALS.includes(match[1]) && !ONE_SOURCE.test(rest);
}

/** Words after a total of money that name one source only ("Tổng mức vốn ngân sách trung ương"): an item, not the total. */
const ONE_SOURCE = /^(von )?(ngan sach (trung uong|dia phuong|tinh|huyen|xa|cap)|nstw|nsdp|long ghep|tin dung|doanh nghiep|dan gop|nhan dan|cong dong|su nghiep|dau tu phat trien|oda|khac)\b/;

const TOTAL_STARTS = [...TOTAL_HEADS, ...AREA_TOTALS];

/**
 * A label that begins as totals do, whatever follows ("Tổng số xã đạt" under an assignment's communes).
 *
 * @example
 * startsAsTotal('tong so xa dat') === true
 */
export function startsAsTotal(folded: string): boolean {
  return startsWithWords(folded, TOTAL_STARTS);
}

const COMMUNES_LABEL = /^(?:tong )?so (?:luong )?xa(?: (?:toan|cua|trong|tren|tham gia|thuoc|hien co|hien nay|dia ban|tinh|huyen|vung|khu vuc|ca)\b[a-z ]*)?$/;
const ACHIEVE_WORDS = /\b(?:dat|them|phan dau|chua|hoan thanh|ve dich|nang cao|kieu mau)\b/;

/**
 * A label for the number of communes ("Tổng số xã", "Số xã toàn tỉnh", "Tổng số xã trên địa bàn"),
 * not for a count of communes meeting something ("Số xã đạt chuẩn").
 *
 * @example
 * isCommunesLabel('tong so xa toan tinh') === true; isCommunesLabel('so xa dat chuan') === false
 */
export function isCommunesLabel(folded: string): boolean {
  const trimmed = folded.replace(/\s*:\s*$/, '').trim();
  return COMMUNES_LABEL.test(trimmed) && !ACHIEVE_WORDS.test(trimmed);
}

/**
 * What a document types under its tables, named once (folded words a line begins with); each reader
 * asks for the part it needs:
 * - `SIGNATURE_WORDS` open the signature block ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Người lập biểu"):
 *   no table starts below them;
 * - `BODY_END_WORDS` end a table's body: the signature block, the people signing, notes and a legend
 *   ("Ghi chú", "Ký hiệu: x – đạt");
 * - `FILL_STOP_WORDS` and `DATE_LINE`: the fill adds no line over or below them — the signature block
 *   with every title that may sign it ("TM.", "KT.", "Giám đốc", "Trưởng phòng", "Lưu: VT"), notes and
 *   the date line ("…, ngày 12 tháng 3 năm 2027"); not a legend, which a table's added lines may pass.
 */
export const SIGNATURE_WORDS = ['noi nhan', 'tm uy ban', 'tm ubnd', 'tm ban chi dao', 'kt chu tich', 'kt truong ban', 'nguoi lap bieu', 'nguoi lap'];
export const BODY_END_WORDS = ['ghi chu', 'nguoi lap', 'nguoi lap bieu', 'noi nhan', 'tm uy ban', 'tm ubnd', 'chu tich', 'ky hieu', 'thu truong', 'xac nhan'];
export const FILL_STOP_WORDS = ['noi nhan', 'tm', 't m', 'kt', 'chu tich', 'pho chu tich', 'nguoi lap', 'thu truong', 'xac nhan', 'giam doc', 'truong ban', 'truong phong', 'ghi chu', 'luu'];
export const DATE_LINE = /(^| )ngay( \d+| …| \.+)? thang( \d+)? nam/;

/**
 * A line labelled by a share alone ("Tỷ lệ", "Tỷ lệ (%)", "Tỷ lệ đạt"), folded: typed on the line under
 * a count ("Số xã đạt tiêu chí số 1 … | xã" then "Tỷ lệ | %"), it is that count's share.
 */
export const BARE_SHARE = /^ty le( dat)?( %)?$/;

const STRUCTURE = /^(ty le|ty trong|co cau|ty le co cau|ty trong co cau)( nguon von| von)?$/;

/**
 * A share row that names no count of its own, only the structure ("Tỷ lệ cơ cấu (%)", "Cơ cấu (%)",
 * "Tỷ trọng", "Cơ cấu nguồn vốn", a bare "Tỷ lệ (%)"): each column's total over the whole's. Never
 * "Cơ cấu lại …". Takes a folded label.
 *
 * @example
 * isStructureLabel('co cau %') === true; isStructureLabel('co cau lai san xuat') === false
 */
export function isStructureLabel(folded: string): boolean {
  return STRUCTURE.test(folded.replace(/\s*\(?%\)?\s*$/, '').trim());
}

const DOCUMENT_NUMBER = /\b\d{1,4} (19|20)\d\d (qd|nd|nq|tt|ttlt|ct|kh|qh\d*)\b( [a-z]{2,6}\d*)?( ngay \d{1,2} \d{1,2} (19|20)\d\d)?/g;

/**
 * A folded title without the numbers of the documents it cites: a number holds the year its document was
 * issued ("QĐ 51/2025/QĐ-TTg", "Nghị quyết 257/2025/QH15", with the date after it), the year of a criteria
 * set or a decision, never the year a table plans for or shows.
 *
 * @example
 * withoutDocumentNumbers('tong hop theo nhom xa qd 51 2025 qd ttg') === 'tong hop theo nhom xa  '
 */
export function withoutDocumentNumbers(folded: string): string {
  return /\b(19|20)\d\d [a-z]/.test(folded) ? folded.replace(DOCUMENT_NUMBER, ' ') : folded;
}
