/**
 * A plan's text gets its criteria set by the rule a workbook's is chosen by (catalog/select.ts
 * decideSet), from the same evidence: its year, "nâng cao" in its title, and the size its sentences
 * show ("đạt 19/19 tiêu chí"). The same words as a workbook's title and note give the same set; the
 * same plan in several phrasings gives the same set and the same findings.
 */
import { analyzeWorkbook } from '../../src/domain/engine';
import { analyzePlanText } from '../../src/domain/plantext/check';
import { criteriaSetOf } from '../../src/domain/plantext/read/criteriaSet';
import { readText } from '../../src/domain/plantext/read/reading';
import { prepareText } from '../../src/domain/plantext/source';
import { sheet, workbook } from '../helpers/sheets';

/** A title and a sentence, as a text and as a workbook (the title in the first row, the sentence as a note under a table). */
type Evidence = { title: string; sentence: string };
const textOf = ({ title, sentence }: Evidence) => `${title}\n${sentence}`;
const bookOf = ({ title, sentence }: Evidence) => workbook(sheet('Chỉ tiêu', [
  [title],
  ['TT', 'Tiêu chí', 'Số xã đạt', 'Tỷ lệ (%)'],
  [1, 'Quy hoạch', 12, 60],
  [2, 'Giao thông', 10, 50],
  [],
  [sentence],
]));

const CASES: [string, Evidence][] = [
  ['no year, "19/19"', { title: 'KẾ HOẠCH xây dựng nông thôn mới', sentence: 'Phấn đấu có thêm 2 xã đạt 19/19 tiêu chí, được công nhận đạt chuẩn.' }],
  ['no year, "15/19"', { title: 'KẾ HOẠCH xây dựng nông thôn mới', sentence: 'Xã Bình Minh hiện đạt 15/19 tiêu chí, phấn đấu đạt chuẩn.' }],
  ['no year, "đủ 19 tiêu chí"', { title: 'KẾ HOẠCH xây dựng nông thôn mới', sentence: 'Phấn đấu có thêm 2 xã đạt đủ 19 tiêu chí, được công nhận đạt chuẩn.' }],
  ['no year, an advanced title', { title: 'KẾ HOẠCH xây dựng xã nông thôn mới nâng cao', sentence: 'Phấn đấu có thêm 2 xã được công nhận đạt chuẩn.' }],
  ['2027, "19/19": the shape over the year', { title: 'KẾ HOẠCH xây dựng nông thôn mới năm 2027', sentence: 'Phấn đấu có thêm 2 xã đạt 19/19 tiêu chí, được công nhận đạt chuẩn.' }],
  ['2024, no shape', { title: 'KẾ HOẠCH xây dựng nông thôn mới năm 2024', sentence: 'Phấn đấu có thêm 2 xã được công nhận đạt chuẩn.' }],
  ['2027, no shape', { title: 'KẾ HOẠCH xây dựng nông thôn mới năm 2027', sentence: 'Phấn đấu có thêm 2 xã được công nhận đạt chuẩn.' }],
  ['no evidence', { title: 'KẾ HOẠCH xây dựng nông thôn mới', sentence: 'Phấn đấu có thêm 2 xã được công nhận đạt chuẩn.' }],
];

describe('the text and the workbook choose the same set from the same evidence', () => {
  test.each(CASES)('%s', (_, evidence) => {
    const analysis = analyzeWorkbook(bookOf(evidence));
    const set = criteriaSetOf(readText(prepareText(textOf(evidence))));
    expect(set.catalog.id).toBe(analysis.catalog.id);
    // A year and a shape that disagree are said on both sides.
    expect(set.yearCatalog?.id).toBe(analysis.preliminary.find((f) => f.code === 'set-mismatch')?.params?.expected);
  });

  test('what the evidence gives, as the sets are defined (domain.md)', () => {
    const ids = CASES.map(([, evidence]) => criteriaSetOf(readText(prepareText(textOf(evidence)))).catalog.id);
    expect(ids).toEqual(['xa-ntm-2021-2025', 'xa-ntm-2021-2025', 'xa-ntm-2021-2025', 'xa-ntm-nang-cao-2021-2025', 'xa-ntm-2021-2025', 'xa-ntm-2021-2025', 'xa-ntm-2026-2030', 'xa-ntm-2026-2030']);
  });
});

describe('the same plan in several phrasings: the same set, the same findings', () => {
  // A commune's three states add up to the set's size (13 + 4 + 2 = 19): right under a 19-criterion set only.
  const states = 'Xã An Phú đạt 13 tiêu chí, cơ bản đạt 4 tiêu chí, còn 2 tiêu chí chưa đạt.';
  const phrasings = [
    ['KẾ HOẠCH xây dựng nông thôn mới năm 2027', 'Phấn đấu có thêm 2 xã đạt 19/19 tiêu chí.', states],
    ['KẾ HOẠCH xây dựng nông thôn mới năm 2027', states, 'Phấn đấu có thêm 2 xã đạt 19/19 tiêu chí.'],
    ['KẾ HOẠCH xây dựng nông thôn mới', 'Năm 2027, phấn đấu có thêm 2 xã đạt đủ 19 tiêu chí.', states],
    ['KẾ HOẠCH xây dựng nông thôn mới năm 2027', 'Xã Bình Minh hiện đạt 15/19 tiêu chí.', states],
  ].map((lines) => lines.join('\n'));
  const of = (raw: string) => {
    const check = analyzePlanText(raw);
    return { set: criteriaSetOf(readText(prepareText(raw))).catalog.id, codes: check.findings.map((f) => [f.code, f.params.criteria ?? '', f.params.year ?? '']) };
  };

  test('a 2027 text showing 19 criteria: checked against the 19-criterion set, the mismatch said once, the three states add up', () => {
    const results = phrasings.map(of);
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]).toEqual({ set: 'xa-ntm-2021-2025', codes: [['text-set-mismatch', 19, 2027]] });
  });

  test('one number changed: the three states found against the set the text shows', () => {
    const wrong = analyzePlanText(phrasings[0].replace('cơ bản đạt 4', 'cơ bản đạt 5'));
    expect(wrong.findings.filter((f) => f.code === 'text-three-state').map((f) => [f.actual, f.expected])).toEqual([['20', '19']]);
  });

  test('criteria numbered past 10 in a 2027 text showing 19 criteria are read against the set shown, not as missing from the year\'s', () => {
    const numbered = `${phrasings[0]}\n- Tiêu chí số 15 về Y tế: duy trì tỷ lệ người dân tham gia bảo hiểm y tế.`;
    expect(analyzePlanText(numbered).findings.map((f) => f.code)).toEqual(['text-set-mismatch']);
    // The same sentence under a 2027 text showing no other set: criterion 15 is not in the 10-criterion set.
    const alone = 'KẾ HOẠCH xây dựng nông thôn mới năm 2027\n- Tiêu chí số 15 về Y tế: duy trì tỷ lệ người dân tham gia bảo hiểm y tế.';
    expect(analyzePlanText(alone).findings.map((f) => [f.code, f.expected])).toEqual([['text-criterion-number', '1–10']]);
  });

  test('a sentence about the previous period shows nothing of the plan\'s set', () => {
    const earlier = 'KẾ HOẠCH xây dựng nông thôn mới năm 2027\nGiai đoạn 2021-2025, có 45 xã đạt 19/19 tiêu chí.';
    expect(criteriaSetOf(readText(prepareText(earlier))).catalog.id).toBe('xa-ntm-2026-2030');
    expect(analyzePlanText(earlier).findings.map((f) => f.code)).not.toContain('text-set-mismatch');
  });
});
