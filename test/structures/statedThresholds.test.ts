/**
 * Thresholds a table states in a line of its own — its subtitle, its legend, a note under it — applied
 * as a catalog's are: a commune marked met on a criterion whose indicator misses the threshold (its
 * group's, where the line gives one per group) is an error at the indicator naming the mark and the
 * line. A line that only mentions a number states no threshold. Clean tables say nothing; the same
 * table decomposed, without diacritics or with numbers typed as text says the same.
 */
import { analyzeWorkbook, checkWorkbook } from '../../src/domain/engine';
import { readThresholdLine } from '../../src/domain/analysis/statedThresholds';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { VARIANTS as TYPED } from '../helpers/variants';

/** As typed, and as texts and numbers really arrive (no diacritics, NFD, numbers as text). */
const VARIANTS = ['as typed', ...Object.keys(TYPED)];
type Variant = string;
const typedAs = (snapshot: SheetSnapshot, variant: Variant) => (variant === 'as typed' ? snapshot : TYPED[variant](snapshot));

type Commune = { name: string; group: number; marks: string[]; poor: number; roads: number };
const met = (except: number[] = []) => Array.from({ length: 10 }, (_, k) => (except.includes(k + 1) ? 'CĐ' : 'Đ'));
/** Made up for the test: poverty rates and the share of hardened roads of five communes of three groups. */
const COMMUNES: Commune[] = [
  { name: 'Xã An Phú', group: 1, marks: met(), poor: 0.8, roads: 72.5 },
  { name: 'Xã Bình Minh', group: 2, marks: met(), poor: 2.6, roads: 55 },
  { name: 'Xã Cao Sơn', group: 3, marks: met([2, 6]), poor: 7.4, roads: 41.2 },
  { name: 'Xã Đồng Tâm', group: 3, marks: met(), poor: 5.5, roads: 50 },
  { name: 'Xã Kim Liên', group: 2, marks: met([6]), poor: 3.6, roads: 63 },
];

type Lines = { above?: string[]; below?: string[] };

/** A 2027 assignment: group, criteria 1 … 10 marked, then two indicators (poverty by name, roads by code). */
function assignment(lines: Lines, communes: Commune[] = COMMUNES): CellValue[][] {
  return [
    ['KẾ HOẠCH GIAO CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ...(lines.above ?? []).map((line) => [line]),
    ['TT', 'Tên xã', 'Nhóm xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'Tỷ lệ hộ nghèo đa chiều (%)', 'Chỉ tiêu 2.2 (%)'],
    ...communes.map((c, i): CellValue[] => [i + 1, c.name, c.group, ...c.marks, c.poor, c.roads]),
    ...(lines.below ?? []).map((line) => [line]),
  ];
}

const LEGEND = 'Ký hiệu: Đ - đạt; CĐ - chưa đạt';
const found = (rows: CellValue[][], variant: Variant = 'as typed') =>
  checkWorkbook({ name: 'kh.xlsx', sheets: [typedAs(sheet('Giao chỉ tiêu 2027', rows), variant)] }, {}, 'vi').issues.filter((i) => i.severity !== 'info');
const cells = (rows: CellValue[][], variant?: Variant) => found(rows, variant).map((i) => `${i.cell} ${i.code}`).sort();
/** A commune's row in the grid, and the indicator columns. */
const rowOf = (lines: Lines, commune: number) => 2 + (lines.above?.length ?? 0) + commune;
const POOR = 'N';
const ROADS = 'O';

const change = (index: number, patch: Partial<Commune>) => COMMUNES.map((c, i) => (i === index ? { ...c, ...patch } : c));

describe.each(VARIANTS)('thresholds stated in a line of the table (%s)', (variant) => {
  test('a subtitle "(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 6%)": clean says nothing; 7,4% marked met is an error at the rate naming the mark', () => {
    const lines = { above: ['(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 6%)', LEGEND] };
    expect(cells(assignment(lines), variant)).toEqual([]);
    const wrong = assignment(lines, change(2, { marks: met([2]) }));
    expect(cells(wrong, variant)).toEqual([`${POOR}${rowOf(lines, 2) + 1} below-stated-threshold`]);
  });

  test('a legend with a threshold per group: each commune against its own group', () => {
    const lines = { below: ['Ghi chú: Đ - đạt; CĐ - chưa đạt; tỷ lệ hộ nghèo đa chiều ≤ 1% (nhóm 1), ≤ 3% (nhóm 2), ≤ 6% (nhóm 3)'] };
    expect(cells(assignment(lines), variant)).toEqual([]);
    // 3,6% in group 2 (≤ 3%) marked met; 5,5% in group 3 (≤ 6%) stays right.
    const wrong = assignment(lines, change(4, { marks: met() }));
    expect(cells(wrong, variant)).toEqual([`${POOR}${rowOf(lines, 4) + 1} below-stated-threshold`]);
    // The same 3,6% in group 3 meets its threshold.
    expect(cells(assignment(lines, change(4, { marks: met(), group: 3 })), variant)).toEqual([]);
  });

  test('"Tiêu chí 2.2 đạt khi tỷ lệ ≥ 50%": the indicator by its code, criterion 2\'s mark', () => {
    const lines = { below: [LEGEND, 'Tiêu chí 2.2 đạt khi tỷ lệ ≥ 50%'] };
    expect(cells(assignment(lines), variant)).toEqual([]);
    const wrong = assignment(lines, change(2, { marks: met([6]) }));
    expect(cells(wrong, variant)).toEqual([`${ROADS}${rowOf(lines, 2) + 1} below-stated-threshold`]);
  });

  test('lines that only mention a number state no threshold', () => {
    const lines = { above: ['Số liệu đến 31/12/2026; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng từ 13,9% đến 31%', 'Phấn đấu tỷ lệ hộ nghèo đa chiều ≤ 2%'], below: [LEGEND] };
    expect(cells(assignment(lines, change(2, { marks: met() })), variant)).toEqual([]);
  });
});

test('the message names the indicator\'s cell, the mark\'s cell and the line', () => {
  const lines = { above: ['(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 6%)', LEGEND] };
  const [finding] = found(assignment(lines, change(2, { marks: met([2]) })));
  expect(finding.message).toBe('Xã Cao Sơn: "Tỷ lệ hộ nghèo đa chiều (%)" ghi 7,4%, chưa đạt ngưỡng ≤ 6% nêu ở ô A2 ("(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 6%)"), nhưng tiêu chí 6 được ghi là đạt (ô I7). Tiêu chí chỉ đạt khi chỉ tiêu của nó đạt ngưỡng.');
  expect(finding.cell).toBe('N7');
});

test('the analysis reads each stated threshold once, with its line', () => {
  const lines = { below: ['Ghi chú: tỷ lệ hộ nghèo đa chiều ≤ 1% (nhóm 1), ≤ 3% (nhóm 2), ≤ 6% (nhóm 3)'] };
  const analysis = analyzeWorkbook({ name: 'kh.xlsx', sheets: [sheet('Giao chỉ tiêu 2027', assignment(lines))] });
  const thresholds = analysis.sheets[0].views.flatMap((v) => v.thresholds ?? []);
  expect(thresholds.map((t) => `${t.cell} ${t.subject} ${Object.entries(t.byGroup).map(([g, r]) => `${g}:${r!.text}`).join(' ')}`)).toEqual(['A8 ty le ho ngheo da chieu 1:≤ 1% 2:≤ 3% 3:≤ 6%']);
});

test('how plans phrase thresholds, and sentences that are none', () => {
  const read = (line: string) => readThresholdLine(line).map((t) => `${t.code ?? ''}|${t.subject}|${Object.entries(t.byGroup).map(([g, r]) => `${g}:${r!.text}`).join(' ')}`);
  expect(read('(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 3%)')).toEqual(['|ty le ho ngheo|all:≤ 3%']);
  expect(read('Chỉ tiêu đạt chuẩn: ≥ 90%')).toEqual(['||all:≥ 90%']);
  expect(read('Tiêu chí 2.2 đạt khi tỷ lệ ≥ 50%')).toEqual(['2.2||all:≥ 50%']);
  expect(read('Tỷ lệ người dân tham gia BHYT phải đạt từ 85% trở lên.')).toEqual(['|ty le nguoi dan tham gia bhyt|all:≥ 85%']);
  expect(read('Tỷ lệ hộ nghèo: nhóm 1 ≤ 1%; nhóm 2 ≤ 3%; nhóm 3 ≤ 6%')).toEqual(['|ty le ho ngheo|1:≤ 1% 2:≤ 3% 3:≤ 6%']);
  expect(read('Có tỷ lệ hộ nghèo và hộ cận nghèo dưới 35%; trong đó tỷ lệ hộ nghèo dưới 20%')).toEqual(['|ty le ho ngheo va ho can ngheo|all:< 35%', '|ty le ho ngheo|all:< 20%']);
  for (const none of ['tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thấp còi theo vùng miền từ 13,9% đến 31%', 'tỷ lệ số xã đạt dưới 10 tiêu chí còn khoảng 25%', 'Phấn đấu tỷ lệ xã đạt chuẩn ≥ 60%', 'Ký hiệu: Đ - đã đạt; KH - phấn đấu đạt năm 2027; CĐ - chưa đạt', 'Đơn vị tính: %; số liệu đến 31/12/2026']) {
    expect([none, read(none)]).toEqual([none, []]);
  }
});

test('the report says which lines\' thresholds it applied', () => {
  const lines = { above: ['(Ngưỡng đạt: tỷ lệ hộ nghèo ≤ 6%)', LEGEND] };
  const read = checkWorkbook({ name: 'kh.xlsx', sheets: [sheet('Giao chỉ tiêu 2027', assignment(lines))] }, {}, 'vi').issues.find((i) => i.code === 'sheet-read');
  expect(read?.message).toContain('ngưỡng đạt nêu ở ô A2 được áp dụng cho các chỉ tiêu');
});

/** A table of communes about one criterion: group, the indicator, the verdict on the criterion. */
function criterionTable(line: string, indicator: string, criterion: number, communes: { name: string; group: number; value: number; verdict: string }[]): CellValue[][] {
  return [
    [`ĐÁNH GIÁ TIÊU CHÍ SỐ ${criterion} CỦA CÁC XÃ NĂM 2027`],
    [line],
    ['TT', 'Tên xã', 'Nhóm xã', indicator, `Đánh giá tiêu chí ${criterion}`],
    ...communes.map((c, i): CellValue[] => [i + 1, c.name, c.group, c.value, c.verdict]),
  ];
}
const POVERTY = [
  { name: 'Xã An Phú', group: 1, value: 0.8, verdict: 'Đạt' },
  { name: 'Xã Bình Minh', group: 2, value: 2.9, verdict: 'Đạt' },
  { name: 'Xã Cao Sơn', group: 3, value: 7.4, verdict: 'Chưa đạt' },
  { name: 'Xã Đồng Tâm', group: 3, value: 5.5, verdict: 'Đạt' },
];
const INSURED = [
  { name: 'Xã An Phú', group: 1, value: 96.5, verdict: 'Đạt' },
  { name: 'Xã Bình Minh', group: 2, value: 91, verdict: 'Đạt' },
  { name: 'Xã Cao Sơn', group: 3, value: 84.2, verdict: 'Chưa đạt' },
];

describe.each(VARIANTS)('a table of communes with one criterion\'s verdicts (%s)', (variant) => {
  test('thresholds per group in the subtitle: clean says nothing; 3,6% in group 2 assessed "Đạt" is an error at the rate', () => {
    const line = '(Ngưỡng đạt: tỷ lệ hộ nghèo đa chiều ≤ 1% (nhóm 1), ≤ 3% (nhóm 2), ≤ 6% (nhóm 3))';
    expect(cells(criterionTable(line, 'Tỷ lệ hộ nghèo đa chiều (%)', 6, POVERTY), variant)).toEqual([]);
    const wrong = POVERTY.map((c, i) => (i === 1 ? { ...c, value: 3.6 } : c));
    expect(cells(criterionTable(line, 'Tỷ lệ hộ nghèo đa chiều (%)', 6, wrong), variant)).toEqual(['D5 below-stated-threshold']);
  });

  test('"Chỉ tiêu đạt chuẩn: ≥ 90%" over the table\'s one indicator: 88,5% assessed "Đạt" is an error at it', () => {
    const line = 'Chỉ tiêu đạt chuẩn: ≥ 90%';
    expect(cells(criterionTable(line, 'Tỷ lệ người dân tham gia bảo hiểm y tế (%)', 5, INSURED), variant)).toEqual([]);
    const wrong = INSURED.map((c, i) => (i === 0 ? { ...c, value: 88.5 } : c));
    expect(cells(criterionTable(line, 'Tỷ lệ người dân tham gia bảo hiểm y tế (%)', 5, wrong), variant)).toEqual(['D4 below-stated-threshold']);
  });
});
