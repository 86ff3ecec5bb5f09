/**
 * A funding list headed only "TT | Nguồn vốn | Năm 2027" (no unit line, no word "vốn" over the
 * figures): rows of sources under one column of a year are that year's amounts, read and checked
 * like any funding list, not left unread.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';
import { sheet } from '../helpers/sheets';

const book = (total: number) => ({
  name: 'von.xlsx',
  sheets: [sheet('Nguồn vốn', [
    ['DỰ KIẾN NGUỒN VỐN XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    ['TT', 'Nguồn vốn', 'Năm 2027'],
    ['1', 'Ngân sách trung ương', 228770], ['-', 'Vốn đầu tư phát triển', 182450], ['-', 'Vốn sự nghiệp', 46320],
    ['2', 'Ngân sách địa phương', 113600],
    [null, 'Tổng cộng', total],
  ] as CellValue[][])],
});

test('read as a funding list: nothing to say when it adds up, an error at the total when it does not', () => {
  const clean = checkWorkbook(book(342370), {}, 'vi');
  expect(clean.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  expect(clean.issues.map((i) => i.code)).toContain('sheet-read');
  expect(checkWorkbook(book(342470), {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`)).toEqual(['C7 total-mismatch']);
});

test.each(Object.keys(VARIANTS))('the same typed %s', (variant) => {
  for (const total of [342370, 342470]) expect(findingsOf(variantOf(book(total), variant))).toEqual(findingsOf(book(total)));
});
