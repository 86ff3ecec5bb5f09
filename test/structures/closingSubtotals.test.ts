/**
 * Sections headed by a line without figures ("I | Khu vực miền núi") and closed by their own sum
 * ("Cộng khu vực miền núi"), STT restarting in each, a grand total under all ("Tổng cộng"). The
 * closing line is the section's sum, the grand total adds the sections' sums — never the empty
 * headings (the fill wrote =SUM of the two headings, 0). Clean says nothing; a wrong section sum
 * is an error at it; blank sums are filled right; the same in every variant.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const SECTIONS: [string, string, [string, number, number][]][] = [
  ['I', 'Khu vực miền núi', [['Xã Tân Lập', 14, 9], ['Xã Hòa Bình', 11, 7], ['Xã Minh Khai', 18, 15]]],
  ['II', 'Khu vực đồng bằng', [['Xã Đồng Tâm', 9, 4], ['Xã Quyết Thắng', 16, 12], ['Xã Phú Cường', 12, 12]]],
];
const pct = (m: number, n: number) => Math.round((m / n) * 1000) / 10;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function villages(o: { blank?: boolean; wrongSection?: number } = {}): { book: WorkbookSnapshot; sums: string[]; total: string } {
  const rows: CellValue[][] = [['SỐ THÔN ĐẠT CHUẨN KHU DÂN CƯ NÔNG THÔN MỚI THEO XÃ ĐẾN 31/12/2026'], [], ['STT', 'Tên xã', 'Tổng số thôn', 'Số thôn đạt chuẩn', 'Tỷ lệ (%)']];
  const sums: string[] = [];
  SECTIONS.forEach(([tt, name, members], s) => {
    rows.push([tt, name]);
    members.forEach(([commune, n, m], i) => rows.push([i + 1, commune, n, m, pct(m, n)]));
    const n = sum(members.map((x) => x[1])); const m = sum(members.map((x) => x[2]));
    rows.push([null, `Cộng ${name.toLowerCase()}`, o.blank ? null : n + (o.wrongSection === s ? 2 : 0), o.blank ? null : m, o.blank ? null : pct(m, n)]);
    sums.push(`C${rows.length}`);
  });
  const all = SECTIONS.flatMap((x) => x[2]);
  const n = sum(all.map((x) => x[1])); const m = sum(all.map((x) => x[2]));
  rows.push([null, 'Tổng cộng', o.blank ? null : n, o.blank ? null : m, o.blank ? null : pct(m, n)]);
  return { book: { name: 'thon.xlsx', sheets: [sheet('Thon theo KV', rows)] }, sums, total: `C${rows.length}` };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

test('clean: nothing to say', () => {
  expect(notInfo(villages().book)).toEqual([]);
});

test('a section\'s sum two too many: an error at it', () => {
  const { book, sums } = villages({ wrongSection: 1 });
  expect(notInfo(book).filter((f) => / error$/.test(f)).map((f) => f.split(' ')[0])).toContain(sums[1]);
});

test('blank sums: each section\'s over its communes, the grand total over the sections\' sums', () => {
  const { book, sums, total } = villages({ blank: true });
  const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w]));
  const met = (cell: string) => cell.replace('C', 'D');
  SECTIONS.forEach(([, , members], s) => {
    expect(writes.get(sums[s])?.value).toBe(sum(members.map((x) => x[1])));
    // "Số thôn đạt chuẩn" is a count like "Số xã đạt chuẩn": its sums are written, not left as a guess.
    expect(writes.get(met(sums[s]))?.value).toBe(sum(members.map((x) => x[2])));
  });
  expect(writes.get(total)?.value).toBe(sum(SECTIONS.flatMap((x) => x[2]).map((x) => x[1])));
  expect(writes.get(met(total))?.value).toBe(sum(SECTIONS.flatMap((x) => x[2]).map((x) => x[2])));
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [villages(), villages({ wrongSection: 0 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
