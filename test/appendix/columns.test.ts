/** Column widths of the Word appendix from what the columns hold (the host's measure of Times New Roman). */
import { contentWidths, type MeasuredRow } from '../../src/hosts/docx/columns';
import { textWidth } from '../../src/hosts/docx/measure';

const PAGE = 14_286;
const rows: MeasuredRow[] = [
  { cells: ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'], bold: true, header: true },
  { cells: ['XIII', 'Chế độ thông tin, báo cáo'], bold: true, spans: true },
  { cells: ['1', 'Báo cáo kế hoạch, báo cáo tình hình triển khai, kết quả thực hiện Chương trình trên địa bàn các huyện, thành phố', 'BCĐ tỉnh', 'Sở, Ban, ngành, VPĐP, BCĐ cấp huyện, xã', 'Sở, Ban, ngành, VPĐP, BCĐ cấp huyện, xã', 'Định kỳ và đột xuất'], bold: false },
  { cells: ['2', 'Rà soát thực trạng theo bộ tiêu chí xã đạt chuẩn nông thôn mới nâng cao', 'UBND, BCĐ tỉnh', 'Sở KH&ĐT, NN&PTNT TC và VPĐP', 'BCĐ cấp huyện, xã', 'Năm 2027'], bold: false },
];
/** Points → twips, with Word's cell margins (108 twips a side). */
const inCell = (points: number) => points * 20 + 216;

describe('column widths from the content', () => {
  const widths = contentWidths(rows, 6, PAGE, 13);

  it('fill the page width exactly', () => {
    expect(widths.reduce((a, b) => a + b, 0)).toBe(PAGE);
  });

  it('break no word: each column holds its longest word, TT holds "XIII" in bold', () => {
    for (let c = 0; c < 6; c++) {
      const words = rows.flatMap((row) => (row.spans && c > 0 ? [] : (row.cells[c] ?? '').split(/\s+/).filter(Boolean).map((w) => textWidth(w, 13, row.bold))));
      expect([c, widths[c] >= inCell(Math.max(...words))]).toEqual([c, true]);
    }
    expect(widths[0]).toBeGreaterThanOrEqual(inCell(textWidth('XIII', 13, true)));
    expect(textWidth('XIII', 13, true)).toBeGreaterThan(textWidth('VIII', 13, false));
  });

  it('give a short column its line ("UBND, BCĐ tỉnh" on one line), the long text the most room', () => {
    expect(widths[2]).toBeGreaterThanOrEqual(inCell(textWidth('UBND, BCĐ tỉnh', 13)));
    expect(widths[5]).toBeGreaterThanOrEqual(inCell(textWidth('Định kỳ và đột xuất', 13)));
    expect(Math.max(...widths)).toBe(widths[1]);
  });

  it('measure Vietnamese letters by their base letter, in any Unicode form', () => {
    expect(textWidth('Định kỳ'.normalize('NFD'), 13)).toBeCloseTo(textWidth('Định kỳ', 13), 6);
    expect(textWidth('ă', 13)).toBe(textWidth('a', 13));
    expect(textWidth('m', 13, true)).toBeGreaterThan(textWidth('i', 13, true));
  });
});
