/**
 * Who leads each criterion, typed in any of the forms offices use — a list by agency ("Cơ quan | Tiêu
 * chí, chỉ tiêu phụ trách"), a list by criterion ("Tên tiêu chí | Cơ quan chủ trì | Cơ quan phối hợp"),
 * a matrix with the criteria down and "CT"/"PH" under the agencies, the same matrix laid sideways — gives
 * the appendix the same leads: the same agencies on the rows it derives from the assignment, the same
 * "Ma trận phụ trách" sheet, the same criteria said to have no lead. Before, only the list by agency was
 * read: with the three other forms every criterion was said uncovered and the matrix sheet was missing.
 */
import { analyzeWorkbook } from '../../src/domain/engine';
import { buildAppendix } from '../../src/domain/appendix/build';
import { layoutMatrix, UNCOVERED } from '../../src/domain/appendix/matrix';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet, workbook } from '../helpers/sheets';
import { province2027Assignment, province2027Catalog } from '../fixtures/province2027';

const AGENCIES = ['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Nội vụ', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế', 'Sở Khoa học và Công nghệ', 'Sở Tư pháp', 'Công an tỉnh'];
const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế',
  'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
/** The lead of criteria 1 … 10 (an index into AGENCIES; null: nobody) and one partner each. */
const LEAD: (number | null)[] = [0, 0, 1, 2, 3, 4, 5, 1, 2, 6];
const PARTNER = [1, 3, 2, 1, 2, 2, 0, 0, 6, 7];
const TITLE = 'PHÂN CÔNG SỞ, NGÀNH PHỤ TRÁCH TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027';

type Form = (lead: (number | null)[]) => SheetSnapshot;
const FORMS: Record<string, Form> = {
  'a list by agency': (lead) => sheet('Phân công', [
    [TITLE],
    ['TT', 'Cơ quan', 'Tiêu chí, chỉ tiêu phụ trách'],
    ...AGENCIES.map((agency, a) => [a + 1, agency, lead.flatMap((l, c) => (l === a ? [String(c + 1)] : [])).join('; ') || null])
      .filter((row) => row[2] !== null),
  ]),
  'a list by criterion': (lead) => sheet('Phân công', [
    [TITLE], [],
    ['TT', 'Tên tiêu chí', 'Cơ quan chủ trì', 'Cơ quan phối hợp'],
    ...CRITERIA.map((name, c) => [c + 1, name, lead[c] === null ? null : AGENCIES[lead[c]!], AGENCIES[PARTNER[c]]]),
  ]),
  'a matrix, criteria down': (lead) => sheet('Phân công', [
    [TITLE], ['Ghi chú: CT - Chủ trì; PH - Phối hợp'], [],
    ['TT', 'Tiêu chí', ...AGENCIES],
    ...CRITERIA.map((name, c) => [c + 1, name, ...AGENCIES.map((_, a): CellValue => (lead[c] === a ? 'CT' : PARTNER[c] === a ? 'PH' : null))]),
  ]),
  'a matrix laid sideways': (lead) => sheet('Phân công', [
    [TITLE], ['Ghi chú: CT - Chủ trì; PH - Phối hợp'], [],
    ['TT', 'Sở, ngành', 'Tiêu chí', ...CRITERIA.slice(1).map(() => null)],
    [null, null, ...CRITERIA.map((_, c) => c + 1)],
    ...AGENCIES.map((agency, a) => [a + 1, agency, ...CRITERIA.map((_, c): CellValue => (lead[c] === a ? 'CT' : PARTNER[c] === a ? 'PH' : null))]),
  ], { merges: ['C4:L4'] }),
};

function appendixOf(form: Form, lead = LEAD) {
  const analysis = analyzeWorkbook(workbook(province2027Assignment(), form(lead), province2027Catalog()));
  const appendix = buildAppendix(analysis);
  const derived = appendix.sections.flatMap((s) => s.rows).filter((r) => r.source === 'assignment' && /^\d+$/.test(r.key ?? ''));
  return {
    leads: derived.map((r) => [r.key, r.coordinating]),
    uncovered: appendix.warnings.filter((w) => w.code === 'uncovered-criterion').map((w) => w.key),
    matrix: layoutMatrix(analysis)?.rows.filter((r) => r.kind === 'section').map((r) => r.cells),
  };
}

const byAgency = appendixOf(FORMS['a list by agency']);

test('the list by agency, as read before: each derived row with its lead, the matrix sheet with every criterion', () => {
  expect(byAgency.leads.length).toBeGreaterThan(0);
  for (const [key, agencies] of byAgency.leads) expect(agencies).toBe(AGENCIES[LEAD[Number(key) - 1]!]);
  expect(byAgency.uncovered).toEqual([]);
  expect(byAgency.matrix).toHaveLength(10);
  expect(byAgency.matrix![6]).toEqual(['7', CRITERIA[6], 'Sở Khoa học và Công nghệ', '']);
});

describe.each(Object.keys(FORMS).filter((f) => f !== 'a list by agency'))('%s', (form) => {
  test('gives the appendix the same leads as the list by agency', () => {
    expect(appendixOf(FORMS[form])).toEqual(byAgency);
  });

  test('a criterion nobody leads is said uncovered, the same in every form', () => {
    const lead = LEAD.map((l, c) => (c === 6 ? null : l));
    const expected = appendixOf(FORMS['a list by agency'], lead);
    expect(expected.matrix![6]).toEqual(['7', CRITERIA[6], '', UNCOVERED]);
    expect(appendixOf(FORMS[form], lead)).toEqual(expected);
  });
});
