/**
 * An appraisal of the communes ("Kết quả đánh giá … năm 2026": Đạt / Chưa đạt under each criterion,
 * "Số xã đạt", "Tỷ lệ (%)") plans nothing: its fill writes the counts and the sheet's own share row
 * (of what is met), and adds no "planned" or "year end" rows below it. Before, the share row was left
 * blank and three rows were added, under the signature block.
 */
import { cellWrites } from '../../src/domain/fill/cells';
import { planFill } from '../../src/domain/fill/plan';
import { applyPlanToSnapshot } from '../../src/domain/fill/applyToSnapshot';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { adr, sheet } from '../helpers/sheets';
import { findingsOf, VARIANTS, variantOf } from '../helpers/variants';

const MARKS = [
  [1, 0, 1, 1, 1, 1, 1, 1, 0, 1],
  [1, 1, 1, 1, 1, 0, 1, 1, 1, 1],
  [1, 0, 1, 0, 1, 1, 0, 1, 1, 0],
  [0, 0, 1, 1, 1, 1, 0, 1, 0, 1],
  [1, 1, 1, 1, 1, 1, 1, 0, 1, 0],
  [1, 1, 0, 1, 1, 1, 1, 1, 0, 1],
];
const N = MARKS.length;
const met = (k: number) => MARKS.filter((m) => m[k] === 1).length;
const COLS = 'DEFGHIJKLM';

function appraisal(blank: boolean) {
  const rows: CellValue[][] = [
    ['KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ NÔNG THÔN MỚI CỦA CÁC XÃ NĂM 2026'],
    [],
    ['TT', 'Tên xã', 'Nhóm xã', 'Các tiêu chí'],
    [null, null, null, ...Array.from({ length: 10 }, (_, k) => k + 1)],
    ...MARKS.map((marks, i): CellValue[] => [i + 1, `Xã ${['Yên Hòa', 'Trung Sơn', 'Phúc Thịnh', 'Lam Hồng', 'Hồng Phong', 'Tân Dân'][i]}`, (i % 3) + 1, ...marks.map((m) => (m ? 'Đạt' : 'Chưa đạt'))]),
    ['Số xã đạt', null, null, ...Array.from({ length: 10 }, (_, k) => (blank ? null : met(k)))],
    ['Tỷ lệ (%)', null, null, ...Array.from({ length: 10 }, (_, k) => (blank ? null : Math.round((met(k) / N) * 1000) / 10))],
    [],
    [null, null, null, null, null, null, null, 'TM. ỦY BAN NHÂN DÂN'],
  ];
  return { name: 'danh-gia.xlsx', sheets: [sheet('Danh gia', rows)] };
}
const countRow = 4 + N + 1;
const shareRow = countRow + 1;

test('typed right: nothing to say', () => {
  expect(findingsOf(appraisal(false)).filter((f) => !f.endsWith(' info'))).toEqual([]);
});

test('blank: the counts and the sheet\'s own share row are written, in its units; no plan rows are added', () => {
  const book = appraisal(true);
  const { plan } = planFill(book);
  const writes = cellWrites(plan);
  const at = (role: string) => writes.filter((w) => w.role === role);
  expect(at('criterion.baseline').map((w) => w.cell)).toEqual(Array.from({ length: 10 }, (_, k) => `${COLS[k]}${countRow}`));
  expect(at('criterion.percent').map((w) => w.cell)).toEqual(Array.from({ length: 10 }, (_, k) => `${COLS[k]}${shareRow}`));
  at('criterion.percent').forEach((w, k) => expect(w.value).toBeCloseTo((met(k) / N) * 100, 9));
  expect(at('criterion.planned')).toEqual([]);
  expect(at('criterion.end')).toEqual([]);
  // Nothing written below the signature block for the criteria.
  expect(writes.filter((w) => w.role.startsWith('criterion.') && w.row > adr(`A${shareRow}`).row)).toEqual([]);
  expect(findingsOf(applyPlanToSnapshot(book, plan)).filter((f) => f.endsWith(' error'))).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings, and the same cells filled', () => {
    expect(findingsOf(variantOf(appraisal(false), variant))).toEqual(findingsOf(appraisal(false)));
    const cells = (book: WorkbookSnapshot) => cellWrites(planFill(book).plan).filter((w) => w.role.startsWith('criterion.')).map((w) => `${w.cell} ${w.role}`);
    expect(cells(variantOf(appraisal(true), variant))).toEqual(cells(appraisal(true)));
  });
});
