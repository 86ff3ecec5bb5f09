import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBuiltinCatalog } from '../../src/domain/catalog/builtin';
import type { Catalog } from '../../src/domain/catalog/schema';
import { planFill } from '../../src/domain/fill/plan';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { assignmentSheet } from '../../src/domain/template/assignment';
import { workbookFromTemplate } from '../../src/hosts/xlsx/writeTemplate';
import { sheet } from '../helpers/sheets';
import { writeXlsx } from '../helpers/xlsx';

export const SET_2026 = findBuiltinCatalog('xa-ntm-2026-2030')!;
export const SET_2021 = findBuiltinCatalog('xa-ntm-2021-2025')!;

/** A commune as its office fills it in: one mark per criterion ('x' met, 'KH' planned, '' not met). */
export type Commune = { name: string; marks: string[]; group?: number; villages?: [number, number, number, number]; goal?: string; district?: string };

/** A commune's workbook made from the assignment template, optionally with the fill's formulas in it. */
export async function templateFile(dir: string, file: string, communes: readonly Commune[], options: { year?: number; catalog?: Catalog; filled?: boolean } = {}): Promise<string> {
  const catalog = options.catalog ?? SET_2026;
  const year = options.year ?? 2027;
  const table = assignmentSheet({
    catalog, year, communes: [],
    rows: communes.map((c) => ({ name: c.name, marks: c.marks.map((m): CellValue => m || null), villages: c.villages ?? [null, null, null, null], goal: c.goal ?? null, group: c.group ?? null, district: c.district ?? null })),
    district: communes.some((c) => c.district),
  });
  const plan = options.filled
    ? planFill({ sheets: [table.snapshot] }, { catalog: { catalog, reason: { kind: 'option', id: catalog.id } } }).plan
    : { writes: [], columns: [], merges: [], skipped: [], refused: [], ignored: [] };
  const target = path.join(dir, file);
  await workbookFromTemplate({ sheets: [table], plan }).xlsx.writeFile(target);
  return target;
}

/** Communes as columns, criteria as rows, marks "Đ / KH / CĐ" explained in a legend: how some offices lay it out. */
export async function sidewaysFile(dir: string, file: string, communes: readonly Commune[]): Promise<string> {
  const spell = (m: string) => (m === 'x' ? 'Đ' : m === 'KH' ? 'KH' : 'CĐ');
  const rows: CellValue[][] = [
    ['BIỂU ĐĂNG KÝ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027'],
    ['Ký hiệu: Đ - đã đạt; KH - phấn đấu đạt năm 2027; CĐ - chưa đạt'],
    ['TT', 'Tiêu chí', ...communes.map((c) => `Xã ${c.name}`)],
    ...SET_2026.criteria.map((criterion, k): CellValue[] => [k + 1, `Tiêu chí ${criterion.number}: ${criterion.name}`, ...communes.map((c) => spell(c.marks[k]))]),
  ];
  return writeXlsx(dir, file, [sheet('Đăng ký', rows)]);
}

/** A file that is no workbook at all (a broken download). */
export function corruptFile(dir: string, file: string): string {
  const target = path.join(dir, file);
  writeFileSync(target, Buffer.from('PK\u0003\u0004 this zip was cut off in the middle of the transfer'));
  return target;
}

/** Marks from a seed: a reproducible pattern, different for each commune. */
export function marksFor(seed: number, criteria = 10): string[] {
  return Array.from({ length: criteria }, (_, k) => ['x', 'x', 'KH', '', 'x', 'KH', 'x'][(seed * 3 + k * 5) % 7]);
}

/** What a commune's own sheet says of each criterion: its state now and in the plan year. */
export type OwnSheet = { title: string; sheet: string; now: (string | null)[]; plan: string[] };

/** A commune's own sheet (criteria down, its state and the plan year's, lines counting them): how a commune office often answers. */
export async function ownSheetFile(dir: string, file: string, own: OwnSheet): Promise<string> {
  const met = own.now.filter((m) => m === 'Đạt').length;
  const planned = own.plan.filter((m) => m === 'Phấn đấu đạt').length;
  const rows: CellValue[][] = [
    [own.title, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Tên tiêu chí', 'Kết quả đánh giá đến 31/12/2026', 'Kế hoạch năm 2027', 'Ghi chú'],
    ...SET_2026.criteria.map((c, k): CellValue[] => [k + 1, `Tiêu chí số ${c.number} - ${c.name}`, own.now[k], own.plan[k], null]),
    [],
    ['Số tiêu chí đã đạt đến 31/12/2026:', null, met],
    ['Số tiêu chí phấn đấu đạt năm 2027:', null, planned],
    ['Dự kiến đến 31/12/2027 đạt:', null, met + planned, 'tiêu chí'],
  ];
  return writeXlsx(dir, file, [sheet(own.sheet, rows)]);
}
