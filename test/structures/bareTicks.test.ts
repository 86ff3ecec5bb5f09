/**
 * A responsibility matrix marked with bare ticks only ("x", "X", "✓"), no legend and no "Chủ trì" over the
 * agencies, one tick per criterion: each tick is the one agency in charge of that criterion (a criterion with one tick and no other mark has one agency in charge). Laid either
 * way (criteria down and agencies across, or agencies down and the criteria across under "Tiêu chí").
 * Before, agencies down with bare ticks was no matrix at all (read as figures by criterion, 0 relations,
 * "Không có lỗi" with nothing checked), and criteria down gave an "unclear-role" warning at every tick of
 * a clean table. Clean says nothing; a criterion left without a tick is `missing-lead` at the cell naming
 * it; a criterion with two ticks leaves its two ticks' roles unsaid (`unclear-role`, at those ticks only); every layout
 * and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { SPELLINGS } from '../helpers/variants';

const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const AGENCIES = ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế', 'Sở Nội vụ', 'Sở Khoa học và Công nghệ', 'Công an tỉnh'];
const LEAD = [0, 1, 0, 4, 3, 4, 5, 0, 4, 6];

type Layout = { name: string; agenciesDown: boolean; tick: string };
const LAYOUTS: Layout[] = [
  { name: 'criteria down, agencies across, "x"', agenciesDown: false, tick: 'x' },
  { name: 'agencies down, criteria numbered across, "x"', agenciesDown: true, tick: 'x' },
  { name: 'agencies down, criteria numbered across, "X"', agenciesDown: true, tick: 'X' },
  { name: 'criteria down, agencies across, "✓"', agenciesDown: false, tick: '✓' },
];

type Options = { drop?: number; second?: { criterion: number; agency: number } };

function book(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; criterionCell: (k: number) => string; tickCell: (k: number, agency: number) => string } {
  const ticked = (k: number, j: number) => (LEAD[k] === j && o.drop !== k) || (o.second?.criterion === k && o.second.agency === j);
  const title = [['PHÂN CÔNG SỞ, NGÀNH PHỤ TRÁCH TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030'], []];
  if (layout.agenciesDown) {
    const rows: CellValue[][] = [...title, ['TT', 'Sở, ngành', 'Tiêu chí', ...Array(CRITERIA.length - 1).fill(null)], [null, null, ...CRITERIA.map((_, k) => k + 1)],
      ...AGENCIES.map((agency, j): CellValue[] => [j + 1, agency, ...CRITERIA.map((_, k) => (ticked(k, j) ? layout.tick : null))])];
    return {
      book: { name: 'pc.xlsx', sheets: [sheet('Phan cong', rows, { merges: ['A3:A4', 'B3:B4', `C3:${a1(2, 1 + CRITERIA.length)}`] })] },
      criterionCell: (k) => a1(3, 2 + k),
      tickCell: (k, j) => a1(4 + j, 2 + k),
    };
  }
  const rows: CellValue[][] = [...title, ['TT', 'Tiêu chí', ...AGENCIES], ...CRITERIA.map((name, k): CellValue[] => [k + 1, name, ...AGENCIES.map((_, j) => (ticked(k, j) ? layout.tick : null))])];
  return { book: { name: 'pc.xlsx', sheets: [sheet('Phan cong', rows)] }, criterionCell: (k) => a1(3 + k, 1), tickCell: (k, j) => a1(3 + k, 2 + j) };
}

const said = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code}`);
const readAs = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.code === 'table-read').map((i) => i.params?.family);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: read as a responsibility matrix, nothing to say', () => {
    expect(readAs(book(layout).book)).toEqual(['responsibility-matrix']);
    expect(said(book(layout).book)).toEqual([]);
  });
  test('criterion 8 without a tick: missing-lead, at the cell naming it', () => {
    const { book: b, criterionCell } = book(layout, { drop: 7 });
    expect(said(b)).toEqual([`${criterionCell(7)} missing-lead`]);
  });
  test('criterion 3 with two ticks: which one leads is not said, at its two ticks only', () => {
    const { book: b, tickCell } = book(layout, { second: { criterion: 2, agency: 3 } });
    expect(said(b).sort()).toEqual([`${tickCell(2, 0)} unclear-role`, `${tickCell(2, 3)} unclear-role`].sort());
  });
});

describe.each(SPELLINGS)('typed %s', (_spelling, variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { drop: 4 }]) {
        const b = book(layout, o).book;
        expect(said({ ...b, sheets: b.sheets.map(variant) })).toEqual(said(b));
      }
    }
  });
});
