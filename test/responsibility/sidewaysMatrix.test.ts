/**
 * A responsibility matrix laid sideways — agencies down the rows, the criteria across under a merged
 * "Tiêu chí" header (numbered 1 … 10, "TC 1" … or named), marks between — is read as the same matrix
 * laid the usual way (criteria down, agencies across): the same findings, each at the corresponding
 * cell (a mark's cell transposed; a criterion without a lead at the cell that names it), in every
 * spelling. A clean one says nothing.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { SPELLINGS, VARIANTS } from '../helpers/variants';

const AGENCIES = ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ', 'Sở Tư pháp', 'Công an tỉnh'];
const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
type Plan = { lead: number[]; partners: number[] }[];
/** Leads and partners by criterion (index into AGENCIES). */
const PLAN: Plan = [
  { lead: [1], partners: [0] }, { lead: [1], partners: [2] }, { lead: [0], partners: [2] }, { lead: [4], partners: [] },
  { lead: [3], partners: [4] }, { lead: [0], partners: [4] }, { lead: [2], partners: [0] }, { lead: [0], partners: [1] },
  { lead: [4], partners: [5] }, { lead: [6], partners: [5] },
];
const change = (c: number, to: Plan[number]): Plan => PLAN.map((p, i) => (i === c ? to : p));
const FAULTS: Record<string, Plan> = {
  'criterion 4 with a partner only': change(3, { lead: [], partners: [4] }),
  'criterion 5 with two leads': change(4, { lead: [1, 3], partners: [4] }),
  'criterion 10 with nobody': change(9, { lead: [], partners: [] }),
};

type Marks = { lead: string; partner: string; legend: string };
const MARKS: Record<string, Marks> = {
  'CT/PH': { lead: 'CT', partner: 'PH', legend: 'Ghi chú: CT - Chủ trì; PH - Phối hợp' },
  'C/P': { lead: 'C', partner: 'P', legend: 'Ký hiệu: C: Chủ trì; P: Phối hợp' },
  'x/o': { lead: 'x', partner: 'o', legend: 'Ghi chú: x - chủ trì; o - phối hợp' },
};

/** A layout: the sheet, and where a criterion's mark for an agency (or the criterion itself, agency -1) stands. */
type Laid = { snapshot: SheetSnapshot; cell: (criterion: number, agency: number) => string };

const markOf = (plan: Plan, c: number, a: number, marks: Marks) => (plan[c].lead.includes(a) ? marks.lead : plan[c].partners.includes(a) ? marks.partner : null);
const TITLE = 'PHÂN CÔNG CÁC SỞ, NGÀNH PHỤ TRÁCH TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027';

/** The usual way: criteria down (TT | Tiêu chí), agencies across. Header row 4, criteria from row 5. */
function usual(plan: Plan, marks: Marks): Laid {
  const rows: CellValue[][] = [
    [TITLE], [marks.legend], [],
    ['TT', 'Tiêu chí', ...AGENCIES],
    ...CRITERIA.map((name, c) => [c + 1, name, ...AGENCIES.map((_, a) => markOf(plan, c, a, marks))]),
  ];
  return { snapshot: sheet('Phân công', rows), cell: (c, a) => a1(4 + c, a < 0 ? 1 : 2 + a) };
}

/** Sideways: agencies down (TT | Sở, ngành), the criteria across under "Tiêu chí" merged over them, as `heads` names them. */
function sideways(plan: Plan, marks: Marks, heads: (c: number) => string | number): Laid {
  const rows: CellValue[][] = [
    [TITLE], [marks.legend], [],
    ['TT', 'Sở, ngành', 'Tiêu chí', ...CRITERIA.slice(1).map(() => null)],
    [null, null, ...CRITERIA.map((_, c) => heads(c))],
    ...AGENCIES.map((agency, a) => [a + 1, agency, ...CRITERIA.map((_, c) => markOf(plan, c, a, marks))]),
  ];
  return { snapshot: sheet('Phân công', rows, { merges: ['A4:A5', 'B4:B5', 'C4:L4'] }), cell: (c, a) => a1(a < 0 ? 4 : 5 + a, 2 + c) };
}

const LAYOUTS: Record<string, (plan: Plan, marks: Marks) => Laid> = {
  'criteria down, agencies across': usual,
  'agencies down, criteria numbered 1 … 10 across': (plan, marks) => sideways(plan, marks, (c) => c + 1),
  'agencies down, "TC 1" … "TC 10" across': (plan, marks) => sideways(plan, marks, (c) => `TC ${c + 1}`),
  'agencies down, criteria named across': (plan, marks) => sideways(plan, marks, (c) => CRITERIA[c]),
};

/** The findings that are not read notes, each put back to the criterion and agency of its cell. */
function found(laid: Laid): string[] {
  const where = new Map<string, string>();
  CRITERIA.forEach((_, c) => { for (let a = -1; a < AGENCIES.length; a++) where.set(laid.cell(c, a), a < 0 ? `criterion ${c + 1}` : `criterion ${c + 1} × ${AGENCIES[a]}`); });
  const report = checkWorkbook({ name: 'phan-cong.xlsx', sheets: [laid.snapshot] }, {}, 'vi');
  return report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.severity} ${i.key ?? ''} at ${where.get(i.cell) ?? i.cell}`).sort();
}

describe.each(Object.entries(MARKS))('marked %s', (_marks, marks) => {
  describe.each([...SPELLINGS, ['numbers as text', VARIANTS['numbers as text']] as const])('typed %s', (_spelling, spell) => {
    const laid = (layout: string, plan: Plan): Laid => {
      const made = LAYOUTS[layout](plan, marks);
      return { ...made, snapshot: spell(made.snapshot) };
    };

    test.each(Object.keys(LAYOUTS))('%s: the clean matrix says nothing, and is said to be read as a matrix', (layout) => {
      const { snapshot } = laid(layout, PLAN);
      const report = checkWorkbook({ name: 'phan-cong.xlsx', sheets: [snapshot] }, {}, 'vi');
      expect(report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code}`)).toEqual([]);
      expect(report.issues.find((i) => i.code === 'table-read')?.message).toMatch(/ma trận phân công: 10 dòng .* × 7 cơ quan/);
    });

    test.each(Object.keys(FAULTS))('%s: the same findings at the corresponding cells in every layout', (fault) => {
      const each = Object.keys(LAYOUTS).map((layout) => found(laid(layout, FAULTS[fault])));
      expect(each[0].length).toBeGreaterThan(0);
      for (const findings of each.slice(1)) expect(findings).toEqual(each[0]);
    });
  });
});

test('the faults as said: no lead at the cell naming the criterion, a second lead at its mark, naming the agencies', () => {
  const marks = MARKS['CT/PH'];
  const numbered = LAYOUTS['agencies down, criteria numbered 1 … 10 across'];
  expect(found(numbered(FAULTS['criterion 4 with a partner only'], marks))).toEqual(['missing-lead warning Tiêu chí 4 at criterion 4']);
  expect(found(numbered(FAULTS['criterion 10 with nobody'], marks))).toEqual(['missing-lead warning Tiêu chí 10 at criterion 10']);
  expect(found(numbered(FAULTS['criterion 5 with two leads'], marks))).toEqual([`duplicate-lead error Tiêu chí 5 at criterion 5 × ${AGENCIES[3]}`]);
  const laid = numbered(FAULTS['criterion 5 with two leads'], marks);
  const message = checkWorkbook({ name: 'phan-cong.xlsx', sheets: [laid.snapshot] }, {}, 'vi').issues.find((i) => i.code === 'duplicate-lead')!;
  expect(message.cell).toBe('G9');
  expect(message.message).toContain(`${AGENCIES[1]} (G7)`);
  expect(message.message).toContain(`${AGENCIES[3]} (G9)`);
});

test('a mark the legend does not explain is said at its cell, as in the usual layout', () => {
  const marks = MARKS['C/P'];
  const withUnclear = (laid: Laid): Laid => {
    const values = laid.snapshot.values.map((row) => [...row]);
    const at = laid.cell(8, 5);
    const { row, col } = { row: Number(at.slice(1)) - 1, col: at.charCodeAt(0) - 65 };
    values[row][col] = '?';
    return { ...laid, snapshot: { ...laid.snapshot, values } };
  };
  const usualFound = found(withUnclear(usual(PLAN, marks)));
  expect(usualFound).toEqual([`unclear-role warning Tiêu chí 9 at criterion 9 × ${AGENCIES[5]}`]);
  for (const layout of Object.keys(LAYOUTS).slice(1)) expect(found(withUnclear(LAYOUTS[layout](PLAN, marks)))).toEqual(usualFound);
});

test('"Công an tỉnh" at the foot of a list of agencies is an agency, not a total ("Cộng")', () => {
  const { snapshot } = sideways(PLAN, MARKS['CT/PH'], (c) => c + 1);
  const report = checkWorkbook({ name: 'phan-cong.xlsx', sheets: [snapshot] }, {}, 'vi');
  expect(report.issues.find((i) => i.code === 'table-read')?.message).toMatch(/× 7 cơ quan/);
});

test('communes labelled by their People\'s Committee ("UBND xã …") with an assignment\'s marks are no matrix: read as with "Xã …"', () => {
  const communes = ['Tân Lập', 'Yên Bình', 'Hòa An', 'Kim Quan'];
  const book = (prefix: string, typo = true) => {
    const rows: CellValue[][] = [
      ['GIAO CHỈ TIÊU XÃ NÔNG THÔN MỚI NĂM 2027'], ['Ký hiệu: x - đã đạt; KH - phấn đấu đạt năm 2027'],
      ['TT', 'Đơn vị', ...CRITERIA.map((_, k) => k + 1)],
      // "2" under criterion 4 of Yên Bình: an invalid mark, said in either spelling.
      ...communes.map((name, i): CellValue[] => [i + 1, `${prefix} ${name}`, ...CRITERIA.map((_, k) => (typo && i === 1 && k === 3 ? 2 : (i + k) % 3 === 0 ? 'KH' : 'x'))]),
    ];
    return { name: 'giao.xlsx', sheets: [sheet('Giao', rows)] };
  };
  const said = (prefix: string, typo = true) => checkWorkbook(book(prefix, typo), {}, 'vi').issues.filter((i) => i.code !== 'sheet-read').map((i) => `${i.cell} ${i.code}`);
  expect(said('Xã')).toContain('F5 invalid-status');
  expect(said('UBND xã')).toEqual(said('Xã'));
  expect(said('UBND xã', false)).toEqual(said('Xã', false));
});
