/**
 * One reader of a text's plan year (read/plan.ts planFactsOf) for every check of the text, and one
 * place deciding how it relates to the workbook the text is checked beside. The same plan stated in
 * several ways gives the same year and the same findings.
 */
import { analyzeWorkbook } from '../../src/domain/engine';
import { analyzePlanText } from '../../src/domain/plantext/check';
import { planFigures } from '../../src/domain/plantext/figures';
import { sheet, workbook } from '../helpers/sheets';

const BODY = [
  '- Danh mục công trình dự kiến đầu tư năm 2026 gồm đường trục xã.',
  '- Hoàn thành rà soát các tiêu chí, xong trước 30/6/2028.',
];

/** The same 2027 plan, its year said by its title, by its objectives, with a December 2026 date or a basis of 2026. */
const PHRASINGS = [
  ['KẾ HOẠCH', 'Xây dựng nông thôn mới năm 2027', ...BODY],
  ['Cao Bằng, ngày 20 tháng 12 năm 2026', 'KẾ HOẠCH', 'Xây dựng nông thôn mới năm 2027', ...BODY],
  ['Cao Bằng, ngày 20 tháng 12 năm 2026', 'KẾ HOẠCH', 'Xây dựng nông thôn mới', 'Năm 2027, phấn đấu có thêm 5 xã đạt chuẩn.', ...BODY],
  ['KẾ HOẠCH', 'Xây dựng nông thôn mới', 'Mục tiêu năm 2027: phấn đấu có thêm 5 xã đạt chuẩn.', ...BODY, 'Cao Bằng, ngày 20 tháng 12 năm 2026'],
  // The basis cited under the title names the year of a resolution, not the plan's.
  ['KẾ HOẠCH', 'Xây dựng nông thôn mới', 'Căn cứ Nghị quyết số 15/NQ-HĐND ngày 10 tháng 12 năm 2026 của HĐND tỉnh;', 'I. MỤC TIÊU', 'Năm 2027, phấn đấu có thêm 5 xã đạt chuẩn.', ...BODY],
].map((lines) => lines.join('\n'));

/** The year-bound findings of a check, without their lines (the phrasings differ in length). */
const yearFindings = (raw: string, figures?: Parameters<typeof analyzePlanText>[1]) => {
  const check = analyzePlanText(raw, figures);
  const findings = check.findings.filter((f) => ['text-stale-year', 'text-deadline', 'text-workbook-year'].includes(f.code));
  return { year: check.planYear, findings: findings.map((f) => [f.code, f.actual, f.expected, f.params.year]) };
};

describe('the plan year of a text', () => {
  test('the same plan in five phrasings: the same year for every check, the same findings', () => {
    const results = PHRASINGS.map((raw) => yearFindings(raw));
    for (const result of results) expect(result).toEqual(results[0]);
    // What the year makes of the body, computed from the body: 2026 is planned in a 2027 plan (stale), 2028 is outside it.
    expect(results[0]).toEqual({ year: 2027, findings: [['text-stale-year', 'năm 2026', 'năm 2027', 2027], ['text-deadline', '30/06/2028', '2027', 2027]] });
  });

  describe('beside a workbook', () => {
    const figuresOf = (year: number) => planFigures(analyzeWorkbook(workbook(sheet('Chỉ tiêu', [[`KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM ${year}`], ['TT', 'Tiêu chí', 'Đã đạt', 'Đạt thêm', 'Lũy kế'], [1, 'Quy hoạch', 10, 2, 12]]))));

    test('a text naming no year takes the workbook\'s: its deadlines are checked against it', () => {
      const raw = BODY.join('\n');
      expect(yearFindings(raw).year).toBeUndefined();
      expect(yearFindings(raw, figuresOf(2027))).toEqual(yearFindings(PHRASINGS[0]));
    });

    test('a text naming another year than the workbook\'s keeps its own, and says the two differ', () => {
      const against = yearFindings(PHRASINGS[2], figuresOf(2026));
      expect(against.year).toBe(2027);
      // The text's own findings are kept, and the one about the workbook is added.
      expect(against.findings).toEqual([['text-workbook-year', '2027', '2026', 2027], ...yearFindings(PHRASINGS[2]).findings]);
      const said = analyzePlanText(PHRASINGS[2], figuresOf(2026)).findings.find((f) => (f.code as string) === 'text-workbook-year');
      expect(said).toMatchObject({ line: 4, params: { year: 2027, workbookYear: 2026, yearSource: 'title' } });
      expect(yearFindings(PHRASINGS[2], figuresOf(2027)).findings).toEqual(yearFindings(PHRASINGS[2]).findings);
    });
  });
});
