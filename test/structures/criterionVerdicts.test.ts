/**
 * A commune's self-assessment by criterion and indicator (criteria heading their indicators: "Tiêu chí
 * 3" or "3" over "3.1", "3.2"; Yêu cầu / Chỉ tiêu chuẩn | Kết quả thực hiện | Tự đánh giá): a criterion
 * is met only when all its indicators are, so "Đạt" over an indicator "Chưa đạt" is an error at the
 * criterion's verdict; a line stating the criteria met ("Tổng số tiêu chí đạt: 8/10 tiêu chí", or its
 * count in a cell of its own) must count the criteria's verdicts, an error at the number. Before, a
 * level headed "Chỉ tiêu chuẩn" or "Yêu cầu" left the table unread, and neither rule existed (probe 26p
 * q01–q03).
 */
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Indicator = [code: string, name: string, level: string, result: string, verdict: string];
const CRITERIA: [number, string, Indicator[]][] = [
  [1, 'Quy hoạch', [['1.1', 'Có quy hoạch chung xây dựng xã được phê duyệt', 'Đạt', 'Đã phê duyệt', 'Đạt']]],
  [2, 'Hạ tầng kinh tế - xã hội', [['2.1', 'Tỷ lệ đường xã được nhựa hóa, bê tông hóa', '100%', '100%', 'Đạt'], ['2.2', 'Tỷ lệ đường thôn được cứng hóa', '≥ 90%', '92,5%', 'Đạt']]],
  [3, 'Phát triển kinh tế nông thôn', [['3.1', 'Có sản phẩm OCOP hoặc sản phẩm chủ lực', 'Đạt', 'Có 02 sản phẩm', 'Đạt'], ['3.2', 'Thu nhập bình quân đầu người (triệu đồng/người)', '≥ 65', '58,4', 'Chưa đạt']]],
  [4, 'Đào tạo nguồn nhân lực nông thôn', [['4.1', 'Tỷ lệ lao động qua đào tạo', '≥ 75%', '76,8%', 'Đạt']]],
  [5, 'Văn hóa, giáo dục, y tế', [['5.1', 'Tỷ lệ trường học đạt chuẩn cơ sở vật chất', '≥ 80%', '100%', 'Đạt'], ['5.2', 'Tỷ lệ người dân tham gia bảo hiểm y tế', '≥ 95%', '95,6%', 'Đạt']]],
  [6, 'Giảm nghèo và an sinh xã hội', [['6.1', 'Tỷ lệ hộ nghèo đa chiều', '≤ 3%', '2,1%', 'Đạt']]],
  [7, 'Khoa học công nghệ và chuyển đổi số', [['7.1', 'Tỷ lệ người dân có tài khoản dịch vụ công trực tuyến', '≥ 70%', '61%', 'Chưa đạt']]],
  [8, 'Môi trường và cảnh quan nông thôn', [['8.1', 'Tỷ lệ hộ sử dụng nước sạch theo quy chuẩn', '≥ 60%', '64,3%', 'Đạt'], ['8.2', 'Tỷ lệ chất thải rắn được thu gom, xử lý', '≥ 80%', '85%', 'Đạt']]],
  [9, 'Xây dựng hệ thống chính trị và hành chính công', [['9.1', 'Cán bộ, công chức xã đạt chuẩn', 'Đạt', 'Đạt', 'Đạt']]],
  [10, 'Tiếp cận pháp luật và an ninh, quốc phòng', [['10.1', 'Xã đạt chuẩn tiếp cận pháp luật', 'Đạt', 'Đạt', 'Đạt'], ['10.2', 'Đảm bảo an ninh, trật tự xã hội', 'Đạt', 'Đạt', 'Đạt']]],
];
const MET = 8; // criteria 3 and 7 have an indicator not met

type Fault = { criterionMet?: number; summary?: number };
type Layout = {
  name: string;
  header: CellValue[][];
  merges?: string[];
  criterionTt: (k: number) => string;
  /** The indicators' TT when not their codes ("1", "2" under "II"; "-"). */
  indicatorTt?: (j: number) => string;
  summary: (stated: number) => CellValue[];
};
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LAYOUTS: Layout[] = [
  {
    name: '"Tiêu chí k" rows, "Chỉ tiêu chuẩn", the count after the words',
    header: [['UBND XÃ HÒA AN'], ['BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026'], [], ['TT', 'Tên tiêu chí / chỉ tiêu', 'Chỉ tiêu chuẩn (nhóm 2)', 'Kết quả thực hiện', 'Tự đánh giá']],
    criterionTt: (k) => `Tiêu chí ${k}`,
    summary: (n) => [null, `Tổng số tiêu chí đạt: ${n}/10 tiêu chí`],
  },
  {
    name: 'numbered criteria, "Yêu cầu", the count in the verdict column',
    header: [['BÁO CÁO KẾT QUẢ TỰ ĐÁNH GIÁ XÃ NÔNG THÔN MỚI (XÃ NHÓM 3)'], ['STT', 'Nội dung tiêu chí, chỉ tiêu', 'Yêu cầu', 'Kết quả thực hiện đến 30/11/2026', 'Tự đánh giá']],
    criterionTt: (k) => String(k),
    summary: (n) => [null, 'Tổng số tiêu chí đạt', null, null, n],
  },
  {
    name: 'two-row header, "Mức quy định", "08/10" in a cell',
    header: [['ĐÁNH GIÁ MỨC ĐỘ ĐẠT TIÊU CHÍ NĂM 2026'], ['TT', 'Tiêu chí', 'Mức quy định', 'Kết quả', null], [null, null, null, 'Thực hiện', 'Xã tự đánh giá']],
    merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'],
    criterionTt: (k) => String(k),
    summary: (n) => [null, 'Số tiêu chí đạt chuẩn', null, null, `${String(n).padStart(2, '0')}/10`],
  },
  {
    name: 'roman criteria over indicators numbered 1, 2 (names beginning "Tỷ lệ …")',
    header: [['TỰ ĐÁNH GIÁ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026'], ['TT', 'Nội dung', 'Chỉ tiêu chuẩn', 'Kết quả thực hiện', 'Tự đánh giá']],
    criterionTt: (k) => ROMAN[k - 1],
    indicatorTt: (j) => String(j + 1),
    summary: (n) => [null, 'Tổng số tiêu chí đạt', null, null, n],
  },
  {
    name: 'numbered criteria over indicators bulleted "-"',
    header: [['TỰ ĐÁNH GIÁ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026'], ['TT', 'Tiêu chí, chỉ tiêu', 'Yêu cầu', 'Kết quả', 'Đánh giá']],
    criterionTt: (k) => String(k),
    indicatorTt: () => '-',
    summary: (n) => [null, 'Tổng số tiêu chí đạt', null, null, n],
  },
];

function build(layout: Layout, fault: Fault = {}): { book: WorkbookSnapshot; criterionCell: string; summaryCell: string } {
  const rows: CellValue[][] = layout.header.map((r) => [...r]);
  let criterionCell = '';
  for (const [k, name, indicators] of CRITERIA) {
    const met = indicators.every((i) => i[4] === 'Đạt');
    if (fault.criterionMet === k) criterionCell = `E${rows.length + 1}`;
    rows.push([layout.criterionTt(k), name, null, null, met || fault.criterionMet === k ? 'Đạt' : 'Chưa đạt']);
    indicators.forEach((i, j) => rows.push([layout.indicatorTt ? layout.indicatorTt(j) : i[0], ...i.slice(1)]));
  }
  rows.push([]);
  const stated = fault.summary ?? (fault.criterionMet ? MET + 1 : MET);
  const line = layout.summary(stated);
  rows.push(line);
  const summaryCell = `${line.length > 2 ? 'E' : 'B'}${rows.length}`;
  rows.push([], [null, null, null, 'NGƯỜI LẬP BIỂU', 'TM. ỦY BAN NHÂN DÂN']);
  return { book: { name: 'xa.xlsx', sheets: [sheet('Tu danh gia', rows, { merges: layout.merges })] }, criterionCell, summaryCell };
}
const problems = (b: WorkbookSnapshot) => findingsOf(b).filter((f) => !/ info$/.test(f));

describe.each(LAYOUTS.map((l) => [l.name, l] as const))('%s', (_n, layout) => {
  test.each([['as typed'], ...Object.keys(VARIANTS).map((v) => [v])])('%s: clean says nothing, each fault one error at its cell', (variant) => {
    const as = (b: WorkbookSnapshot) => (variant === 'as typed' ? b : variantOf(b, variant));
    expect(problems(as(build(layout).book))).toEqual([]);
    // Criterion 3 "Đạt" over its indicator 3.2 "Chưa đạt" (the line counts the marks: 9).
    const wrongCriterion = build(layout, { criterionMet: 3 });
    expect(problems(as(wrongCriterion.book))).toEqual([`Tu danh gia!${wrongCriterion.criterionCell} criterion-met-indicator-not error`]);
    // The line says 9 criteria met, the verdicts 8.
    const wrongCount = build(layout, { summary: 9 });
    expect(problems(as(wrongCount.book))).toEqual([`Tu danh gia!${wrongCount.summaryCell} criteria-met-count error`]);
  });
});

/**
 * Criteria with their number of indicators and the indicators met ("Số chỉ tiêu | Số chỉ tiêu đạt |
 * Đánh giá", the 19 criteria of 2021–2025): "Đạt" with fewer indicators met than the criterion has is
 * an error at the verdict, "Chưa đạt" with all met a warning. Before, the table was unread (probe 26p q15).
 */
describe('indicators counted per criterion', () => {
  const N19 = ['Quy hoạch', 'Giao thông', 'Thủy lợi và phòng, chống thiên tai', 'Điện', 'Trường học', 'Cơ sở vật chất văn hóa', 'Cơ sở hạ tầng thương mại nông thôn', 'Thông tin và Truyền thông', 'Nhà ở dân cư', 'Thu nhập', 'Nghèo đa chiều', 'Lao động', 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 'Giáo dục và Đào tạo', 'Y tế', 'Văn hóa', 'Môi trường và an toàn thực phẩm', 'Hệ thống chính trị và tiếp cận pháp luật', 'Quốc phòng và An ninh'];
  const COUNT = [1, 4, 4, 2, 1, 1, 1, 4, 2, 1, 1, 2, 5, 3, 3, 1, 12, 6, 2];
  const table = (order: 'count first' | 'met first', verdicts: (k: number, met: number, n: number) => string) => {
    const met = COUNT.map((n, i) => (i === 9 ? 0 : i === 16 ? n - 1 : n));
    const heads = order === 'count first' ? ['Số chỉ tiêu', 'Số chỉ tiêu đạt'] : ['Số chỉ tiêu đã đạt', 'Tổng số chỉ tiêu'];
    const rows: CellValue[][] = [['BÁO CÁO KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2021 - 2025'], [], ['TT', 'Tiêu chí', ...heads, 'Đánh giá']];
    N19.forEach((name, i) => rows.push([i + 1, name, ...(order === 'count first' ? [COUNT[i], met[i]] : [met[i], COUNT[i]]), verdicts(i + 1, met[i], COUNT[i])]));
    return { name: 'xa.xlsx', sheets: [sheet('Ket qua', rows)] } as WorkbookSnapshot;
  };
  const right = (_k: number, met: number, n: number) => (met === n ? 'Đạt' : 'Chưa đạt');
  test.each([['count first'], ['met first']] as const)('%s, in every spelling', (order) => {
    for (const variant of ['as typed', ...Object.keys(VARIANTS)]) {
      const as = (b: WorkbookSnapshot) => (variant === 'as typed' ? b : variantOf(b, variant));
      expect(problems(as(table(order, right)))).toEqual([]);
      expect(problems(as(table(order, (k, met, n) => (k === 17 ? 'Đạt' : right(k, met, n)))))).toEqual(['Ket qua!E20 met-below-threshold error']);
      expect(problems(as(table(order, (k, met, n) => (k === 4 ? 'Chưa đạt' : right(k, met, n)))))).toEqual(['Ket qua!E7 not-met-above-threshold warning']);
    }
  });
});

/**
 * The criterion in a cell merged down over its indicators' rows, each indicator in a column of its own,
 * the indicator's verdict and the criterion's side by side ("Tiêu chí | Chỉ tiêu | Yêu cầu | Kết quả
 * thực hiện | Tự đánh giá chỉ tiêu | Đánh giá tiêu chí"): the same two rules, the criterion's verdict at
 * the top of its block (probe 26p s06; before, nothing was said).
 */
describe('criteria merged down over their indicators', () => {
  function merged(fault: Fault = {}): { book: WorkbookSnapshot; criterionCell: string; summaryCell: string } {
    const rows: CellValue[][] = [['BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026'], ['TT', 'Tiêu chí', 'Chỉ tiêu', 'Yêu cầu', 'Kết quả thực hiện', 'Tự đánh giá chỉ tiêu', 'Đánh giá tiêu chí']];
    const merges: string[] = [];
    let criterionCell = '';
    for (const [k, name, indicators] of CRITERIA) {
      const top = rows.length + 1;
      const met = indicators.every((i) => i[4] === 'Đạt');
      if (fault.criterionMet === k) criterionCell = `G${top}`;
      // A merged area holds its value in its top-left cell only.
      indicators.forEach((i, j) => rows.push([j === 0 ? k : null, j === 0 ? name : null, i[1], i[2], i[3], i[4], j === 0 ? (met || fault.criterionMet === k ? 'Đạt' : 'Chưa đạt') : null]));
      if (indicators.length > 1) for (const c of 'ABG') merges.push(`${c}${top}:${c}${top + indicators.length - 1}`);
    }
    rows.push([null, 'Tổng số tiêu chí đạt', null, null, null, null, fault.summary ?? (fault.criterionMet ? MET + 1 : MET)]);
    return { book: { name: 'xa.xlsx', sheets: [sheet('Tu danh gia', rows, { merges })] }, criterionCell, summaryCell: `G${rows.length}` };
  }
  test.each([['as typed'], ...Object.keys(VARIANTS).map((v) => [v])])('%s', (variant) => {
    const as = (b: WorkbookSnapshot) => (variant === 'as typed' ? b : variantOf(b, variant));
    expect(problems(as(merged().book))).toEqual([]);
    const wrongCriterion = merged({ criterionMet: 3 });
    expect(problems(as(wrongCriterion.book))).toEqual([`Tu danh gia!${wrongCriterion.criterionCell} criterion-met-indicator-not error`]);
    const wrongCount = merged({ summary: 9 });
    expect(problems(as(wrongCount.book))).toEqual([`Tu danh gia!${wrongCount.summaryCell} criteria-met-count error`]);
  });
});
