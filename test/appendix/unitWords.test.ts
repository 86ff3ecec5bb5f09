/**
 * Since 7/2025 a province's communes include wards (phường) and special zones (đặc khu): the appendix
 * names each by its own unit word, as typed on the sheet, never "xã" for all ("UBND phường Nam Sơn",
 * "đặc khu Cô Tô"); names typed without a word stay "xã". Typed without diacritics or in NFD too.
 */
import { analyzeWorkbook } from '../../src/domain/engine';
import { buildAppendix } from '../../src/domain/appendix/build';
import { communeList } from '../../src/domain/appendix/fromAssignment';
import { unitWordOf } from '../../src/domain/text/communeName';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet, workbook } from '../helpers/sheets';
import { strip, VARIANTS } from '../helpers/variants';

test.each([
  ['Xã Lê Lợi', 'xã'], ['Lê Lợi', 'xã'], ['Phường Nam Sơn', 'phường'], ['PHƯỜNG NAM SƠN', 'phường'], ['Thị trấn Đông Khê', 'thị trấn'],
  ['Đặc khu Cô Tô', 'đặc khu'], ['phuong Nam Son', 'phường'], ['dac khu Co To', 'đặc khu'], ['Phường Nam Sơn'.normalize('NFD'), 'phường'],
  // A word inside a name is no unit word.
  ['Xuân Phường', 'xã'],
])('%s is a %s', (name, word) => {
  expect(unitWordOf(name)).toBe(word);
});

test('a list names each with its own word', () => {
  expect(communeList(['Xã Lê Lợi', 'Vân Trình', 'Phường Nam Sơn', 'Đặc khu Cô Tô'])).toBe('xã Lê Lợi, xã Vân Trình, phường Nam Sơn, đặc khu Cô Tô');
});

const assignment = (names: string[]) => sheet('Giao chỉ tiêu', [
  ['KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
  ['TT', 'Tên xã, phường', 'Nhóm xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  ...names.map((name, i): CellValue[] => [i + 1, name, 1, 'x', i === 1 ? 'KH' : 'x', 'x', 'x', 'x', 'KH', 'x', 'x', 'x', 'x']),
]);
const derived = (names: string[]) => buildAppendix(analyzeWorkbook(workbook(assignment(names)))).sections.flatMap((s) => s.rows).map((r) => [r.key, r.content.replace(/ \(.*\)/, ''), r.implementing]);

test('wards and a special zone keep their word: in what is planned and in who carries it out', () => {
  expect(derived(['Phường Nam Sơn', 'Đặc khu Cô Tô'])).toEqual([
    ['2', 'Phấn đấu thêm 1 đặc khu đạt tiêu chí số 2: đặc khu Cô Tô', 'UBND đặc khu Cô Tô'],
    ['6', 'Phấn đấu thêm 2 phường, đặc khu đạt tiêu chí số 6: phường Nam Sơn, đặc khu Cô Tô', 'UBND các phường, đặc khu: phường Nam Sơn, đặc khu Cô Tô'],
  ]);
});

test('wards only: "các phường"; communes only: as before', () => {
  expect(derived(['Phường Nam Sơn', 'Phường Bắc Sơn']).map((r) => r[2])).toEqual(['UBND phường Bắc Sơn', 'UBND các phường: Nam Sơn, Bắc Sơn']);
  expect(derived(['Xã An Phú', 'Bình Minh']).map((r) => r[2])).toEqual(['UBND xã Bình Minh', 'UBND các xã: An Phú, Bình Minh']);
  expect(derived(['Xã An Phú', 'Bình Minh'])[1][1]).toBe('Phấn đấu thêm 2 xã đạt tiêu chí số 6: xã An Phú, xã Bình Minh');
});

test.each(Object.keys(VARIANTS))('typed %s: the same words', (variant) => {
  const typed = VARIANTS[variant](assignment(['Phường Nam Sơn', 'Đặc khu Cô Tô']));
  const rows = buildAppendix(analyzeWorkbook(workbook(typed))).sections.flatMap((s) => s.rows);
  const as = (text: string) => (variant === 'no diacritics' ? strip(text) : text);
  expect(rows.map((r) => r.implementing.normalize('NFC'))).toEqual([`UBND đặc khu ${as('Cô Tô')}`, `UBND các phường, đặc khu: phường ${as('Nam Sơn')}, đặc khu ${as('Cô Tô')}`]);
});
