/**
 * Two responsibility matrices marked only with "x" side by side across blank columns: the criteria
 * down the rows on the left, the agencies down the rows on the right. Each is read as a matrix of its
 * own, as on a sheet of its own. Before, a range holding marks and no numbers counted as "labels
 * without figures" and was joined to the next range: one table of 25 columns, sixteen marks "không rõ
 * là chủ trì hay phối hợp". The line saying how a matrix was read calls only the one with its agencies
 * down the rows turned sideways.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { READ_CODES } from '../../src/domain/findings/codes';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, SPELLINGS } from '../helpers/variants';

const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const AGENCIES = ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ', 'Sở Khoa học và Công nghệ', 'Công an tỉnh'];
/** The agency leading each criterion. */
const LEAD = [0, 1, 0, 5, 4, 5, 6, 0, 5, 7];

const down: CellValue[][] = [
  ['TT', 'Tiêu chí', ...AGENCIES],
  ...CRITERIA.map((name, i): CellValue[] => [i + 1, name, ...AGENCIES.map((_, a) => (a === LEAD[i] ? 'x' : null))]),
];
const across: CellValue[][] = [
  ['TT', 'Sở, ngành', ...CRITERIA.map(() => 'Tiêu chí')],
  ['TT', 'Sở, ngành', ...CRITERIA.map((_, i) => i + 1)],
  ...AGENCIES.map((name, a): CellValue[] => [a + 1, name, ...CRITERIA.map((_, i) => (a === LEAD[i] ? 'x' : null))]),
];

const TITLE = 'PHÂN CÔNG CÁC SỞ, NGÀNH PHỤ TRÁCH TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030';

function together(): WorkbookSnapshot {
  const gap = down[0].length + 2;
  const rows: CellValue[][] = [[TITLE], []];
  for (let r = 0; r < Math.max(down.length, across.length); r++) {
    const left = down[r] ?? Array<CellValue>(down[0].length).fill(null);
    rows.push([...left, ...Array<CellValue>(gap - left.length).fill(null), ...(across[r] ?? [])]);
  }
  return { name: 'ma-tran.xlsx', sheets: [sheet('Phan cong', rows)] };
}

test.each(SPELLINGS)('typed %s: two matrices read, no mark called unclear', (_name, spelling) => {
  const book = together();
  const issues = checkWorkbook({ ...book, sheets: book.sheets.map(spelling) }, {}, 'vi').issues;
  const read = issues.filter((i) => READ_CODES.includes(i.code));
  expect(read.map((i) => i.cell)).toEqual(['A3', 'M3']);
  expect(read[0].message).toContain(`× ${AGENCIES.length} cơ quan`);
  expect(read[0].message).not.toContain('xoay ngang');
  expect(read[1].message).toContain('xoay ngang');
  expect(read[1].message).toContain(`× ${AGENCIES.length} cơ quan`);
  expect(findingsOf({ ...book, sheets: book.sheets.map(spelling) })).toEqual([]);
});
