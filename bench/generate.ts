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
  return { name: `${size.name}.xlsx`, sheets: [assignment, targets, funding, tasks] };
}
