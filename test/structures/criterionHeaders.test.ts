/**
 * An assignment whose criteria across are headed by their number and their name together ("Tiêu chí số 3 -
 * Phát triển kinh tế nông thôn", "TC 4: Đào tạo nguồn nhân lực nông thôn", "Tiêu chí 8. Môi trường và cảnh
 * quan nông thôn"): every column is its criterion. "nông thôn" (rural) in a criterion's name is no "thôn"
 * (village): before, "Tiêu chí số 3 - … nông thôn" was taken for the villages' total column, criterion 3
 * was said missing and every commune's count of its marks came out one short (probe 26q s07).
 * Clean says nothing; one wrong count is one error, at it; every spelling gives the same findings.
 */
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const COMMUNES = ['Xã Hòa An', 'Xã Nam Tuấn', 'Xã Bạch Đằng', 'Xã Quang Trung', 'Xã Hồng Việt', 'Xã Đức Long', 'Xã Lê Lai'];
const MET = COMMUNES.map((_, i) => CRITERIA.map((__, k) => (i + k) % 3 !== 0));
const count = (i: number) => MET[i].filter(Boolean).length;

const HEADS: [string, (k: number, name: string) => string][] = [
  ['"Tiêu chí số 3 - name"', (k, name) => `Tiêu chí số ${k} - ${name}`],
  ['"TC 3: name"', (k, name) => `TC ${k}: ${name}`],
  ['"Tiêu chí 3. name"', (k, name) => `Tiêu chí ${k}. ${name}`],
];

function book(head: (k: number, name: string) => string, wrong?: number): { book: WorkbookSnapshot; countCell: (i: number) => string } {
  const rows: CellValue[][] = [['BIỂU GIAO CHỈ TIÊU THEO XÃ NĂM 2027'], [], ['TT', 'Tên xã', ...CRITERIA.map((name, k) => head(k + 1, name)), 'Tổng số tiêu chí đạt']];
  COMMUNES.forEach((name, i) => rows.push([i + 1, name, ...MET[i].map((m) => (m ? 'x' : null)), count(i) + (wrong === i ? -1 : 0)]));
  rows.push([null, 'Tổng cộng', ...CRITERIA.map((_, k) => MET.filter((m) => m[k]).length), COMMUNES.reduce((t, _, i) => t + count(i), 0) + (wrong === undefined ? 0 : -1)]);
  return { book: { name: 'giao.xlsx', sheets: [sheet('Giao xa', rows)] }, countCell: (i) => `Giao xa!${a1(3 + i, 2 + CRITERIA.length)}` };
}

describe.each(HEADS)('criteria headed %s', (_name, head) => {
  test('clean: nothing to say', () => {
    expect(findingsOf(book(head).book)).toEqual([]);
  });
  test('one commune\'s count one short: one error, at it', () => {
    const { book: b, countCell } = book(head, 4);
    expect(findingsOf(b)).toEqual([`${countCell(4)} total-mismatch error`]);
  });
  test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
    for (const b of [book(head).book, book(head, 2).book]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
