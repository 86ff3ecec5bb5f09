/**
 * An assignment with each commune's count of its marks ("Số tiêu chí đã đạt") and a totals row under (or
 * over) the communes. A commune's wrong count is one fault, said at that count: its total, being what the
 * marks give, is right and is not blamed too. Before, the totals row was checked against the counts as
 * typed, so one slip gave two errors (the count, and the total that was right). A wrong total is still an
 * error at the total; clean says nothing; every layout and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { cellWrites } from '../../src/domain/fill/cells';
import { planFill } from '../../src/domain/fill/plan';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const COMMUNES = ['Xã Hòa An', 'Xã Nam Tuấn', 'Xã Bạch Đằng', 'Xã Quang Trung', 'Xã Hồng Việt', 'Xã Đức Long', 'Xã Lê Lai', 'Xã Thụy Hùng'];
const MARKS = COMMUNES.map((_, i) => CRITERIA.map((__, k) => ((i + k) % 4 === 0 ? '' : (i + k) % 5 === 0 ? 'KH' : 'x')));
const met = (i: number) => MARKS[i].filter((m) => m === 'x').length;

type Layout = { name: string; numbered: boolean; totalFirst: boolean; countHead: string; totalLabel: string };
const LAYOUTS: Layout[] = [
  { name: 'numbered criteria, total last', numbered: true, totalFirst: false, countHead: 'Số tiêu chí đã đạt', totalLabel: 'Số xã đã đạt' },
  { name: 'numbered criteria, total first', numbered: true, totalFirst: true, countHead: 'Tổng số tiêu chí đã đạt', totalLabel: 'Tổng cộng' },
  { name: 'named criteria, total last', numbered: false, totalFirst: false, countHead: 'Số tiêu chí đạt', totalLabel: 'Cộng' },
];

type Options = { count?: { commune: number; by: number }; total?: number; blank?: boolean };

function book(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; countCell: (i: number) => string; totalCell: string } {
  const width = CRITERIA.length;
  const head: CellValue[][] = layout.numbered
    ? [['TT', 'Tên xã', 'Các tiêu chí', ...Array(width - 1).fill(null), layout.countHead], [null, null, ...CRITERIA.map((_, k) => k + 1), null]]
    : [['TT', 'Tên xã', ...CRITERIA, layout.countHead]];
  const merges = layout.numbered ? ['A3:A4', 'B3:B4', `C3:${a1(2, 1 + width)}`, `${a1(2, 2 + width)}:${a1(3, 2 + width)}`] : [];
  const communes = COMMUNES.map((name, i): CellValue[] => [i + 1, name, ...MARKS[i], o.blank ? null : met(i) + (o.count?.commune === i ? o.count.by : 0)]);
  const totals: CellValue[] = ['', layout.totalLabel, ...CRITERIA.map((_, k) => (o.blank ? null : MARKS.filter((m) => m[k] === 'x').length)), o.blank ? null : COMMUNES.reduce((t, _, i) => t + met(i), 0) + (o.total ?? 0)];
  const rows: CellValue[][] = [['BIỂU GIAO CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2027 THEO XÃ'], ['Ký hiệu: x - đã đạt; KH - phấn đấu đạt năm 2027; để trống - chưa đạt'], ...head, ...(layout.totalFirst ? [totals, ...communes] : [...communes, totals])];
  const first = 2 + head.length;
  const countCol = 2 + width;
  const communeRow = (i: number) => first + (layout.totalFirst ? 1 : 0) + i;
  return {
    book: { name: 'giao.xlsx', sheets: [sheet('Giao theo xa', rows, { merges })] },
    countCell: (i) => a1(communeRow(i), countCol),
    totalCell: a1(layout.totalFirst ? first : first + COMMUNES.length, countCol),
  };
}

const errors = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: no error', () => {
    expect(errors(book(layout).book)).toEqual([]);
  });
  test('a commune\'s count off by one: one error, at that count, not at the total the marks give', () => {
    const { book: b, countCell } = book(layout, { count: { commune: 3, by: 1 } });
    expect(errors(b)).toEqual([`${countCell(3)} total-mismatch`]);
  });
  test('the total off by two: one error, at the total', () => {
    const { book: b, totalCell } = book(layout, { total: 2 });
    expect(errors(b)).toEqual([`${totalCell} total-mismatch`]);
  });
});

describe.each(LAYOUTS.map((l) => [l.name, l]))('blank, filled: %s', (_name, layout) => {
  test('the total of the counts is the communes\' counts added up (26q: it was left blank)', () => {
    const { book: b, totalCell } = book(layout, { blank: true });
    const write = cellWrites(planFill(b, {}).plan).find((w) => w.cell.replace(/^.*!/, '') === totalCell);
    expect(write?.formula).toMatch(/^=SUM\(/);
    expect(write?.value).toBe(COMMUNES.reduce((t, _, i) => t + met(i), 0));
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { count: { commune: 1, by: -1 } }, { total: 1 }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
