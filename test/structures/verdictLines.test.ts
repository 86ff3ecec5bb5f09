/**
 * One commune's self-assessment with one column of verdicts and no plan ("Kết quả tự đánh giá: Đạt |
 * Chưa đạt"), and lines under it counting them: "Số tiêu chí đạt", "Số tiêu chí chưa đạt". Each line is
 * the count of its verdicts. Before, such lines (no year, no "đã") were related to nothing: the sheet was
 * "read" with 0 relations and a wrong count passed. Clean says nothing; a wrong count is an error at it;
 * every layout and spelling gives the same findings.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { SPELLINGS } from '../helpers/variants';

const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const MET = [true, true, false, true, true, false, true, true, true, true];

type Layout = { name: string; head: string; label: (k: number) => string; lines: [string, string] };
const LAYOUTS: Layout[] = [
  { name: 'names, "Số tiêu chí đạt"', head: 'Kết quả tự đánh giá', label: (k) => NAMES[k], lines: ['Số tiêu chí đạt', 'Số tiêu chí chưa đạt'] },
  { name: 'numbered names, "Tổng số tiêu chí đạt"', head: 'Xã tự đánh giá', label: (k) => `Tiêu chí số ${k + 1} - ${NAMES[k]}`, lines: ['Tổng số tiêu chí đạt', 'Tổng số tiêu chí chưa đạt'] },
  { name: 'with a colon', head: 'Kết quả đánh giá (Đạt/Chưa đạt)', label: (k) => NAMES[k], lines: ['Số tiêu chí đạt:', 'Số tiêu chí chưa đạt:'] },
];

function book(layout: Layout, counts: [number, number]): WorkbookSnapshot {
  const rows: CellValue[][] = [['UBND XÃ HÒA AN'], ['BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026'], [], ['TT', 'Tên tiêu chí', layout.head, 'Ghi chú'],
    ...NAMES.map((_, k): CellValue[] => [k + 1, layout.label(k), MET[k] ? 'Đạt' : 'Chưa đạt', null]),
    ['', layout.lines[0], counts[0], null], ['', layout.lines[1], counts[1], null]];
  return { name: 'xa.xlsx', sheets: [sheet('Tu danh gia', rows)] };
}

const met = MET.filter(Boolean).length;
const errors = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`);

describe.each(LAYOUTS.map((l) => [l.name, l]))('%s', (_name, layout) => {
  test('the right counts: nothing to say', () => {
    expect(errors(book(layout, [met, 10 - met]))).toEqual([]);
  });
  test('criteria met stated one too few: an error at it', () => {
    expect(errors(book(layout, [met - 1, 10 - met]))).toEqual(['C15 relation-mismatch']);
  });
  test('criteria not met stated one too many: an error at it', () => {
    expect(errors(book(layout, [met, 11 - met]))).toEqual(['C16 relation-mismatch']);
  });
});

describe.each(SPELLINGS)('typed %s', (_spelling, variant) => {
  test('the same errors in every layout', () => {
    for (const layout of LAYOUTS) {
      for (const counts of [[met, 10 - met], [met + 1, 10 - met]] as [number, number][]) {
        const b = book(layout, counts);
        expect(errors({ ...b, sheets: b.sheets.map(variant) })).toEqual(errors(b));
      }
    }
  });
});
