import { READ_CODES, type FindingCode } from '../../src/domain/findings/codes';
/** The findings about the plan, without the infos saying how each sheet was read. */
const findingsOf = <I extends { code: FindingCode }>(report: { issues: I[] }) => report.issues.filter((i) => !READ_CODES.includes(i.code));
import { checkWorkbook } from '../../src/domain/engine';
import { sheet, workbook } from '../helpers/sheets';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { langSon2019Funding, langSon2019Targets, langSon2021Funding, langSon2021Targets } from '../fixtures/langSon';
import { COMMUNES, markOf, thachAnAssignment, thachAnResponsibility } from '../fixtures/thachAn';
import { bacGiang2022Targets } from '../fixtures/bacGiang';

const brief = (report: ReturnType<typeof checkWorkbook>) =>
  report.issues.filter((issue) => !READ_CODES.includes(issue.code)).map((issue) => `${issue.sheet}!${issue.cell} ${issue.code}${issue.key ? ` ${issue.key}` : ''}`);

describe('Lạng Sơn 2019, typed as the plan prints it', () => {
  const report = checkWorkbook(workbook(langSon2019Targets(), langSon2019Funding()));

  it('recognises the targets and the funding sheets and the 2016–2020 set from the title year', () => {
    expect(report.sheets.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'Chỉ tiêu 2019', kind: 'targets' },
      { name: 'Nguồn vốn', kind: 'funding' },
    ]);
    expect(report.catalog.id).toBe('xa-ntm-2016-2020');
    expect(report.catalog.reason).toContain('2019');
  });

  it('reports exactly the two wrong shares of the plan, at their cells', () => {
    // 90/207 = 43,48% (plan: 43,4%); 133/207 = 64,25% (plan: 64,2%). Every other share, the
    // distribution (60+2+35+110 = 207) and the funding (3.002,8 = Σ items) are right.
    expect(brief(report)).toEqual([
      'Chỉ tiêu 2019!E15 percent-mismatch Trong đó: số xã có đài truyền thanh',
      'Chỉ tiêu 2019!E22 percent-mismatch 15',
    ]);
    const share = findingsOf(report)[1];
    expect(share.expected).toBeCloseTo((133 / 207) * 100, 2);
    expect(share.actual).toBe(64.2);
    expect(report.stats).toEqual({ errors: 2, warnings: 0, infos: 0 });
  });
});

describe('Lạng Sơn 2021, typed without diacritics, NFD, shares as "41,4%" texts', () => {
  const report = checkWorkbook(workbook(langSon2021Targets(), langSon2021Funding()));

  it('recognises both sheets and the 2021–2025 set', () => {
    expect(report.sheets.map((s) => s.kind)).toEqual(['targets', 'funding']);
    expect(report.catalog.id).toBe('xa-ntm-2021-2025');
  });

  it('reports the plan\'s wrong shares and its wrong funding total once, at the total', () => {
    // 180/181 = 99,45% (plan 99,5%); 171/181 = 94,48% (plan 95%); 1/181 = 0,55% (plan 0,5%);
    // 643+580+70+3.200+273 = 4.766 (plan 4.756): the shares, taken of the stated total, are right.
    expect(brief(report)).toEqual([
      'Chi tieu 2021!E18 percent-mismatch 14',
      'Chi tieu 2021!E23 percent-mismatch 19',
      'Chi tieu 2021!E25 percent-mismatch 15-18',
      'Von 2021!C8 total-mismatch tong',
    ]);
    expect(findingsOf(report)[3].expected).toBe(4766);
  });
});

describe('Thạch An 2025 assignment and responsibility', () => {
  const report = checkWorkbook(workbook(thachAnAssignment(), thachAnResponsibility()));

  it('recognises the sheets and the 2021–2025 set', () => {
    expect(report.sheets.map((s) => s.kind)).toEqual(['assignment', 'responsibility']);
    expect(report.catalog.id).toBe('xa-ntm-2021-2025');
  });

  it('agrees with the plan\'s own numbers: 10/13 electricity, average 15,1', () => {
    expect(COMMUNES.filter((c) => ['x', 'KH'].includes(markOf(c, 4) ?? '')).length).toBe(10);
    const ends = COMMUNES.map((c) => Array.from({ length: 19 }, (_, k) => markOf(c, k + 1)).filter(Boolean).length);
    expect(Math.round((ends.reduce((a, b) => a + b, 0) / 13) * 10) / 10).toBe(15.1);
  });

  it('finds no arithmetic error, and the one criterion the plan gives no department: 10 Thu nhập', () => {
    expect(report.stats.errors).toBe(0);
    expect(brief(report)).toEqual(['Phân công phụ trách!D2 uncovered-criterion 10']);
  });
});

describe('Bắc Giang 2022, decomposed Unicode, summary targets', () => {
  it('finds the plan\'s arithmetic right: 147/184 = 79,9%, 145 + 94 = 239 villages, 16,8 + 0,3 = 17,1', () => {
    const report = checkWorkbook(workbook(bacGiang2022Targets()));
    expect(report.sheets[0].kind).toBe('targets');
    expect(report.catalog.id).toBe('xa-ntm-2021-2025');
    expect(brief(report)).toEqual([]);
  });

  it('would report each of those figures typed wrong', () => {
    const wrong = bacGiang2022Targets();
    wrong.values[3][5] = '80,9';
    wrong.values[4][4] = 229;
    wrong.values[5][4] = '17,3';
    expect(brief(checkWorkbook(workbook(wrong)))).toEqual([
      `${wrong.name}!F4 percent-mismatch ${wrong.values[3][1]}`,
      `${wrong.name}!E5 total-mismatch ${wrong.values[4][1]}`,
      `${wrong.name}!E6 total-mismatch binh-quan`,
    ]);
  });
});

describe('progress per criterion for the summary chart', () => {
  it('counts communes meeting each criterion now and at year end (Thạch An)', async () => {
    const { criteriaProgress } = await import('../../src/domain/report/progress');
    const { analyzeWorkbook } = await import('../../src/domain/engine');
    const rows = criteriaProgress(analyzeWorkbook(workbook(thachAnAssignment())));
    expect(rows).toHaveLength(19);
    expect(rows.find((r) => r.number === 4)).toMatchObject({ now: 10, end: 10, communes: 13, name: 'Điện' });
    expect(rows.find((r) => r.number === 9)).toMatchObject({ now: 2, end: 13 });
  });

  it('takes the number of communes the analysis decided: a title that states more communes than the sheet lists yet', async () => {
    const { criteriaProgress } = await import('../../src/domain/report/progress');
    const { analyzeWorkbook } = await import('../../src/domain/engine');
    const { communesFor } = await import('../../src/domain/analysis/communes');
    const criteria = Array.from({ length: 10 }, (_, i) => i + 1);
    const rows: CellValue[][] = [
      ['KẾ HOẠCH GIAO CHỈ TIÊU NĂM 2027 (toàn tỉnh có 6 xã)'],
      ['TT', 'Tên xã', ...criteria],
      ...['Tân Lập', 'Tân Hòa', 'Quang Trung', 'Hòa Bình'].map((name, i): CellValue[] => [i + 1, name, ...criteria.map((k) => (k <= 5 + i ? 'x' : k === 9 ? 'KH' : null))]),
    ];
    const analysis = analyzeWorkbook({ name: 'a.xlsx', sheets: [sheet('Giao chỉ tiêu', rows)] });
    const view = analysis.sheets[0].views[0];
    expect(view.kind).toBe('assignment');
    expect(communesFor(analysis, view)?.value).toBe(6);
    expect(criteriaProgress(analysis).find((r) => r.number === 1)).toMatchObject({ now: 4, end: 4, communes: 6 });
  });

  it('reads them from a targets sheet where there is no assignment (Lạng Sơn 2019)', async () => {
    const { criteriaProgress } = await import('../../src/domain/report/progress');
    const { analyzeWorkbook } = await import('../../src/domain/engine');
    const rows = criteriaProgress(analyzeWorkbook(workbook(langSon2019Targets())));
    expect(rows.find((r) => r.number === 2)).toMatchObject({ now: 49, end: 61, communes: 207 });
  });
});
