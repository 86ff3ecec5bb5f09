/**
 * A distribution of communes by criteria met with its own totals row and no number of communes stated
 * elsewhere (Tây Ninh, 01/2021: 35 · 14 · 20 · 2 of 71; Vĩnh Long, 10/2018: 10 · 26 · 38 · 15 of 89).
 * When the totals row is the typo (72 where the groups add up to 71 and every share is of 71), the
 * error is said once, at the total; the shares, which hold with the groups' whole, are not blamed too.
 * Before, every share was checked against the wrong total: one error per group. And with the total and
 * the shares blank, the fill writes the total and each share of it (before, no share was written: "no
 * number of communes"). Every spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Layout = { name: string; title: string; head: [string, string, string]; bands: [string, number][]; total: string };
const LAYOUTS: Layout[] = [
  { name: 'Tây Ninh 2021, 19 criteria', title: 'PHÂN LOẠI XÃ THEO SỐ TIÊU CHÍ NÔNG THÔN MỚI ĐẠT ĐƯỢC', head: ['TT', 'Phân loại theo nhóm', 'Số xã'], total: 'Tổng cộng',
    bands: [['Đạt 19 tiêu chí (đã có quyết định công nhận)', 35], ['Đạt từ 15 - 18 tiêu chí', 14], ['Đạt từ 10 - 14 tiêu chí', 20], ['Đạt từ 05 - 09 tiêu chí', 2], ['Dưới 05 tiêu chí', 0]] },
  { name: 'Vĩnh Long 2018, bands from the top', title: 'TỔNG HỢP MỨC ĐỘ ĐẠT TIÊU CHÍ NÔNG THÔN MỚI CỦA CÁC XÃ', head: ['STT', 'Nội dung', 'Số xã'], total: 'Tổng số',
    bands: [['Xã đạt 19 tiêu chí', 10], ['Xã đạt từ 15 - 18 tiêu chí', 26], ['Xã đạt từ 10 - 14 tiêu chí', 38], ['Xã đạt từ 5 - 9 tiêu chí', 15], ['Xã đạt dưới 5 tiêu chí', 0]] },
  { name: '10 criteria (2026–2030)', title: 'SỐ XÃ THEO SỐ TIÊU CHÍ ĐẠT (BỘ TIÊU CHÍ GIAI ĐOẠN 2026 - 2030)', head: ['TT', 'Nhóm xã theo số tiêu chí đạt', 'Số xã'], total: 'Cộng',
    bands: [['Đạt 10 tiêu chí', 31], ['Đạt từ 8 - 9 tiêu chí', 25], ['Đạt từ 5 - 7 tiêu chí', 20], ['Đạt từ 3 - 4 tiêu chí', 6], ['Dưới 3 tiêu chí', 2]] },
];

type Options = { totalBy?: number; blank?: boolean };
const r1 = (x: number) => Math.round(x * 10) / 10;

function book(layout: Layout, o: Options = {}): WorkbookSnapshot {
  const whole = layout.bands.reduce((t, [, c]) => t + c, 0);
  const rows: CellValue[][] = [[layout.title], ['Đơn vị tính: xã'], [...layout.head, 'Tỷ lệ (%)']];
  layout.bands.forEach(([label, count], i) => rows.push([i + 1, label, count, o.blank ? null : r1((count / whole) * 100)]));
  rows.push(['', layout.total, o.blank ? null : whole + (o.totalBy ?? 0), o.blank ? null : 100]);
  return { name: 't.xlsx', sheets: [sheet('Phan loai', rows)] };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);
const totalCell = (layout: Layout) => `C${4 + layout.bands.length}`;

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: nothing to say', () => {
    expect(notInfo(book(layout))).toEqual([]);
  });
  test.each([1, -1])('the total off by %i: one error, at the total, none at the shares', (by) => {
    expect(notInfo(book(layout, { totalBy: by }))).toEqual([`${totalCell(layout)} total-mismatch error`]);
  });
  test('blank total and shares: the total and every share of it are filled', () => {
    const b = book(layout, { blank: true });
    const whole = layout.bands.reduce((t, [, c]) => t + c, 0);
    const writes = new Map(cellWrites(planFill(b, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    expect(writes.get(totalCell(layout))?.value).toBe(whole);
    layout.bands.forEach(([, count], i) => {
      const w = writes.get(`D${4 + i}`);
      expect(w?.formula).toContain(`$C$${4 + layout.bands.length}`);
      expect(w?.value).toBeCloseTo((count / whole) * 100, 6);
    });
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { totalBy: 1 }]) {
        const b = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
