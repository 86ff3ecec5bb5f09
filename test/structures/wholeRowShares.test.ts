/**
 * A summary list with the whole on a row of its own and a share column, as national and provincial
 * reports print it (VPĐP, 01/2025: "Tổng số xã 8.014 | Số xã đạt chuẩn NTM 6.250 (78%) | Trong đó: xã
 * NTM nâng cao 2.275 (36,4%), kiểu mẫu 550 (8,8%)"): each count of the whole's unit is a share of it; a
 * part under "Trong đó" is a share of the count it is part of (as published: 2.275/6.250) or of the
 * whole, whichever its stated share holds with. Before, the table was read with no relation and
 * reported unread. Clean says nothing; one wrong share is one error at its cell; the same in every
 * spelling.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Layout = { name: string; unit: string; whole: [string, number]; count: [string, number]; parts: [string, number][]; partsOf: 'count' | 'whole' };
const LAYOUTS: Layout[] = [
  { name: 'national 01/2025, parts of the communes met', unit: 'xã', whole: ['Tổng số xã', 8014], count: ['Số xã đạt chuẩn nông thôn mới', 6250], parts: [['Xã đạt chuẩn NTM nâng cao', 2275], ['Xã đạt chuẩn NTM kiểu mẫu', 550]], partsOf: 'count' },
  { name: 'a province, parts of every commune', unit: 'xã', whole: ['Tổng số xã', 120], count: ['Số xã đạt chuẩn NTM', 45], parts: [['Số xã đạt chuẩn NTM nâng cao', 12], ['Số xã đạt chuẩn NTM kiểu mẫu', 3]], partsOf: 'whole' },
  { name: 'villages', unit: 'thôn', whole: ['Tổng số thôn', 1250], count: ['Số thôn đạt chuẩn NTM', 610], parts: [['Thôn đạt chuẩn NTM kiểu mẫu', 85]], partsOf: 'count' },
];
const r1 = (x: number) => Math.round(x * 10) / 10;
type Options = { off?: 'count' | 'part'; blank?: boolean };

function book(l: Layout, o: Options = {}): WorkbookSnapshot {
  const [, W] = l.whole; const [, C] = l.count;
  const share = (v: number, of: number, off: boolean) => (o.blank ? null : r1((v / of) * 100) + (off ? 1.3 : 0));
  const rows: CellValue[][] = [['KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI'], [], ['STT', 'Chỉ tiêu', 'ĐVT', 'Số lượng', 'Tỷ lệ (%)'],
    ['1', l.whole[0], l.unit, W, null],
    ['2', l.count[0], l.unit, C, share(C, W, o.off === 'count')],
    [null, 'Trong đó:', null, null, null],
    ...l.parts.map(([label, v], i): CellValue[] => ['-', label, l.unit, v, share(v, l.partsOf === 'count' ? C : W, o.off === 'part' && i === l.parts.length - 1)])];
  return { name: 't.xlsx', sheets: [sheet('Tong hop', rows)] };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('clean: read, nothing to say', () => {
    expect(notInfo(book(layout))).toEqual([]);
  });
  test('the count\'s share off: one error, at it', () => {
    expect(notInfo(book(layout, { off: 'count' }))).toEqual(['E5 percent-mismatch error']);
  });
  test('a part\'s share off: one error, at it', () => {
    expect(notInfo(book(layout, { off: 'part' }))).toEqual([`E${6 + layout.parts.length} percent-mismatch error`]);
  });
  test('blank shares are filled: the count of the whole, a part of its count', () => {
    const writes = new Map(cellWrites(planFill(book(layout, { blank: true }), {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
    expect(writes.get('E5')?.value).toBeCloseTo((layout.count[1] / layout.whole[1]) * 100, 6);
    layout.parts.forEach(([, v], i) => expect(writes.get(`E${7 + i}`)?.value).toBeCloseTo((v / layout.count[1]) * 100, 6));
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const o of [{}, { off: 'part' as const }]) {
        const b = book(layout, o);
        expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
      }
    }
  });
});
