/**
 * The same plan data in many layouts: one province's targets per criterion and its distribution of
 * communes by criteria met, rendered as offices render them — header depth and wording, column order,
 * a ĐVT column, a column-number row with the denominator in it, another table stacked below or set
 * beside, the header typed again for the second printed page, the distribution's total on top, no
 * diacritics, NFD, numbers typed as text the Vietnamese way, shares stored as fractions under a %
 * format. Every rendering says where each datum landed (logical name → A1), so a test can compare
 * findings across layouts and change one datum in all of them.
 */
import { a1 } from '../../src/domain/sheet/address';
import type { Area, CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';

const NAMES_2026 = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const NAMES_2021 = ['Quy hoạch', 'Giao thông', 'Thủy lợi và phòng, chống thiên tai', 'Điện', 'Trường học', 'Cơ sở vật chất văn hóa', 'Cơ sở hạ tầng thương mại nông thôn', 'Thông tin và Truyền thông', 'Nhà ở dân cư', 'Thu nhập', 'Nghèo đa chiều', 'Lao động', 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 'Giáo dục và Đào tạo', 'Y tế', 'Văn hóa', 'Môi trường và an toàn thực phẩm', 'Hệ thống chính trị và tiếp cận pháp luật', 'Quốc phòng và An ninh'];

/** A plan: its year, communes, per-criterion counts and the distribution of communes by criteria met. */
export type PlanData = {
  year: number;
  communes: number;
  criteria: { name: string; baseline: number; added: number }[];
  groups: { label: string; count: number }[];
};

export type Rand = { int(min: number, max: number): number; pick<T>(items: readonly T[]): T; bool(): boolean };

export function randOf(seed: number): Rand {
  let s = seed >>> 0 || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
  return { int: (min, max) => min + Math.floor(next() * (max - min + 1)), pick: (items) => items[Math.floor(next() * items.length)], bool: () => next() < 0.5 };
}

/** A consistent plan of 2027 (10 criteria) or 2024 (19 criteria). */
export function planData(seed: number): PlanData {
  const r = randOf(seed);
  const year = r.bool() ? 2027 : 2024;
  const names = year >= 2026 ? NAMES_2026 : NAMES_2021;
  const communes = r.int(25, 140);
  const criteria = names.map((name) => {
    const baseline = r.int(Math.floor(communes * 0.2), communes);
    return { name, baseline, added: r.int(0, Math.min(12, communes - baseline)) };
  });
  const labels = names.length === 10 ? ['Đạt 10/10 tiêu chí', 'Đạt từ 8 - 9 tiêu chí', 'Đạt từ 5 - 7 tiêu chí', 'Đạt dưới 5 tiêu chí'] : ['Đạt 19 tiêu chí', 'Đạt từ 15 - 18 tiêu chí', 'Đạt từ 10 - 14 tiêu chí', 'Đạt từ 5 - 9 tiêu chí', 'Đạt dưới 5 tiêu chí'];
  const counts = labels.map(() => 0);
  for (let i = 0; i < communes; i++) counts[Math.min(labels.length - 1, Math.floor(r.int(0, labels.length * 10 - 1) / 10))]++;
  return { year, communes, criteria, groups: labels.map((label, i) => ({ label, count: counts[i] })) };
}

const share = (count: number, whole: number) => Math.round((count / whole) * 1000 + 1e-9) / 10;

/** Every way a layout may render the same data. */
export type Options = {
  header: 'flat' | 'grouped';
  order: 'baseline-first' | 'added-first';
  unitColumn: boolean;
  communes: 'label' | 'title-words' | 'column-numbers';
  second: 'none' | 'stacked' | 'beside';
  repeatHeader: boolean;
  groupsTotal: 'bottom' | 'top';
  spelling: 'nfc' | 'nfd' | 'none';
  numbers: 'numbers' | 'text';
  shares: 'percent-units' | 'fractions';
};

/** Twelve and more layouts, each a different combination; every option value appears in one. */
export const LAYOUTS: Record<string, Options> = {
  plain: { header: 'flat', order: 'baseline-first', unitColumn: false, communes: 'label', second: 'none', repeatHeader: false, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  grouped: { header: 'grouped', order: 'baseline-first', unitColumn: false, communes: 'label', second: 'none', repeatHeader: false, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  reordered: { header: 'flat', order: 'added-first', unitColumn: false, communes: 'label', second: 'none', repeatHeader: false, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  unitColumn: { header: 'flat', order: 'baseline-first', unitColumn: true, communes: 'label', second: 'none', repeatHeader: false, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  columnNumbers: { header: 'grouped', order: 'baseline-first', unitColumn: false, communes: 'column-numbers', second: 'none', repeatHeader: false, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  titleWords: { header: 'flat', order: 'baseline-first', unitColumn: false, communes: 'title-words', second: 'none', repeatHeader: false, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  stacked: { header: 'flat', order: 'baseline-first', unitColumn: false, communes: 'label', second: 'stacked', repeatHeader: false, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  beside: { header: 'flat', order: 'baseline-first', unitColumn: false, communes: 'title-words', second: 'beside', repeatHeader: false, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  repeated: { header: 'grouped', order: 'baseline-first', unitColumn: false, communes: 'label', second: 'none', repeatHeader: true, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  totalsOnTop: { header: 'flat', order: 'baseline-first', unitColumn: false, communes: 'label', second: 'stacked', repeatHeader: false, groupsTotal: 'top', spelling: 'nfc', numbers: 'numbers', shares: 'percent-units' },
  noDiacritics: { header: 'grouped', order: 'baseline-first', unitColumn: true, communes: 'label', second: 'stacked', repeatHeader: false, groupsTotal: 'bottom', spelling: 'none', numbers: 'numbers', shares: 'percent-units' },
  nfd: { header: 'flat', order: 'added-first', unitColumn: false, communes: 'title-words', second: 'none', repeatHeader: true, groupsTotal: 'bottom', spelling: 'nfd', numbers: 'numbers', shares: 'percent-units' },
  textNumbers: { header: 'flat', order: 'baseline-first', unitColumn: false, communes: 'label', second: 'stacked', repeatHeader: false, groupsTotal: 'bottom', spelling: 'nfc', numbers: 'text', shares: 'percent-units' },
  fractions: { header: 'grouped', order: 'baseline-first', unitColumn: false, communes: 'label', second: 'beside', repeatHeader: false, groupsTotal: 'top', spelling: 'nfc', numbers: 'numbers', shares: 'fractions' },
};

/** A datum by its logical name: `c3.baseline`, `c3.end`, `c3.share` (criterion 3), `g2.count`, `g2.share`, `groups.total`. */
export type Rendered = { sheet: SheetSnapshot; at: Map<string, string>; layout: string };

function spell(text: string, spelling: Options['spelling']): string {
  if (spelling === 'nfd') return text.normalize('NFD');
  if (spelling === 'none') return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return text;
}

/** Vietnamese style: decimal comma, "%" on shares, "-" for none, zero-padded small counts. */
function asText(value: number, kind: 'count' | 'share'): string {
  if (kind === 'count') return value === 0 ? '-' : value < 10 ? `0${value}` : String(value);
  return `${String(value).replace('.', ',')}%`;
}

class Sheet {
  rows: CellValue[][] = [];
  merges: Area[] = [];
  formats: Record<string, string> = {};
  constructor(readonly options: Options, private readonly faults: ReadonlyMap<string, number>, private readonly at: Map<string, string>) {}
  set(row: number, col: number, value: CellValue): void {
    while (this.rows.length <= row) this.rows.push([]);
    const target = this.rows[row];
    while (target.length <= col) target.push(null);
    target[col] = typeof value === 'string' ? spell(value, this.options.spelling) : value;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
  /** A datum, a count or a share, as this layout types it (a planted fault in its place). */
  number(datum: string, row: number, col: number, typed: number, kind: 'count' | 'share'): void {
    const value = this.faults.get(datum) ?? typed;
    this.at.set(datum, a1(row, col));
    const { numbers, shares } = this.options;
    if (numbers === 'text') this.set(row, col, asText(value, kind));
    else if (kind === 'share' && shares === 'fractions') { this.set(row, col, value / 100); this.formats[a1(row, col)] = '0.0%'; }
    else { this.set(row, col, value); if (kind === 'share') this.formats[a1(row, col)] = '0.0'; }
  }
}

/** Renders the targets table at (top, left); returns the next free row. */
function targets(data: PlanData, s: Sheet, top: number, left: number): number {
  const { options } = s;
  const plan = `Kế hoạch năm ${data.year}`;
  const baseline = `Số xã đạt đến 31/12/${data.year - 1}`;
  const added = options.header === 'grouped' ? 'Đạt thêm' : `Phấn đấu đạt thêm năm ${data.year}`;
  const end = options.header === 'grouped' ? 'Lũy kế' : `Lũy kế đến 31/12/${data.year}`;
  const shareTitle = 'Tỷ lệ (%)';
  const counts = options.order === 'baseline-first' ? ['baseline', 'added'] as const : ['added', 'baseline'] as const;
  const columns: { key: string; title: string; group?: string }[] = [
    { key: 'tt', title: 'TT' }, { key: 'name', title: 'Tên tiêu chí' },
    ...(options.unitColumn ? [{ key: 'unit', title: 'ĐVT' }] : []),
    ...counts.map((key) => (key === 'baseline' ? { key, title: baseline } : { key, title: added, group: plan })),
    { key: 'end', title: end, group: plan }, { key: 'share', title: shareTitle, group: plan },
  ];
  if (options.header === 'flat') columns.forEach((c) => delete c.group);
  const col = (key: string) => left + columns.findIndex((c) => c.key === key);
  let row = top;
  const header = () => {
    const first = row;
    if (options.header === 'grouped') {
      columns.forEach((c, i) => {
        if (c.group) {
          if (i === 0 || columns[i - 1].group !== c.group) s.set(row, left + i, c.group);
          s.set(row + 1, left + i, c.title);
        } else { s.set(row, left + i, c.title); s.merge(row, left + i, row + 1, left + i); }
      });
      const grouped = columns.map((c, i) => (c.group ? i : -1)).filter((i) => i >= 0);
      s.merge(row, left + grouped[0], row, left + grouped[grouped.length - 1]);
      row += 2;
    } else {
      columns.forEach((c, i) => s.set(row, left + i, c.title));
      row++;
    }
    if (options.communes === 'column-numbers') {
      const n = (key: string) => String(columns.findIndex((c) => c.key === key) + 1);
      columns.forEach((c, i) => {
        const label = `(${i + 1})`;
        s.set(row, left + i, c.key === 'end' ? `${label}=(${n('baseline')})+(${n('added')})` : c.key === 'share' ? `${label}=(${n('end')})/${data.communes}*100` : label);
      });
      row++;
    }
    return first;
  };
  header();
  const repeatAt = options.repeatHeader ? Math.ceil(data.criteria.length / 2) : -1;
  data.criteria.forEach((c, i) => {
    if (i === repeatAt) { row++; header(); }
    const k = i + 1;
    s.set(row, col('tt'), k);
    s.set(row, col('name'), c.name);
    if (options.unitColumn) s.set(row, col('unit'), 'xã');
    s.number(`c${k}.baseline`, row, col('baseline'), c.baseline, 'count');
    s.number(`c${k}.added`, row, col('added'), c.added, 'count');
    s.number(`c${k}.end`, row, col('end'), c.baseline + c.added, 'count');
    s.number(`c${k}.share`, row, col('share'), share(c.baseline + c.added, data.communes), 'share');
    row++;
  });
  return row;
}

/** Renders the distribution table at (top, left); returns the next free row. */
function distribution(data: PlanData, s: Sheet, top: number, left: number): number {
  let row = top;
  s.set(row++, left, `PHÂN NHÓM XÃ THEO SỐ TIÊU CHÍ ĐẠT ĐẾN 31/12/${data.year}`);
  row++;
  ['TT', 'Nhóm xã', 'Số xã', 'Tỷ lệ (%)'].forEach((title, i) => s.set(row, left + i, title));
  row++;
  const total = () => {
    s.set(row, left + 1, 'Tổng cộng');
    s.number('groups.total', row, left + 2, data.communes, 'count');
    row++;
  };
  if (s.options.groupsTotal === 'top') total();
  data.groups.forEach((g, i) => {
    s.set(row, left, i + 1);
    s.set(row, left + 1, g.label);
    s.number(`g${i + 1}.count`, row, left + 2, g.count, 'count');
    s.number(`g${i + 1}.share`, row, left + 3, share(g.count, data.communes), 'share');
    row++;
  });
  if (s.options.groupsTotal === 'bottom') total();
  return row;
}

/**
 * The plan in one layout: titles, the number of communes stated as the layout states it, the targets
 * table, and the distribution stacked below or beside when the layout has it.
 *
 * @example
 * render(planData(7), 'beside').at.get('c3.share') // 'F9'
 */
export function render(data: PlanData, layout: string, faults: ReadonlyMap<string, number> = new Map()): Rendered {
  const options = LAYOUTS[layout];
  const at = new Map<string, string>();
  const s = new Sheet(options, faults, at);
  s.set(0, 0, 'UBND TỈNH THÁI NGUYÊN');
  s.set(1, 0, `KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM ${data.year}`);
  s.merge(1, 0, 1, 5);
  let row = 2;
  if (options.communes === 'label') s.set(row++, 0, `Tổng số xã: ${data.communes}`);
  else if (options.communes === 'title-words') s.set(row++, 0, `(Toàn tỉnh có ${data.communes} xã)`);
  row++;
  const end = targets(data, s, row, 0);
  if (options.second === 'stacked') distribution(data, s, end + 2, 0);
  if (options.second === 'beside') distribution(data, s, row - 2, (options.unitColumn ? 7 : 6) + 1);
  const width = Math.max(...s.rows.map((r) => r.length));
  const values = s.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  const formats = values.map((r, i) => r.map((_, j) => s.formats[a1(i, j)] ?? null));
  return { sheet: { name: spell('Kế hoạch 2027', options.spelling), origin: { row: 0, col: 0 }, values, merges: s.merges, numberFormats: formats }, at, layout };
}

/** The value a datum holds in the data (what a fault is planted against). */
export function valueOf(data: PlanData, datum: string): number {
  const criterion = /^c(\d+)\.(baseline|added|end|share)$/.exec(datum);
  if (criterion) {
    const c = data.criteria[Number(criterion[1]) - 1];
    const end = c.baseline + c.added;
    return { baseline: c.baseline, added: c.added, end, share: share(end, data.communes) }[criterion[2] as 'baseline' | 'added' | 'end' | 'share'];
  }
  const group = /^g(\d+)\.(count|share)$/.exec(datum);
  if (group) {
    const g = data.groups[Number(group[1]) - 1];
    return group[2] === 'count' ? g.count : share(g.count, data.communes);
  }
  return data.communes;
}
