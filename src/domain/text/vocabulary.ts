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
 * A totals row's label: "Tổng", "Tổng cộng", "Cộng", "Toàn tỉnh", "Tổng mức kinh phí", "Tổng mức vốn
 * huy động" — not "Tổng số xã đạt chuẩn", a row of its own.
 *
 * @example
 * isTotalsLabel('tong cong') === true; isTotalsLabel('tong muc von huy dong') === true; isTotalsLabel('tong so xa dat chuan') === false
 */
export function isTotalsLabel(folded: string): boolean {
  const match = TOTAL_LABEL.exec(folded);
  if (!match) return false;
  const rest = (match[2] ?? '').trim();
  if (rest.split(' ').filter(Boolean).length <= 2 || /^(toan|ca) /.test(folded) || /\b[ivx]+ [ivx]+\b/.test(rest)) return true;
  // "Tổng cộng (A+B+C)", "Tổng (1+2+3+4)": the parts it adds, named by their markers.
  if (/^([a-e]|\d{1,2})( ([a-e]|\d{1,2}))+$/.test(rest)) return true;
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
