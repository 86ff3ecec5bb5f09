/**
 * Findings are data: a check names what it counted and what it compared with by keys (`subject`,
 * `basis`); the words come from the vi/en maps when the finding is shown.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { BASES, SUBJECTS } from '../../src/domain/findings/subjects';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';

const rows: CellValue[][] = [
  ['KẾ HOẠCH NĂM 2027'], ['Tổng số xã: 10'],
  ['TT', 'Tiêu chí', 'Số xã đạt đến 31/12/2026', 'Số xã phấn đấu đạt thêm năm 2027', 'Lũy kế số xã đạt đến 31/12/2027', 'Tỷ lệ (%)'],
  [1, 'Quy hoạch', 5, 2, 8, 80], [2, 'Hạ tầng kinh tế - xã hội', 6, 1, 7, 70],
];

test('a cumulative one too many: keys in the params, words in each language', () => {
  const book = { name: 'a.xlsx', sheets: [sheet('Chỉ tiêu', rows)] };
  const [vi] = checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity === 'error');
  const [en] = checkWorkbook(book, {}, 'en').issues.filter((i) => i.severity === 'error');
  expect(vi.params).toEqual({ subject: 'cumulative', basis: 'baseline-plus-added' });
  expect(vi.message).toBe('Lũy kế ghi 8 nhưng tính được 7 (đã đạt + đạt thêm).');
  expect(en.message).toBe('Cumulative states 8 but the data give 7 (baseline + added).');
});

test('every subject and basis has its Vietnamese and English words', () => {
  for (const [vi, en] of [...Object.values(SUBJECTS), ...Object.values(BASES)]) {
    expect(vi.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(en).not.toMatch(/[ăâđêôơư]/i);
  }
});
