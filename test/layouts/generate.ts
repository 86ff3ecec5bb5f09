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

export type Family = 'rollup' | 'sideways' | 'counts' | 'main-targets' | 'funding-grid' | 'targets' | 'responsibility-criteria';
export type Spelling = 'nfc' | 'nfd' | 'none';

export type Generated = {
  family: Family;
  sheet: SheetSnapshot;
  /** Input cells (A1) a test may change, each with the cells of the relations it feeds (itself included). */
  inputs: { cell: string; affects: string[] }[];
  /** The number of communes, for --communes where the sheet does not state it. */
  communes?: number;
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
};

/** Builds a table row by row at an offset, remembering where things landed. */
class Builder {
  rows: CellValue[][] = [];
  merges: string[] = [];
  formats: Record<string, string> = {};
  constructor(readonly spelling: Spelling) {}
  get next(): number { return this.rows.length; }
  put(row: CellValue[]): number { this.rows.push(row.map((v) => (typeof v === 'string' ? spell(v, this.spelling) : v))); return this.rows.length - 1; }
  title(text: string, width: number): void { const r = this.put([text]); this.merges.push(`A${r + 1}:${a1(r, Math.max(1, width - 1))}`); }
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
    { group: 'Kế hoạch năm 2027', leaf: r.pick(['Đạt thêm', 'Số xã đạt thêm', 'Phấn đấu đạt thêm']) },
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
  const lines: { label: string; tt: string; d: typeof data[number] | null }[] = data.map((d, i) => ({ label: d.name, tt: String(i + 1), d }));
  const sum = (f: (d: typeof data[number]) => number) => data.reduce((t, d) => t + f(d), 0);
  const total = { name: totalLabel, units: sum((d) => d.units), baseline: sum((d) => d.baseline), added: sum((d) => d.added), criteria: round(sum((d) => d.criteria * d.units) / sum((d) => d.units), 1) };
  const ordered = totalsAt === 'top' ? [{ label: totalLabel, tt: '', d: total }, ...lines] : [...lines, { label: totalLabel, tt: '', d: total }];
  const rowOf = new Map<string, number>();
  for (const line of ordered) {
    const d = line.d!;
    const row = b.put([line.tt, line.label, d.units, d.baseline, d.added, d.baseline + d.added, share(d.baseline + d.added, d.units), ...(withAverage ? [d.criteria] : [])]);
    rowOf.set(line.label, row);
  }
  const totalRow = rowOf.get(totalLabel)!;
  const inputs = data.flatMap((d) => {
    const row = rowOf.get(d.name)!;
    return [2, 3, 4].map((col) => ({ cell: a1(row, col), affects: [a1(row, col), a1(row, 5), a1(row, 6), a1(totalRow, col), a1(totalRow, 5), a1(totalRow, 6), ...(withAverage ? [a1(totalRow, 7)] : [])] }));
  });
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs };
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
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs };
}

function targets(r: Rand, b: Builder): Layout {
  const communes = r.int(40, 200);
  b.put([`Tổng số xã: ${communes}`]);
  const cols = [{ leaf: 'TT' }, { leaf: r.pick(['Tiêu chí', 'Nội dung']) }, { leaf: r.pick(['Số xã đạt đến hết năm 2026', 'Số xã đã đạt']) }, { leaf: r.pick(['Số xã đạt thêm năm 2027', 'Phấn đấu đạt thêm']) }, { leaf: r.pick(['Lũy kế đến cuối năm 2027', 'Lũy kế']) }, { leaf: 'Tỷ lệ (%)' }];
  header(b, cols, false);
  const inputs: Layout['inputs'] = [];
  for (let k = 0; k < 10; k++) {
    const baseline = r.int(0, communes);
    const added = r.int(0, communes - baseline);
    const row = b.put([k + 1, CRITERIA[k], baseline, added, baseline + added, round(((baseline + added) / communes) * 100, 1)]);
    inputs.push({ cell: a1(row, 2), affects: [a1(row, 2), a1(row, 4), a1(row, 5)] }, { cell: a1(row, 3), affects: [a1(row, 3), a1(row, 4), a1(row, 5)] });
  }
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs, communes };
}

function responsibility(r: Rand, b: Builder): Layout {
  const agencies = ['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Sở Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ', 'Sở Tư pháp', 'Công an tỉnh'];
  header(b, [{ leaf: 'TT' }, { leaf: r.pick(['Tiêu chí', 'Tên tiêu chí']) }, { leaf: r.pick(['Cơ quan chủ trì', 'Đơn vị chủ trì']) }, { leaf: 'Cơ quan phối hợp' }], false);
  for (let k = 0; k < 10; k++) b.put([k + 1, `${k + 1}. ${CRITERIA[k]}`, agencies[k], 'UBND các xã']);
  return { rows: b.rows, merges: b.merges, formats: b.formats, inputs: [] };
}

const BUILDERS: Record<Family, (r: Rand, b: Builder) => Layout> = { rollup, sideways, counts, 'main-targets': mainTargets, 'funding-grid': fundingGrid, targets, 'responsibility-criteria': responsibility };
export const FAMILIES = Object.keys(BUILDERS) as Family[];

/** One generated table of a family, from a seed. */
export function generate(family: Family, seed: number): Generated {
  const r = randOf(seed * 7919 + FAMILIES.indexOf(family));
  const spelling = r.pick(['nfc', 'nfd', 'none'] as const);
  const b = new Builder(spelling);
  const titles = r.int(0, 3);
  if (titles > 0) b.title('KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027', 8);
  if (titles > 1) b.title('(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/12/2026)', 8);
  if (titles > 2) b.put([]);
  const layout = BUILDERS[family](r, b);
  const width = layout.rows.reduce((m, row) => Math.max(m, row.length), 0);
  const values = layout.rows.map((row) => Array.from({ length: width }, (_, i) => (row[i] === undefined ? null : row[i])));
  return {
    family,
    sheet: { name: 'Bieu', origin: { row: 0, col: 0 }, values, merges: layout.merges.map(toArea) },
    inputs: layout.inputs,
    communes: layout.communes,
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
