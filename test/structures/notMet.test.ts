/**
 * What is not met beside the whole and what is: "Tổng số thôn | Số thôn đạt chuẩn NTM | Số thôn chưa đạt
 * chuẩn" per commune, "Tổng số xã | Số xã đạt chuẩn | Số xã chưa đạt chuẩn" per commune group. Each unit of
 * the whole is met or not, so on each row (the totals row too) what is not met is the whole less what is.
 * Before, that was related to nothing: a wrong count not met passed unless it broke the column's total (a
 * guess, a warning only). Clean says nothing; one wrong count is one error, at its cell; blank counts are
 * filled as whole − met; every layout and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Layout = { name: string; title: string; label: string; heads: [string, string, string]; units: string[]; among?: string };
const LAYOUTS: Layout[] = [
  { name: 'villages by commune', title: 'TÌNH HÌNH XÂY DỰNG THÔN NÔNG THÔN MỚI ĐẾN 31/12/2026', label: 'Tên xã', heads: ['Tổng số thôn', 'Số thôn đạt chuẩn NTM', 'Số thôn chưa đạt chuẩn'], units: ['Xã Hòa An', 'Xã Nam Tuấn', 'Xã Bạch Đằng', 'Xã Quang Trung', 'Xã Hồng Việt', 'Xã Đức Long'] },
  { name: 'villages, a "Trong đó" column between', title: 'THÔN ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2026', label: 'Tên xã', heads: ['Tổng số thôn', 'Số thôn đạt chuẩn', 'Số thôn chưa đạt chuẩn'], units: ['Xã Hòa An', 'Xã Nam Tuấn', 'Xã Bạch Đằng', 'Xã Quang Trung', 'Xã Hồng Việt'], among: 'Trong đó: thôn NTM kiểu mẫu' },
  { name: 'communes by group', title: 'KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI THEO NHÓM XÃ', label: 'Nhóm xã', heads: ['Tổng số xã', 'Số xã đạt chuẩn nông thôn mới', 'Số xã chưa đạt chuẩn'], units: ['Xã nhóm 1', 'Xã nhóm 2', 'Xã nhóm 3'] },
];

type Options = { wrong?: { line: number; by: number }; blank?: boolean };

function book(layout: Layout, o: Options = {}): { book: WorkbookSnapshot; cell: (i: number) => string } {
  const whole = layout.units.map((_, i) => 9 + 3 * i);
  const met = layout.units.map((_, i) => 4 + (i % 3));
  const among = layout.units.map((_, i) => i % 2);
  const extra = layout.among ? 1 : 0;
  const rows: CellValue[][] = [[layout.title], [], ['TT', layout.label, layout.heads[0], layout.heads[1], ...(layout.among ? [layout.among] : []), layout.heads[2]]];
  layout.units.forEach((name, i) => rows.push([i + 1, name, whole[i], met[i], ...(layout.among ? [among[i]] : []), o.blank ? null : whole[i] - met[i] + (o.wrong?.line === i ? o.wrong.by : 0)]));
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  rows.push(['', 'Tổng cộng', sum(whole), sum(met), ...(layout.among ? [sum(among)] : []), o.blank ? null : sum(whole) - sum(met)]);
  return { book: { name: 't.xlsx', sheets: [sheet('Thon', rows)] }, cell: (i) => a1(i < 0 ? 3 + layout.units.length : 3 + i, 4 + extra) };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(notInfo(book(layout).book)).toEqual([]);
  });
  test('one count not met off by one: one error, at its cell', () => {
    const { book: b, cell } = book(layout, { wrong: { line: 1, by: 1 } });
    expect(notInfo(b)).toEqual([`${cell(1)} relation-mismatch error`]);
  });
  test('blank counts not met are filled as the whole less what is met', () => {
    const { book: b, cell } = book(layout, { blank: true });
    const writes = new Map(cellWrites(planFill(b, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    layout.units.forEach((_, i) => expect(writes.get(cell(i))?.value).toBe(9 + 3 * i - (4 + (i % 3))));
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { wrong: { line: 0, by: -1 } }]) {
        const { book: b } = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
