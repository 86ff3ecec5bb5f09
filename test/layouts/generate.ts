/**
 * A generator of planning tables laid out the many ways offices lay them out: families × sizes,
 * column orders, header depths and wordings, diacritics (NFC, NFD, none), column-number rows, totals
 * at the top or the bottom, titles above. Every table is arithmetically consistent, and says which
 * cells each input number feeds (its relations), so a test can change one and know where an error
 * must be found.
 */
import fc from 'fast-check';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { a1 } from '../../src/domain/sheet/address';

export type Family = 'rollup' | 'sideways' | 'counts' | 'main-targets' | 'funding-grid' | 'targets' | 'responsibility-criteria' | 'assignment' | 'funding-list' | 'responsibility-tasks' | 'group-split';
export type Spelling = 'nfc' | 'nfd' | 'none';

export type Generated = {
  family: Family;
  sheet: SheetSnapshot;
  /** Input cells (A1) a test may change, each with the cells of the relations it feeds (itself included). */
  inputs: { cell: string; affects: string[] }[];
  /** The number of communes, for --communes where the sheet does not state it. */
  communes?: number;
  /**
   * Subtotals a test may change (a section's "I", an area's row, a group's "Tổng" column): `cell` is the
   * subtotal, `above` the totals it takes part in, which stay right by the leaves under them.
   */
  subtotals: { cell: string; above: string[] }[];
};

type Rand = { int(min: number, max: number): number; pick<T>(items: readonly T[]): T; bool(): boolean };

function randOf(seed: number): Rand {
  let s = seed >>> 0 || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    bool: () => next() < 0.5,
  };
}

function spell(text: string, spelling: Spelling): string {
  if (spelling === 'nfd') return text.normalize('NFD');
  if (spelling === 'none') return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return text;
}

const COMMUNES = ['Lê Lợi', 'Vân Trình', 'Thái Cường', 'Đức Long', 'Đức Xuân', 'Quang Trọng', 'Minh Khai', 'Trọng Con', 'Kim Đồng', 'Thị Ngân', 'Canh Tân', 'Đức Thông', 'Thụy Hùng', 'Vân Nham', 'Hòa Bình', 'Tân Thành'];
const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];

type Layout = {
  rows: CellValue[][];
  merges: string[];
  formats: Record<string, string>;
  inputs: { cell: string; affects: string[] }[];
  communes?: number;
  subtotals?: { cell: string; above: string[] }[];
};

/** Builds a table row by row at an offset, remembering where things landed. */
class Builder {
  rows: CellValue[][] = [];
  merges: string[] = [];
  formats: Record<string, string> = {};
  constructor(readonly spelling: Spelling) {}
  get next(): number { return this.rows.length; }
  put(row: CellValue[]): number { this.rows.push(row.map((v) => (typeof v === 'string' ? spell(v, this.spelling) : v))); return this.rows.length - 1; }
  /** A title row: merged across the table, or (as often typed in a hurry) a lone cell. */
  title(text: string, width: number, merged = true): void { const r = this.put([text]); if (merged) this.merges.push(`A${r + 1}:${a1(r, Math.max(1, width - 1))}`); }
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals + 1e-9) / 10 ** decimals;

/** Header block: one row, or two with groups merged over their columns (each column: [group?, leaf]). */
function header(b: Builder, cols: { group?: string; leaf: string }[], deep: boolean): void {
  if (!deep || !cols.some((c) => c.group)) { b.put(cols.map((c) => c.leaf)); return; }
  const top = b.put(cols.map((c, i) => (c.group ? (i === 0 || cols[i - 1].group !== c.group ? c.group : null) : c.leaf)));
  b.put(cols.map((c) => (c.group ? c.leaf : null)));
  cols.forEach((c, i) => {
    if (!c.group) b.merges.push(`${a1(top, i)}:${a1(top + 1, i)}`);
    else if (i === 0 || cols[i - 1].group !== c.group) {
      let end = i;
      while (end + 1 < cols.length && cols[end + 1].group === c.group) end++;
      if (end > i) b.merges.push(`${a1(top, i)}:${a1(top, end)}`);
    }
  });
}

function numbersRow(b: Builder, labels: string[], style: 'paren' | 'plain'): void {
  b.put(labels.map((l) => (style === 'paren' ? l.replace(/(\d+)/g, '($1)') : l)));
}

function rollup(r: Rand, b: Builder): Layout {
  const kind = r.pick(['district', 'commune', 'group'] as const);
  const n = kind === 'group' ? 3 : r.int(3, 12);
  const names = kind === 'group' ? ['Nhóm 1', 'Nhóm 2', 'Nhóm 3'] : kind === 'district' ? COMMUNES.slice(0, n).map((c) => `Huyện ${c}`) : COMMUNES.slice(0, n).map((c) => `Xã ${c}`);
  const withAverage = r.bool();
  const deep = r.bool();
  const numbers = r.pick(['none', 'paren', 'plain'] as const);
  const unitHeader = r.pick(['Đơn vị', 'Tên đơn vị', kind === 'group' ? 'Nhóm xã' : kind === 'district' ? 'Huyện' : 'Tên xã']);
  const cols: { group?: string; leaf: string }[] = [
    { leaf: r.pick(['TT', 'STT']) }, { leaf: unitHeader }, { leaf: r.pick(['Tổng số xã', 'Số xã']) },
    { leaf: r.pick(['Số xã đạt chuẩn đến hết năm 2026', 'Số xã đã đạt chuẩn NTM', 'Số xã đạt chuẩn đến 31/12/2026']) },
    { group: 'Kế hoạch năm 2027', leaf: r.pick(['Đạt thêm', 'Số xã đạt thêm', 'Phấn đấu đạt thêm', 'Số xã đạt chuẩn trong năm']) },
    { group: 'Kế hoạch năm 2027', leaf: r.pick(['Lũy kế', 'Lũy kế đến cuối năm', 'Tổng số xã đạt chuẩn']) },
    { group: 'Kế hoạch năm 2027', leaf: r.pick(['Tỷ lệ (%)', 'Tỷ lệ %', 'Tỷ lệ']) },
  ];
  if (withAverage) cols.push({ leaf: 'Bình quân tiêu chí/xã' });
  if (!deep) cols.forEach((c) => { if (c.group && !c.leaf.includes('năm')) c.leaf = `${c.leaf} năm 2027`; });
  header(b, cols, deep);
  if (numbers !== 'none') numbersRow(b, ['1', '2', '3', '4', '5', '6=4+5', '7=6/3*100', ...(withAverage ? ['8'] : [])], numbers);
  const data = names.map((name) => {
    const units = kind === 'group' ? r.int(10, 60) : kind === 'district' ? r.int(8, 25) : 1;
    const baseline = r.int(0, units);
    const added = r.int(0, units - baseline);
    const criteria = round(r.int(30, 100) / 10, 1);
    return { name, units, baseline, added, criteria };
  });
  const totalsAt = r.pick(['top', 'bottom'] as const);
  const totalLabel = r.pick(['Toàn tỉnh', 'Tổng cộng', 'Tổng']);
  const share = (c: number, u: number) => round((c / u) * 100, 1);
  type Datum = typeof data[number];
  const sum = (items: Datum[], f: (d: Datum) => number) => items.reduce((t, d) => t + f(d), 0);
  const aggregate = (name: string, items: Datum[]): Datum => ({ name, units: sum(items, (d) => d.units), baseline: sum(items, (d) => d.baseline), added: sum(items, (d) => d.added), criteria: round(sum(items, (d) => d.criteria * d.units) / sum(items, (d) => d.units), 1) });
  // Communes under areas (I, II …: former districts, zones), each area the sum of its communes.
  const areas = kind === 'commune' && n >= 4 && r.bool() ? [data.slice(0, Math.ceil(n / 2)), data.slice(Math.ceil(n / 2))] : null;
  const lines: { label: string; tt: string; d: Datum; parent?: string }[] = [];
  if (areas) {
    areas.forEach((items, k) => {
      const name = `${r.pick(['Khu vực', 'Cụm xã'])} ${k + 1}`;
      lines.push({ label: name, tt: ['I', 'II'][k], d: aggregate(name, items) });
      items.forEach((d, i) => lines.push({ label: d.name, tt: String(i + 1), d, parent: name }));
    });
  } else data.forEach((d, i) => lines.push({ label: d.name, tt: String(i + 1), d }));
  const total = aggregate(totalLabel, data);
  const ordered = totalsAt === 'top' ? [{ label: totalLabel, tt: '', d: total }, ...lines] : [...lines, { label: totalLabel, tt: '', d: total }];
  const rowOf = new Map<string, number>();
  for (const line of ordered) {
    const d = line.d;
    const row = b.put([line.tt, line.label, d.units, d.baseline, d.added, d.baseline + d.added, share(d.baseline + d.added, d.units), ...(withAverage ? [d.criteria] : [])]);
    rowOf.set(line.label, row);
  }
  const totalRow = rowOf.get(totalLabel)!;
  const inputs = lines.filter((line) => !areas || line.parent).flatMap((line) => {
    const row = rowOf.get(line.label)!;
    const parent = line.parent ? rowOf.get(line.parent)! : undefined;
    const above = (col: number) => (parent !== undefined ? [a1(parent, col)] : []);
    return [2, 3, 4].map((col) => ({ cell: a1(row, col), affects: [a1(row, col), a1(row, 5), a1(row, 6), ...above(col), ...above(5), ...above(6), ...(withAverage ? above(7) : []), a1(totalRow, col), a1(totalRow, 5), a1(totalRow, 6), ...(withAverage ? [a1(totalRow, 7)] : [])] }));
  });
  // An area's own figures: the province's total over them holds by the communes; the area's year end and share by its own row.
  const subtotals = lines.filter((line) => areas && !line.parent).flatMap((line) => {
    const row = rowOf.get(line.label)!;
    return [2, 3, 4].map((col) => ({ cell: a1(row, col), above: [a1(totalRow, col), a1(totalRow, 5), a1(totalRow, 6), a1(row, 5), a1(row, 6)] }));
  });
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs, subtotals };
}

function sideways(r: Rand, b: Builder): Layout {
  const n = r.int(3, 10);
  const communes = COMMUNES.slice(0, n);
  const marks = r.pick([{ met: 'Đ', planned: 'KH', not: 'CĐ', legend: 'Ký hiệu: Đ - đã đạt; KH - phấn đấu đạt năm 2027; CĐ - chưa đạt' }, { met: 'x', planned: 'KH', not: '', legend: 'Ghi chú: x - đã đạt; KH - phấn đấu đạt năm 2027' }]);
  b.put([marks.legend]);
  const cols = [{ leaf: 'TT' }, { leaf: r.pick(['Tiêu chí', 'Tên tiêu chí', 'Nội dung tiêu chí']) }, ...communes.map((c) => ({ group: 'Các xã', leaf: `Xã ${c}` })), { leaf: 'Số xã đã đạt' }, { leaf: 'Số xã phấn đấu đạt năm 2027' }, { leaf: 'Số xã đạt đến cuối năm 2027' }, { leaf: 'Tỷ lệ (%)' }];
  const deep = r.bool();
  header(b, cols, deep);
  const count = 10;
  const inputs: Layout['inputs'] = [];
  for (let k = 0; k < count; k++) {
    const statuses = communes.map(() => r.pick(['met', 'met', 'planned', 'not'] as const));
    const met = statuses.filter((s) => s === 'met').length;
    const planned = statuses.filter((s) => s === 'planned').length;
    const row = b.put([k + 1, `Tiêu chí ${k + 1}: ${CRITERIA[k]}`, ...statuses.map((s) => (s === 'met' ? marks.met : s === 'planned' ? marks.planned : marks.not || null)), met, planned, met + planned, round(((met + planned) / n) * 100, 1)]);
    const base = 2 + n;
    for (const col of [base, base + 1, base + 2]) inputs.push({ cell: a1(row, col), affects: [a1(row, col), a1(row, base + 2), a1(row, base + 3)] });
  }
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs };
}

function counts(r: Rand, b: Builder): Layout {
  const n = r.int(3, 12);
  const cols = [{ leaf: 'TT' }, { leaf: r.pick(['Tên xã', 'Xã', 'Đơn vị']) }, { leaf: 'Nhóm xã' }, { leaf: r.pick(['Số tiêu chí đạt đến hết năm 2026', 'Số TC đã đạt']) }, { leaf: r.pick(['Số tiêu chí phấn đấu đạt thêm năm 2027', 'Số TC đạt thêm 2027']) }, { leaf: r.pick(['Số tiêu chí đạt đến cuối năm 2027', 'Lũy kế số tiêu chí đạt']) }, { leaf: r.pick(['Các tiêu chí phấn đấu đạt thêm', 'Tên tiêu chí phấn đấu đạt thêm']) }];
  header(b, cols, false);
  const numbers = r.pick(['none', 'paren'] as const);
  if (numbers !== 'none') numbersRow(b, ['1', '2', '3', '4', '5', '6=4+5', '7'], 'paren');
  const inputs: Layout['inputs'] = [];
  for (let i = 0; i < n; i++) {
    const baseline = r.int(2, 9);
    const missing = Array.from({ length: 10 }, (_, k) => k + 1).slice(baseline);
    const added = missing.slice(0, r.int(0, Math.min(3, missing.length)));
    const row = b.put([i + 1, `Xã ${COMMUNES[i]}`, r.int(1, 3), baseline, added.length, baseline + added.length, added.length ? added.join(', ') : null]);
    inputs.push({ cell: a1(row, 3), affects: [a1(row, 3), a1(row, 5)] });
    inputs.push({ cell: a1(row, 4), affects: [a1(row, 4), a1(row, 5)] });
  }
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs };
}

function mainTargets(r: Rand, b: Builder): Layout {
  const cols = [{ leaf: 'TT' }, { leaf: r.pick(['Chỉ tiêu', 'Các chỉ tiêu chủ yếu']) }, { leaf: r.pick(['ĐVT', 'Đơn vị tính']) }, { leaf: r.pick(['Thực hiện năm 2026', 'Ước thực hiện năm 2026']) }, { leaf: r.pick(['Kế hoạch năm 2027', 'KH năm 2027']) }, { leaf: r.pick(['So sánh (%)', 'So sánh KH 2027/TH 2026 (%)']) }];
  header(b, cols, false);
  const numbers = r.pick(['none', 'letters', 'plain'] as const);
  if (numbers === 'letters') b.put(['A', 'B', 'C', '1', '2', '3=2/1']);
  if (numbers === 'plain') b.put(['1', '2', '3', '4', '5', '6=5/4']);
  const items = [['Số xã đạt chuẩn nông thôn mới', 'xã', 0], ['Tỷ lệ xã đạt chuẩn', '%', 1], ['Bình quân tiêu chí/xã', 'tiêu chí', 1], ['Số thôn đạt chuẩn', 'thôn', 0], ['Thu nhập bình quân đầu người', 'triệu đồng', 1], ['Tỷ lệ hộ nghèo đa chiều', '%', 2]] as const;
  const inputs: Layout['inputs'] = [];
  const chosen = items.slice(0, r.int(3, items.length));
  chosen.forEach(([label, unit, decimals], i) => {
    const previous = round(r.int(10, 900) / 10 ** decimals, decimals);
    const plan = round(previous * (1 + r.int(0, 30) / 100), decimals);
    const row = b.put([i + 1, label, unit, previous, plan, round((plan / previous) * 100, 1)]);
    inputs.push({ cell: a1(row, 3), affects: [a1(row, 3), a1(row, 5)] }, { cell: a1(row, 4), affects: [a1(row, 4), a1(row, 5)] });
  });
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs };
}

function fundingGrid(r: Rand, b: Builder): Layout {
  b.put([null, null, null, null, null, 'ĐVT: triệu đồng']);
  const withStateTotal = r.bool();
  const sources = [...(withStateTotal ? [{ group: 'Ngân sách nhà nước', leaf: 'Tổng' }] : []), { group: 'Ngân sách nhà nước', leaf: 'NSTW' }, { group: 'Ngân sách nhà nước', leaf: 'NSĐP' }, { leaf: 'Vốn lồng ghép' }, { leaf: 'Vốn tín dụng' }, { leaf: 'Nhân dân đóng góp' }];
  const cols = [{ leaf: 'TT' }, { leaf: r.pick(['Nội dung', 'Tên xã', 'Danh mục dự án']) }, { leaf: 'Tổng cộng' }, ...sources];
  header(b, cols, true);
  const n = r.int(2, 8);
  const decimals = r.pick([0, 1, 3]);
  const data = Array.from({ length: n }, (_, i) => ({ name: `Xã ${COMMUNES[i]}`, values: [0, 1, 2, 3, 4].map(() => round(r.int(0, 50000) / 10 ** decimals, decimals)) }));
  const totalsAt = r.pick(['top', 'bottom'] as const);
  const line = (name: string, tt: string | number, v: number[]) => {
    const state = round(v[0] + v[1], decimals);
    return [tt, name, round(v.reduce((t, x) => t + x, 0), decimals), ...(withStateTotal ? [state] : []), ...v];
  };
  const totals = [0, 1, 2, 3, 4].map((k) => round(data.reduce((t, d) => t + d.values[k], 0), decimals));
  const rowsOut: number[] = [];
  if (totalsAt === 'top') b.put(line('Tổng cộng', '', totals));
  const totalRowIndex = totalsAt === 'top' ? b.next - 1 : -1;
  data.forEach((d, i) => rowsOut.push(b.put(line(d.name, i + 1, d.values))));
  const totalRow = totalsAt === 'top' ? totalRowIndex : b.put(line('Tổng cộng', '', totals));
  const first = withStateTotal ? 4 : 3;
  const inputs = rowsOut.flatMap((row) => [0, 1, 2, 3, 4].map((k) => ({ cell: a1(row, first + k), affects: [a1(row, first + k), a1(row, 2), ...(withStateTotal && k < 2 ? [a1(row, 3), a1(totalRow, 3)] : []), a1(totalRow, first + k), a1(totalRow, 2)] })));
  // A row's state-budget "Tổng" (NSTW + NSĐP): the row's "Tổng cộng" and the column's total hold by the leaves.
  const subtotals = withStateTotal ? rowsOut.map((row) => ({ cell: a1(row, 3), above: [a1(row, 2), a1(totalRow, 3), a1(totalRow, 2)] })) : [];
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs, subtotals };
}

function targets(r: Rand, b: Builder): Layout {
  const communes = r.int(40, 200);
  // The number of communes on a line of its own, or in brackets in the title.
  if (r.bool()) b.put([`Tổng số xã: ${communes}`]);
  else b.title(`MỤC TIÊU CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027 (Tổng số xã ${r.pick(['toàn tỉnh', 'trên địa bàn'])}: ${communes} xã)`, 6, r.bool());
  const plan = r.bool() ? 'Kế hoạch năm 2027' : undefined;
  const cols = [
    { leaf: r.pick(['TT', 'STT']) }, { leaf: r.pick(['Tiêu chí', 'Nội dung', 'Tên tiêu chí']) },
    { leaf: r.pick(['Số xã đạt đến hết năm 2026', 'Số xã đã đạt', 'Số xã đạt đến 31/12/2026', 'Số xã đạt tiêu chí đến hết năm 2026', 'Ước thực hiện năm 2026 (xã)']) },
    { group: plan, leaf: r.pick(['Số xã đạt thêm năm 2027', 'Phấn đấu đạt thêm', 'Số xã đạt mới', 'Đạt thêm', 'Tăng thêm']) },
    { group: plan, leaf: r.pick(['Lũy kế đến cuối năm 2027', 'Lũy kế', 'Lũy kế số xã đạt', 'Tổng số xã đạt đến hết năm 2027', ...(plan ? [] : ['Kế hoạch năm 2027 (xã)'])]) },
    { group: plan, leaf: r.pick(['Tỷ lệ (%)', 'Tỷ lệ xã đạt (%)']) },
  ];
  header(b, cols, plan !== undefined);
  const numbers = r.pick(['none', 'letters', 'paren'] as const);
  if (numbers === 'letters') b.put(['A', 'B', '1', '2', '3=1+2', `4=3/${communes}*100`]);
  if (numbers === 'paren') b.put(['(1)', '(2)', '(3)', '(4)', '(5)=(3)+(4)', `(6)=(5)/${communes}*100`]);
  const inputs: Layout['inputs'] = [];
  for (let k = 0; k < 10; k++) {
    const baseline = r.int(0, communes);
    const added = r.int(0, communes - baseline);
    const row = b.put([k + 1, CRITERIA[k], baseline, added, baseline + added, round(((baseline + added) / communes) * 100, 1)]);
    inputs.push({ cell: a1(row, 2), affects: [a1(row, 2), a1(row, 4), a1(row, 5)] }, { cell: a1(row, 3), affects: [a1(row, 3), a1(row, 4), a1(row, 5)] });
  }
  // The sheet states its communes: nothing is passed as --communes.
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs };
}

function responsibility(r: Rand, b: Builder): Layout {
  const agencies = ['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Sở Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ', 'Sở Tư pháp', 'Công an tỉnh'];
  header(b, [{ leaf: 'TT' }, { leaf: r.pick(['Tiêu chí', 'Tên tiêu chí']) }, { leaf: r.pick(['Cơ quan chủ trì', 'Đơn vị chủ trì']) }, { leaf: 'Cơ quan phối hợp' }], false);
  for (let k = 0; k < 10; k++) b.put([k + 1, `${k + 1}. ${CRITERIA[k]}`, agencies[k], 'UBND các xã']);
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs: [] };
}

/** Communes down the rows, criteria across (marks), the commune's counts beside them, a totals row counting the marks. */
function assignment(r: Rand, b: Builder): Layout {
  const n = r.int(3, 14);
  const marks = r.pick([{ met: 'x', planned: 'KH', legend: 'Ký hiệu: x = đã đạt; KH = phấn đấu đạt năm 2027; để trống = chưa đạt' }, { met: 'Đ', planned: 'KH', legend: 'Ghi chú: Đ - đã đạt; KH - phấn đấu đạt năm 2027' }]);
  b.put([marks.legend]);
  const summaries = r.pick(['none', 'two', 'three'] as const);
  const summaryLabels = [r.pick(['Số tiêu chí đã đạt', 'Số TC đã đạt']), r.pick(['Số tiêu chí phấn đấu đạt thêm năm 2027', 'Số TC đạt thêm năm 2027']), r.pick(['Tổng số tiêu chí đạt đến cuối năm 2027', 'Số TC đạt lũy kế cuối năm 2027'])].slice(0, summaries === 'none' ? 0 : summaries === 'two' ? 2 : 3);
  const withGoal = r.bool();
  const top = b.put(['TT', r.pick(['Tên xã', 'Xã', 'Đơn vị']), 'Các tiêu chí', ...Array(9).fill(null), ...summaryLabels, ...(withGoal ? ['Mục tiêu năm 2027'] : [])]);
  b.put([null, null, ...Array.from({ length: 10 }, (_, k) => k + 1), ...summaryLabels.map(() => null), ...(withGoal ? [null] : [])]);
  b.merges.push(`${a1(top, 2)}:${a1(top, 11)}`, `${a1(top, 0)}:${a1(top + 1, 0)}`, `${a1(top, 1)}:${a1(top + 1, 1)}`);
  summaryLabels.forEach((_, i) => b.merges.push(`${a1(top, 12 + i)}:${a1(top + 1, 12 + i)}`));
  const inputs: Layout['inputs'] = [];
  const statuses: ('met' | 'planned' | 'not')[][] = [];
  const totalsAt = r.pick(['none', 'bottom'] as const);
  for (let i = 0; i < n; i++) {
    const row = Array.from({ length: 10 }, () => r.pick(['met', 'met', 'met', 'planned', 'not'] as const));
    statuses.push(row);
    const met = row.filter((s) => s === 'met').length;
    const planned = row.filter((s) => s === 'planned').length;
    const goal = met === 10 ? 'Duy trì, nâng cao chất lượng' : met + planned === 10 ? 'Đạt chuẩn NTM' : 'Tăng tiêu chí';
    const at = b.put([i + 1, `Xã ${COMMUNES[i % COMMUNES.length]}${i >= COMMUNES.length ? ' 2' : ''}`, ...row.map((s) => (s === 'met' ? marks.met : s === 'planned' ? marks.planned : null)), ...[met, planned, met + planned].slice(0, summaryLabels.length), ...(withGoal ? [goal] : [])]);
    summaryLabels.forEach((_, k) => inputs.push({ cell: a1(at, 12 + k), affects: [a1(at, 12 + k), ...(summaryLabels.length === 3 && k < 2 ? [a1(at, 14)] : [])] }));
  }
  if (totalsAt === 'bottom') {
    const counts = Array.from({ length: 10 }, (_, k) => statuses.filter((row) => row[k] === 'met').length);
    const at = b.put([null, r.pick(['Tổng', 'Toàn tỉnh', 'Tổng cộng', 'Số xã đạt']), ...counts]);
    counts.forEach((_, k) => inputs.push({ cell: a1(at, 2 + k), affects: [a1(at, 2 + k)] }));
  }
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs };
}

/** A funding list: sources down the rows with their parts (I / 1 / -), amounts, shares of the total. */
function fundingList(r: Rand, b: Builder): Layout {
  const decimals = r.pick([0, 1]);
  const withShare = r.bool();
  b.put([null, null, null, 'ĐVT: triệu đồng']);
  b.put(['TT', r.pick(['Nguồn vốn', 'Nội dung', 'Cơ cấu nguồn vốn']), r.pick(['Số tiền', 'Kinh phí', 'Nhu cầu vốn năm 2027']), ...(withShare ? [r.pick(['Tỷ lệ (%)', 'Cơ cấu (%)'])] : [])]);
  const amount = () => round(r.int(100, 90000) / 10 ** decimals, decimals);
  const tree = [
    { tt: 'I', label: 'Ngân sách nhà nước', kids: [{ tt: '1', label: 'Ngân sách Trung ương' }, { tt: '2', label: 'Ngân sách địa phương' }] },
    { tt: 'II', label: 'Vốn lồng ghép các chương trình, dự án' },
    { tt: 'III', label: 'Vốn tín dụng' },
    { tt: 'IV', label: 'Vốn doanh nghiệp, hợp tác xã' },
    { tt: 'V', label: 'Nhân dân đóng góp' },
  ].slice(0, r.int(3, 5)).map((node) => ({ ...node, kids: node.kids?.map((k) => ({ ...k, value: amount() })), value: 0 }));
  for (const node of tree) node.value = node.kids ? round(node.kids.reduce((t, k) => t + k.value, 0), decimals) : amount();
  const total = round(tree.reduce((t, node) => t + node.value, 0), decimals);
  const share = (v: number) => round((v / total) * 100, 1);
  const line = (tt: string, label: string, v: number) => [tt, label, v, ...(withShare ? [share(v)] : [])];
  const totalsAt = r.pick(['top', 'bottom'] as const);
  const totalLabel = r.pick(['Tổng cộng', 'Tổng nhu cầu vốn', 'Tổng số']);
  let totalRow = totalsAt === 'top' ? b.put(line('', totalLabel, total)) : -1;
  const placed: { row: number; parent?: number }[] = [];
  for (const node of tree) {
    const parent = b.put(line(node.tt, node.label, node.value));
    placed.push({ row: parent });
    for (const kid of node.kids ?? []) placed.push({ row: b.put(line(kid.tt, kid.label, kid.value)), parent });
  }
  if (totalsAt === 'bottom') totalRow = b.put(line('', totalLabel, total));
  const hasKids = new Set(placed.map((p) => p.parent).filter((p) => p !== undefined));
  const shares = withShare ? [totalRow, ...placed.map((p) => p.row)].map((row) => a1(row, 3)) : [];
  const inputs = placed.filter((p) => !hasKids.has(p.row)).map((p) => ({ cell: a1(p.row, 2), affects: [a1(p.row, 2), ...(p.parent !== undefined ? [a1(p.parent, 2)] : []), a1(totalRow, 2), ...shares] }));
  // A section with parts ("I. Ngân sách nhà nước" over 1 and 2): the total holds by the parts, and so do the shares.
  const subtotals = placed.filter((p) => hasKids.has(p.row)).map((p) => ({ cell: a1(p.row, 2), above: [a1(totalRow, 2), ...shares.filter((s) => s !== a1(p.row, 3))] }));
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs, subtotals };
}

/** The responsibility appendix: tasks under roman sections, who directs, leads and assists, and when. */
function responsibilityTasks(r: Rand, b: Builder): Layout {
  b.put(['TT', r.pick(['Nội dung công việc', 'Nội dung nhiệm vụ']), 'Chỉ đạo', r.pick(['Cơ quan thực hiện', 'Cơ quan chủ trì']), 'Cơ quan phối hợp', r.pick(['Thời gian', 'Thời gian thực hiện', 'Thời gian hoàn thành'])]);
  const sections = [
    ['Công tác chỉ đạo, tuyên truyền', ['Ban hành kế hoạch thực hiện năm 2027', 'Tổ chức tuyên truyền, vận động nhân dân tham gia xây dựng nông thôn mới']],
    ['Thực hiện các tiêu chí', ['Rà soát, đánh giá thực trạng các tiêu chí theo Bộ tiêu chí giai đoạn 2026-2030', 'Hoàn thiện hạ tầng giao thông, thủy lợi', 'Phát triển sản phẩm OCOP']],
    ['Kiểm tra, đánh giá', ['Kiểm tra, đánh giá kết quả thực hiện', 'Tổng hợp hồ sơ đề nghị xét công nhận']],
  ] as const;
  const leads = ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch', 'Văn phòng Điều phối nông thôn mới tỉnh'];
  const times = ['Tháng 01/2027', 'Quý I/2027', 'Thường xuyên', 'Năm 2027', 'Trước 30/6/2027', 'Tháng 12/2027'];
  const romans = ['I', 'II', 'III'];
  sections.slice(0, r.int(2, 3)).forEach(([title, tasks], s) => {
    b.put([romans[s], title]);
    tasks.forEach((task, i) => b.put([i + 1, task, r.pick(['Đồng chí Phó Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh']), r.pick(leads), r.pick(['Các sở, ngành liên quan', 'UBND các xã', 'Sở Tài chính; UBND các xã']), r.pick(times)]));
  });
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs: [] };
}

/** Counts per criterion split by commune group under one header, with a total of their own, first or last. */
function groupSplit(r: Rand, b: Builder): Layout {
  const title = r.pick(['Số xã đạt chuẩn', 'Số xã đạt tiêu chí', 'Số xã đạt chuẩn đến cuối năm 2027']);
  const total = r.pick(['Tổng', 'Tổng số', 'Cộng']);
  const totalFirst = r.bool();
  const groups = ['Nhóm 1', 'Nhóm 2', 'Nhóm 3'];
  const leaves = totalFirst ? [total, ...groups] : [...groups, total];
  header(b, [{ leaf: r.pick(['TT', 'STT']) }, { leaf: r.pick(['Tiêu chí', 'Tên tiêu chí']) }, ...leaves.map((leaf) => ({ group: title, leaf }))], true);
  const inputs: Layout['inputs'] = [];
  const totalCol = totalFirst ? 2 : 5;
  for (let k = 0; k < r.int(3, 10); k++) {
    const counts = groups.map(() => r.int(0, 40));
    const sum = counts.reduce((t, c) => t + c, 0);
    const row = b.put([k + 1, CRITERIA[k], ...(totalFirst ? [sum, ...counts] : [...counts, sum])]);
    counts.forEach((_, g) => inputs.push({ cell: a1(row, totalFirst ? 3 + g : 2 + g), affects: [a1(row, totalFirst ? 3 + g : 2 + g), a1(row, totalCol)] }));
    inputs.push({ cell: a1(row, totalCol), affects: [a1(row, totalCol)] });
  }
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs };
}

const BUILDERS: Record<Family, (r: Rand, b: Builder) => Layout> = { rollup, sideways, counts, 'main-targets': mainTargets, 'funding-grid': fundingGrid, targets, 'responsibility-criteria': responsibility, assignment, 'funding-list': fundingList, 'responsibility-tasks': responsibilityTasks, 'group-split': groupSplit };
export const FAMILIES = Object.keys(BUILDERS) as Family[];

/** One generated table of a family, from a seed. */
export function generate(family: Family, seed: number): Generated {
  const r = randOf(seed * 7919 + FAMILIES.indexOf(family));
  const spelling = r.pick(['nfc', 'nfd', 'none'] as const);
  const b = new Builder(spelling);
  const titles = r.int(0, 3);
  const merged = r.int(0, 3) > 0;
  if (titles > 0) b.title('KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027', 8, merged);
  if (titles > 1) b.title('(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/12/2026)', 8, merged);
  if (titles > 2) b.put([]);
  const layout = BUILDERS[family](r, b);
  const width = layout.rows.reduce((m, row) => Math.max(m, row.length), 0);
  const values = layout.rows.map((row) => Array.from({ length: width }, (_, i) => (row[i] === undefined ? null : row[i])));
  return {
    family,
    sheet: { name: 'Bieu', origin: { row: 0, col: 0 }, values, merges: layout.merges.map(toArea) },
    inputs: layout.inputs,
    communes: layout.communes,
    subtotals: layout.subtotals ?? [],
  };
}

function toArea(range: string) {
  const [from, to] = range.split(':');
  const parse = (s: string) => { const m = /^([A-Z]+)(\d+)$/.exec(s)!; let col = 0; for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64; return { row: Number(m[2]) - 1, col: col - 1 }; };
  const a = parse(from); const z = parse(to);
  return { top: a.row, left: a.col, bottom: z.row, right: z.col };
}

/** Arbitrary (family, seed) pairs for fast-check. */
export const layoutArb = fc.tuple(fc.constantFrom(...FAMILIES), fc.integer({ min: 1, max: 1_000_000 }));
