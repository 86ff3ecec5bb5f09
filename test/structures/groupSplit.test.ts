/**
 * Communes counted by the 2026–2030 commune groups (Quyết định 51/2025/QĐ-TTg: nhóm 1, 2, 3), as a
 * provincial summary lays them out: "Tổng số xã | Phân nhóm theo Quyết định 51: Nhóm 1 | Nhóm 2 | Nhóm 3",
 * one row per former district or đặc khu, "Toàn tỉnh" on top. "Nhóm 1" under such a header is the count
 * of the communes OF group 1 — not a column naming each row's group (a "0" or a "4" there is a count, never
 * an invalid group), and the total is the sum of the three. Clean says nothing; one changed count is an
 * error at its cell; every wording of the split and every spelling give the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const UNITS: [string, number[]][] = [
  ['Khu vực huyện Ba Chẽ (cũ)', [0, 2, 2]], ['Khu vực huyện Bình Liêu (cũ)', [0, 1, 3]], ['Khu vực huyện Tiên Yên (cũ)', [1, 3, 1]],
  ['Khu vực huyện Đầm Hà (cũ)', [1, 3, 0]], ['Khu vực huyện Hải Hà (cũ)', [2, 3, 1]], ['Khu vực thị xã Đông Triều (cũ)', [4, 2, 0]],
  ['Đặc khu Vân Đồn', [1, 0, 0]], ['Đặc khu Cô Tô', [0, 1, 0]],
];
const total = (g: number[]) => g.reduce((a, b) => a + b, 0);
const column = (j: number) => total(UNITS.map(([, g]) => g[j]));

/** The split's wordings: the group header and the three leaves. */
const WORDINGS: [string, string[]][] = [
  ['Phân nhóm theo Quyết định số 51/2025/QĐ-TTg', ['Nhóm 1', 'Nhóm 2', 'Nhóm 3']],
  ['Phân loại xã theo nhóm', ['Nhóm I', 'Nhóm II', 'Nhóm III']],
  ['Chia theo nhóm xã', ['Xã nhóm 1', 'Xã nhóm 2', 'Xã nhóm 3']],
];

function groups(wording: [string, string[]], change?: { unit: number; group: number; by: number }, blankShares = false): { book: WorkbookSnapshot; cell: (unit: number, group: number) => string } {
  const [over, leaves] = wording;
  const all = [column(0), column(1), column(2)];
  const rows: CellValue[][] = [
    ['BIỂU TỔNG HỢP PHÂN NHÓM XÃ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030'],
    [],
    ['TT', 'Đơn vị', 'Tổng số xã, đặc khu', over, null, null, `Tỷ lệ ${leaves[2].startsWith('Xã') ? '' : 'xã '}${leaves[2].toLowerCase()} (%)`],
    [null, null, null, ...leaves, null],
    [null, 'Toàn tỉnh', total(all), ...all, blankShares ? null : Math.round((all[2] / total(all)) * 1000) / 10],
    ...UNITS.map(([name, g], i): CellValue[] => [i + 1, name, total(g), ...g.map((x, j) => x + (change?.unit === i && change.group === j ? change.by : 0)), blankShares ? null : Math.round((g[2] / total(g)) * 1000) / 10 + (change?.unit === i && change.group === 3 ? change.by : 0)]),
  ];
  const book = { name: 'phan-nhom.xlsx', sheets: [sheet('Phan nhom xa', rows, { merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4'] })] };
  return { book, cell: (unit, group) => a1(5 + unit, 3 + group) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(WORDINGS)('"%s" over the three groups', (...wording) => {
  test('clean: nothing to say (a "0" or a "4" under "Nhóm 1" is a count, not a group)', () => {
    expect(notInfo(groups(wording).book)).toEqual([]);
  });

  test('one group count changed: an error at its cell, nothing else', () => {
    const { book, cell } = groups(wording, { unit: 4, group: 1, by: 1 });
    const errors = checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => i.cell);
    expect(errors).toContain(cell(4, 1));
    expect(errors.every((c) => c === cell(4, 1) || c === 'C10' || c === 'E5')).toBe(true);
  });

  test('"Tỷ lệ xã nhóm 3" changed: one error, at its cell (the part it names over the row\'s total)', () => {
    const { book, cell } = groups(wording, { unit: 1, group: 3, by: 9 });
    expect(notInfo(book)).toEqual([`${cell(1, 3)} percent-mismatch error`]);
  });

  test('blank shares of group 3 are filled: its communes over the row\'s', () => {
    const { book, cell } = groups(wording, undefined, true);
    const writes = new Map(cellWrites(planFill(book, {}).plan).map((w) => [w.cell.replace(/^.*!/, ''), w.value]));
    UNITS.forEach(([, g], i) => expect(Math.abs((writes.get(cell(i, 3)) as number) - (g[2] / total(g)) * 100)).toBeLessThan(0.051));
  });
});

test('every wording gives the same findings, clean and changed', () => {
  for (const change of [undefined, { unit: 2, group: 0, by: 2 }]) {
    const found = WORDINGS.map((w) => findingsOf(groups(w, change).book));
    for (const f of found) expect(f).toEqual(found[0]);
  }
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [groups(WORDINGS[0]), groups(WORDINGS[0], { unit: 5, group: 2, by: 1 })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
