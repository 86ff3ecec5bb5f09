/**
 * One commune's criteria with their state (đạt, cơ bản đạt, chưa đạt) and lines counting each state
 * under them ("Số tiêu chí đạt | 7", "Số tiêu chí cơ bản đạt | 2", "Số tiêu chí chưa đạt | 1"), nothing
 * of the year in their words: each line is the count of its state's marks, a wrong one an error at it.
 * Before, such lines were read but checked against nothing (probe 26p r08).
 */
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const STATES = ['met', 'met', 'basic', 'met', 'met', 'not-met', 'met', 'basic', 'met', 'met'] as const;
const count = (s: string) => STATES.filter((x) => x === s).length;

type Layout = { name: string; marks: Record<string, string>; lines: [string, string][]; extraHeader?: CellValue[] };
const LAYOUTS: Layout[] = [
  { name: 'words, three lines', marks: { met: 'Đạt', basic: 'Cơ bản đạt', 'not-met': 'Chưa đạt' }, lines: [['Số tiêu chí đạt', 'met'], ['Số tiêu chí cơ bản đạt', 'basic'], ['Số tiêu chí chưa đạt', 'not-met']] },
  { name: 'Đ / CBĐ / CĐ with a legend, "Tổng số tiêu chí …" lines', marks: { met: 'Đ', basic: 'CBĐ', 'not-met': 'CĐ' }, lines: [['Tổng số tiêu chí đạt', 'met'], ['Tổng số tiêu chí chưa đạt', 'not-met']] },
];

function build(layout: Layout, wrong?: number): { book: WorkbookSnapshot; cell: string } {
  const rows: CellValue[][] = [['UBND XÃ THỤY HÙNG'], ['KẾT QUẢ ĐÁNH GIÁ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026'], ['TT', 'Tên tiêu chí', 'Kết quả tự đánh giá', 'Ghi chú']];
  NAMES.forEach((n, i) => rows.push([i + 1, n, layout.marks[STATES[i]], null]));
  const first = rows.length;
  layout.lines.forEach(([label, state], i) => rows.push([null, label, count(state) + (i === wrong ? 1 : 0), null]));
  if (layout.marks.met === 'Đ') rows.push([], ['Ký hiệu: Đ - đạt; CBĐ - cơ bản đạt; CĐ - chưa đạt']);
  return { book: { name: 'xa.xlsx', sheets: [sheet('Ket qua', rows)] }, cell: `C${first + 1 + (wrong ?? 0)}` };
}
const problems = (b: WorkbookSnapshot) => findingsOf(b).filter((f) => !/ info$/.test(f));

describe.each(LAYOUTS.map((l) => [l.name, l] as const))('%s', (_n, layout) => {
  test.each([['as typed'], ...Object.keys(VARIANTS).map((v) => [v])])('%s: clean says nothing; each line off by one is an error at it', (variant) => {
    const as = (b: WorkbookSnapshot) => (variant === 'as typed' ? b : variantOf(b, variant));
    expect(problems(as(build(layout).book))).toEqual([]);
    layout.lines.forEach((_l, i) => {
      const faulty = build(layout, i);
      expect(problems(as(faulty.book))).toEqual([`Ket qua!${faulty.cell} relation-mismatch error`]);
    });
  });
});

test('the fill counts each state\'s marks into its blank line', () => {
  const layout = LAYOUTS[0];
  const { book } = build(layout);
  const rows = book.sheets[0].values.map((r) => [...r]);
  const first = 3 + NAMES.length;
  layout.lines.forEach((_l, i) => { rows[first + i][2] = null; });
  const blank: WorkbookSnapshot = { ...book, sheets: [sheet('Ket qua', rows)] };
  const writes = new Map(cellWrites(planFill(blank, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
  layout.lines.forEach(([, state], i) => {
    const write = writes.get(`C${first + 1 + i}`);
    expect(write?.value).toBe(count(state));
    expect(write?.formula).toMatch(/^=COUNTIF/);
  });
});

test('the message words the states a line counts and where the count comes from, in Vietnamese and in English, never by their codes', () => {
  const faulty = build(LAYOUTS[0], 1);
  const message = (lang: 'vi' | 'en') => checkWorkbook(faulty.book, {}, lang).issues.find((i) => i.code === 'relation-mismatch')!.message;
  expect(message('vi')).toContain(': cơ bản đạt) theo tên dòng: 2, ghi 3.');
  expect(message('en')).toContain(': basically met) from the row labels: 2, stated 3.');
  for (const lang of ['vi', 'en'] as const) expect(message(lang)).not.toMatch(/: (basic|met|not-met|planned)\)/);
});
