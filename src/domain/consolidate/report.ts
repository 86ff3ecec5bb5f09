import type { Lang } from '../findings/codes';
import { SheetBuilder } from '../template/grid';
import type { TemplateSheet } from '../template/types';
import { roman } from '../appendix/roman';
import type { Consolidation, ExclusionReason } from './types';

const REPORT_TITLE = 'Báo cáo tổng hợp';

/**
 * Why a file was kept out of the totals, in words.
 *
 * @example
 * exclusionText({ kind: 'year', year: 2026, expected: 2027 }, 'vi') // 'kế hoạch năm 2026, các tệp khác năm 2027'
 */
export function exclusionText(reason: ExclusionReason, lang: Lang): string {
  const vi = lang === 'vi';
  switch (reason.kind) {
    case 'set':
      return vi
        ? `bộ tiêu chí ${reason.catalog} (${reason.criteria} tiêu chí), các tệp khác dùng ${reason.expected} (${reason.expectedCriteria} tiêu chí)`
        : `criteria set ${reason.catalog} (${reason.criteria} criteria); the other files use ${reason.expected} (${reason.expectedCriteria} criteria)`;
    case 'year':
      return vi ? `kế hoạch năm ${reason.year}, các tệp khác năm ${reason.expected}` : `plan for ${reason.year}; the other files plan for ${reason.expected}`;
    case 'blank':
      return vi ? `${reason.rows} dòng xã đều để trống: tệp chưa điền` : `all ${reason.rows} commune rows are blank: the file was not filled in`;
    case 'consolidated':
      return vi ? 'tệp tổng hợp của tỉnh (có trang "Tổng hợp giao chỉ tiêu"), không phải tệp của xã' : 'a province consolidation (it has a consolidated sheet), not a commune workbook';
    case 'no-communes':
      return vi ? 'không có bảng giao chỉ tiêu theo xã nào' : 'no per-commune assignment table';
    case 'unnamed':
      return vi
        ? `bảng đánh giá tiêu chí của một xã (trang "${reason.sheet}", ${reason.range}) không ghi xã nào (tiêu đề, tiêu đề cột, tên trang, tên tệp): ghi "UBND xã …" ở tiêu đề rồi tổng hợp lại`
        : `a commune's own criteria table (sheet "${reason.sheet}", ${reason.range}) names no commune (title, column header, sheet or file name): write "UBND xã …" in its title and consolidate again`;
  }
}

/** The marks of gathered communes that could not be read, or were left blank on a commune's own sheet (left blank in the table). */
export function unreadableMarks(result: Consolidation) {
  return result.communes.flatMap(({ record, name }) => [...record.marks.entries()]
    .filter(([, mark]) => mark.status === 'invalid')
    .map(([criterion, mark]) => ({ name, file: record.file, sheet: record.sheet, cell: mark.cell, criterion, value: mark.value === null ? '' : String(mark.value) })));
}

type Line = [string, string, string, string, string, string];

/** The completeness and consistency report: every input row is either in the table or here. */
export function reportSheet(result: Consolidation): TemplateSheet {
  const marks = unreadableMarks(result);
  const sections: { title: string; lines: Line[] }[] = [
    { title: 'Xã chưa nhận được số liệu', lines: result.missing.map((name): Line => [name, '', '', '', 'có trong danh sách xã, không có trong tệp nào', '']) },
    { title: 'Xã có trong hai nguồn (chỉ nguồn đầu được đưa vào bảng)', lines: result.duplicates.flatMap((d) => d.sources.map((s, i): Line => [d.name, s.file, s.sheet, s.cell, i === 0 ? 'đưa vào bảng' : 'không đưa vào bảng (trùng)', ''])) },
    { title: 'Tệp không đưa vào tổng hợp', lines: result.excluded.map((e): Line => [(e.communes ?? []).join(', '), e.file, '', '', exclusionText(e.reason, 'vi'), '']) },
    { title: 'Tệp không đọc được', lines: result.unreadable.map((u): Line => ['', u.file, '', '', u.reason, '']) },
    { title: 'Xã ngoài danh sách dự kiến', lines: result.unexpected.map((name): Line => [name, result.communes.find((c) => c.name === name)?.file ?? '', '', '', 'không có trong danh sách xã', '']) },
    { title: 'Dòng để trống, không tổng hợp', lines: result.blankRows.map((b): Line => [b.name, b.file, b.sheet, b.cell, 'dòng chưa điền', '']) },
    { title: 'Ký hiệu không đọc được (để trống trong bảng)', lines: marks.map((m): Line => [m.name, m.file, m.sheet, m.cell, m.value === '' ? `tiêu chí ${m.criterion}: để trống, chưa đánh giá` : `tiêu chí ${m.criterion}: "${m.value}"`, '']) },
    { title: 'Lỗi và cảnh báo trong từng tệp', lines: result.issues.map((i): Line => ['', i.file, i.sheet, i.cell, i.message, i.severity === 'error' ? 'lỗi' : 'cảnh báo']) },
    { title: 'Các tệp đã tổng hợp', lines: result.files.map((f): Line => ['', f.file, '', '', `${f.communes} xã; bộ ${f.catalog}${f.planYear ? `; năm ${f.planYear}` : ''}${f.kept ? '; giữ từ lần tổng hợp trước' : ''}`, '']) },
  ];
  const summary = [
    result.expected.length ? `Xã dự kiến: ${result.expected.length}` : 'Không có danh sách xã dự kiến',
    `đã tổng hợp: ${result.communes.length}`,
    `còn thiếu: ${result.missing.length}`,
    `trùng: ${result.duplicates.length}`,
    `tệp loại ra: ${result.excluded.length}`,
    `tệp không đọc được: ${result.unreadable.length}`,
    `lỗi trong các tệp: ${result.issues.filter((i) => i.severity === 'error').length}`,
  ].join('; ');
  const header = 3;
  const sheet = new SheetBuilder(REPORT_TITLE)
    .set(0, 0, `BÁO CÁO TỔNG HỢP CÁC TỆP CỦA XÃ — KẾ HOẠCH NĂM ${result.planYear}`)
    .set(1, 0, `${summary}.`)
    .row(header, ['TT', 'Xã', 'Tệp', 'Trang', 'Ô', 'Chi tiết', 'Mức']);
  let row = header + 1;
  const sectionRows: number[] = [];
  sections.forEach((section, i) => {
    sectionRows.push(row);
    sheet.row(row++, [roman(i + 1), `${section.title} (${section.lines.length})`]);
    if (section.lines.length === 0) sheet.set(row++, 1, '(không có)');
    section.lines.forEach((line, k) => sheet.row(row++, [k + 1, ...line]));
  });
  return {
    snapshot: sheet.snapshot(),
    inputs: [],
    computed: [],
    validations: [],
    widths: [5, 22, 28, 18, 8, 60, 10],
    titleRows: [0],
    sectionRows,
    headerRows: [header],
    freezeRows: header + 1,
    landscape: true,
  };
}
