/**
 * A header typed again for the second printed page soon after the first rows (after one, two or three
 * communes): the same table goes on under it, and the findings are those of the table without it, at
 * the same data. Before, a repeat within three rows of the first data made the real header look like
 * data repeating its words: the rows above the repeat were lost, the table started at the repeat and
 * the totals row was compared with the communes under it only (four false errors on a clean table).
 */
import { checkWorkbook } from '../../src/domain/engine';
import { READ_CODES } from '../../src/domain/findings/codes';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const COMMUNES: [string, number, number, number][] = [['Xã Hòa An', 9, 4, 1], ['Xã Nam Tuấn', 11, 6, 2], ['Xã Bạch Đằng', 8, 3, 3], ['Xã Quang Trung', 13, 7, 1], ['Xã Lê Lai', 10, 5, 2]];
const pct = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

type Header = 'one row' | 'two rows';
const HEADERS: Record<Header, CellValue[][]> = {
  'one row': [['TT', 'Xã', 'Tổng số ấp', 'Số ấp đã đạt', 'Số ấp đạt thêm năm 2027', 'Tổng số ấp đạt đến cuối năm 2027', 'Tỷ lệ (%)']],
  'two rows': [
    ['TT', 'Xã', 'Tổng số ấp', 'Số ấp đạt chuẩn NTM kiểu mẫu', null, null, null],
    [null, null, null, 'Đã đạt', 'Đạt thêm năm 2027', 'Lũy kế đến cuối năm 2027', 'Tỷ lệ (%)'],
  ],
};
const MERGES: Record<Header, string[]> = { 'one row': [], 'two rows': ['A2:A3', 'B2:B3', 'C2:C3', 'D2:G2'] };

/** The roll-up, its header typed again after `after` communes (none: 0); `wrong` types one commune's added count one more. */
function villages(header: Header, after: number, wrong?: number): { book: WorkbookSnapshot; rowOf: (row: number) => number } {
  const head = HEADERS[header];
  const lines = COMMUNES.map(([name, all, met, added], i): CellValue[] => [i + 1, name, all, met, i === wrong ? added + 1 : added, met + added, pct(met + added, all)]);
  const sum = (k: number) => lines.reduce((t, l) => t + (l[k] as number), 0);
  const totals: CellValue[] = [null, 'Tổng', sum(2), sum(3), sum(4), sum(5), pct(sum(5), sum(2))];
  const body = after > 0 ? [...lines.slice(0, after), ...head, ...lines.slice(after)] : lines;
  const rows = [['SỐ ẤP ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU MẪU NĂM 2027'], ...head, ...body, totals];
  const firstData = 1 + head.length;
  const repeatMerges = after > 0 ? MERGES[header].map((m) => m.replace(/\d+/g, (n) => String(Number(n) + head.length + after))) : [];
  return {
    book: { name: 'ap.xlsx', sheets: [sheet('Ap kieu mau', rows, { merges: [...MERGES[header], ...repeatMerges] })] },
    // A row of the table without the repeat (1-based), where it stands with it.
    rowOf: (row) => (after > 0 && row > firstData + after ? row + head.length : row),
  };
}

/** Findings of the table without the repeat, moved to where their rows stand with it. */
function moved(book: WorkbookSnapshot, rowOf: (row: number) => number): string[] {
  return findingsOf(book).map((line) => line.replace(/!([A-Z]+)(\d+) /, (_m, col: string, row: string) => `!${col}${rowOf(Number(row))} `));
}

describe.each(Object.keys(HEADERS) as Header[])('a header of %s', (header) => {
  describe.each([1, 2, 3])('typed again after %i communes', (after) => {
    test.each([['clean', undefined], ['a commune\'s added count one more', 1], ['the last commune\'s added count one more', 4]] as const)('%s: the findings of the table without the repeat', (_name, wrong) => {
      const plain = villages(header, 0, wrong);
      const { book, rowOf } = villages(header, after, wrong);
      expect(findingsOf(book)).toEqual(moved(plain.book, rowOf));
      if (wrong !== undefined) expect(findingsOf(book).some((f) => f.includes(' error'))).toBe(true);
      const read = checkWorkbook(book, {}, 'vi').issues.filter((i) => READ_CODES.includes(i.code));
      expect(read.map((i) => i.cell)).toEqual(['A2']);
    });

    test.each(Object.keys(VARIANTS))('typed %s: the same findings', (variant) => {
      for (const wrong of [undefined, 1]) {
        const { book } = villages(header, after, wrong);
        expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
      }
    });
  });
});
