/**
 * Synthetic but realistic planning workbooks at district, province and national size:
 * an assignment (communes × criteria, marks, villages, goal), targets, funding and tasks.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/domain/sheet/snapshot';
import { sheet } from '../test/helpers/sheets';
import { TASKS_2019 } from '../test/fixtures/langSonTasks2019';

export type Size = { name: string; communes: number; criteria: number };

export const SIZES: Size[] = [
  { name: 'district', communes: 20, criteria: 19 },
  { name: 'province', communes: 200, criteria: 19 },
  { name: 'national', communes: 8000, criteria: 60 },
];

/** A deterministic pseudo-random sequence (the same workbook every run). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticWorkbook(size: Size): WorkbookSnapshot {
  const next = random(size.communes * 31 + size.criteria);
  const numbers = Array.from({ length: size.criteria }, (_, i) => i + 1);
  const rows: CellValue[][] = [
    [`BIỂU GIAO CHỈ TIÊU NĂM 2025 (${size.name})`],
    ['TT', 'Tên xã', ...numbers, 'Tổng số thôn', 'Số thôn đã đạt chuẩn NTM', 'Số thôn phấn đấu đạt NTM', 'Mục tiêu năm 2025'],
  ];
  for (let i = 0; i < size.communes; i++) {
    const marks = numbers.map(() => { const r = next(); return r < 0.6 ? 'x' : r < 0.75 ? 'KH' : null; });
    const villages = 5 + Math.floor(next() * 10);
    const met = Math.floor(next() * villages / 2);
    rows.push([i + 1, `Xã ${i + 1}`, ...marks, villages, met, Math.floor(next() * (villages - met)), marks.every(Boolean) ? 'Đạt chuẩn NTM' : 'Tăng tiêu chí']);
  }
  const assignment: SheetSnapshot = sheet('Giao chỉ tiêu', rows);
  const targets = sheet('Chỉ tiêu', [
    ['CHỈ TIÊU NĂM 2025'], [`Tổng số xã: ${size.communes}`],
    ['TT', 'Tiêu chí', 'Đã đạt', 'Đạt thêm', 'Lũy kế', 'Tỷ lệ (%)'],
    ...numbers.map((n) => { const base = Math.floor(next() * size.communes * 0.8); const add = Math.floor(next() * (size.communes - base) * 0.3); return [n, `Tiêu chí ${n}`, base, add, base + add, Math.round(((base + add) / size.communes) * 1000) / 10]; }),
  ]);
  const funding = sheet('Nguồn vốn', [
    ['TT', 'Nguồn vốn', 'Số tiền (triệu đồng)', 'Tỷ lệ (%)'],
    ['1', 'Ngân sách', null, null], ['-', 'Trung ương', 4000, null], ['-', 'Địa phương', 1500, null],
    ['2', 'Lồng ghép', 2500, null], ['3', 'Tín dụng', 9000, null], [null, 'Tổng cộng', null, null],
  ]);
  const tasks = sheet('Nhiệm vụ', [['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'], ...TASKS_2019.map((r) => [...r])]);
  const units = Math.min(size.communes, 3300);
  return { name: `${size.name}.xlsx`, sheets: [assignment, targets, funding, tasks, rollup(units, next), fundingGrid(units, next)] };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * A roll-up by unit as a national office would make it: provinces (I, II, …) with their communes
 * below them, a "Toàn quốc" row on top; each row: communes, met so far, added in 2027, cumulative,
 * share, average criteria per commune. Consistent throughout.
 */
function rollup(communes: number, next: () => number): SheetSnapshot {
  const provinces = Math.max(1, Math.round(communes / 97));
  const rows: CellValue[][] = [
    ['TỔNG HỢP KẾT QUẢ VÀ KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Đơn vị', 'Số xã', 'Số xã đạt chuẩn đến hết năm 2026', 'Kế hoạch năm 2027', null, null, 'Bình quân tiêu chí/xã'],
    [null, null, null, null, 'Đạt thêm', 'Lũy kế', 'Tỷ lệ (%)', null],
  ];
  const lines = (name: string, tt: string, n: number, met: number, added: number, criteria: number): CellValue[] => [tt, name, n, met, added, met + added, round1(((met + added) / n) * 100), round1(criteria)];
  const blocks: CellValue[][][] = [];
  let total = { n: 0, met: 0, added: 0, criteria: 0 };
  const roman = (k: number) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][k % 10] + (k >= 10 ? `.${Math.floor(k / 10)}` : '');
  for (let p = 0; p < provinces; p++) {
    const size = p === provinces - 1 ? communes - Math.floor(communes / provinces) * (provinces - 1) : Math.floor(communes / provinces);
    const block: CellValue[][] = [];
    const sum = { n: 0, met: 0, added: 0, criteria: 0 };
    for (let i = 0; i < size; i++) {
      const met = next() < 0.4 ? 1 : 0;
      const added = met ? 0 : next() < 0.2 ? 1 : 0;
      const criteria = met ? 10 : 3 + Math.floor(next() * 7);
      block.push(lines(`Xã ${p + 1}.${i + 1}`, String(i + 1), 1, met, added, criteria));
      sum.n += 1; sum.met += met; sum.added += added; sum.criteria += criteria;
    }
    blocks.push([[roman(p), `Tỉnh ${p + 1}`, sum.n, sum.met, sum.added, sum.met + sum.added, round1(((sum.met + sum.added) / sum.n) * 100), round1(sum.criteria / sum.n)], ...block]);
    total = { n: total.n + sum.n, met: total.met + sum.met, added: total.added + sum.added, criteria: total.criteria + sum.criteria };
  }
  rows.push(lines('Toàn quốc', '', total.n, total.met, total.added, total.criteria / total.n));
  for (const block of blocks) rows.push(...block);
  const snapshot = sheet('Tổng hợp toàn quốc', rows);
  return { ...snapshot, merges: [{ top: 1, left: 4, bottom: 1, right: 6 }, ...[0, 1, 2, 3, 7].map((col) => ({ top: 1, left: col, bottom: 2, right: col }))] };
}

/** A 2-D funding table: communes × sources (NSTW | NSĐP under "Ngân sách nhà nước", …), totals row and column. */
function fundingGrid(communes: number, next: () => number): SheetSnapshot {
  const rows: CellValue[][] = [
    ['NHU CẦU VỐN THỰC HIỆN NĂM 2027', null, null, null, null, null, null, 'ĐVT: triệu đồng'],
    ['TT', 'Tên xã', 'Tổng cộng', 'Ngân sách nhà nước', null, 'Vốn lồng ghép', 'Vốn tín dụng', 'Nhân dân đóng góp'],
    [null, null, null, 'NSTW', 'NSĐP', null, null, null],
  ];
  const totals = [0, 0, 0, 0, 0];
  const body: CellValue[][] = [];
  for (let i = 0; i < communes; i++) {
    const amounts = totals.map(() => Math.round(next() * 5000));
    amounts.forEach((a, k) => { totals[k] += a; });
    body.push([i + 1, `Xã ${i + 1}`, amounts.reduce((t, a) => t + a, 0), ...amounts]);
  }
  rows.push(...body, [null, 'Tổng cộng', totals.reduce((t, a) => t + a, 0), ...totals]);
  const snapshot = sheet('Vốn theo xã', rows);
  return { ...snapshot, merges: [{ top: 1, left: 3, bottom: 1, right: 4 }, ...[0, 1, 2, 5, 6, 7].map((col) => ({ top: 1, left: col, bottom: 2, right: col }))] };
}
