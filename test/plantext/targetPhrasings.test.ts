/**
 * The year's target as officials write it, in many phrasings: the same facts (96 communes, 73 at
 * standard, 12 more in 2027, 85 = 88,54%) read the same whichever the wording, in NFC, NFD or without
 * diacritics: nothing when they agree, one error at the sentence's line when one number is changed.
 * 26j's probe found three phrasings unread: a share whose total is stated by the section's opening
 * paragraph two headings up ("Toàn tỉnh hiện có 96 xã …" / "1. Mục tiêu chung" / "… lên 85 xã (đạt
 * 88,5%)"), a share before its ratio ("đạt 88,5% (85/96 xã)"), and "có 73 xã …; … thêm 12 xã, nâng
 * tổng số … lên 85 xã" without "từ".
 */
import { checkPlanText } from '../../src/domain/plantext/check';

const strip = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const SPELLINGS: [string, (s: string) => string][] = [['NFC', (s) => s], ['NFD', (s) => s.normalize('NFD')], ['no diacritics', strip]];

const N = 96;
const HEAD = ['KẾ HOẠCH', 'Thực hiện Chương trình xây dựng nông thôn mới năm 2027', 'II. MỤC TIÊU', `Toàn tỉnh hiện có ${N} xã thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030.`, '1. Mục tiêu chung'];
const share = (x: number) => String(Math.round((x / N) * 1000) / 10).replace('.', ',');
type Facts = { base: number; add: number; end: number; pct: string };
/** Each phrasing of one sentence, with what a changed number breaks. */
const PHRASINGS: [string, (f: Facts) => string, 'pct' | 'end'][] = [
  ['"nâng tổng số … lên X/Y xã, đạt Z%"', (f) => `- Phấn đấu đến cuối năm 2027 có thêm ${f.add} xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên ${f.end}/${N} xã, đạt ${f.pct}%.`, 'pct'],
  ['"X xã/Y xã, chiếm tỷ lệ Z%"', (f) => `- Số xã đạt chuẩn nông thôn mới đến hết năm 2027 là ${f.end} xã/${N} xã, chiếm tỷ lệ ${f.pct}%.`, 'pct'],
  ['"lên X xã (đạt Z%)", the total in the section\'s opening paragraph', (f) => `- Có thêm ${f.add} xã được công nhận đạt chuẩn NTM trong năm 2027, nâng tổng số xã đạt chuẩn lên ${f.end} xã (đạt ${f.pct}%).`, 'pct'],
  ['"đạt Z% (X/Y xã)"', (f) => `- Tỷ lệ xã đạt chuẩn nông thôn mới đạt ${f.pct}% (${f.end}/${N} xã).`, 'pct'],
  ['"chiếm Z%, tương ứng X/Y xã"', (f) => `- Số xã đạt chuẩn chiếm ${f.pct}%, tương ứng ${f.end}/${N} xã.`, 'pct'],
  ['"Có X xã trên tổng số Y xã …, đạt tỷ lệ Z%"', (f) => `- Có ${f.end} xã trên tổng số ${N} xã đạt chuẩn, đạt tỷ lệ ${f.pct}%.`, 'pct'],
  ['"Có X trong tổng số Y xã …, chiếm Z%"', (f) => `- Có ${f.end} trong tổng số ${N} xã đạt chuẩn nông thôn mới, chiếm ${f.pct}%.`, 'pct'],
  ['"tăng từ A xã lên B xã (tăng thêm N xã)"', (f) => `- Số xã đạt chuẩn nông thôn mới tăng từ ${f.base} xã lên ${f.end} xã (tăng thêm ${f.add} xã).`, 'end'],
  ['"có A xã …; … thêm N xã, nâng tổng số … lên B xã"', (f) => `- Đến hết năm 2026 toàn tỉnh có ${f.base} xã đạt chuẩn NTM; năm 2027 phấn đấu có thêm ${f.add} xã, nâng tổng số xã đạt chuẩn lên ${f.end} xã.`, 'end'],
];
const GOOD: Facts = { base: 73, add: 12, end: 85, pct: share(85) };

function errorsOf(lines: string[]) {
  return checkPlanText(lines.join('\n'), 'vi').issues.filter((i) => i.severity === 'error').map((i) => `${i.line} ${i.code}`);
}

describe.each(PHRASINGS)('the target written %s', (_name, phrase, breaks) => {
  test.each(SPELLINGS)('agreeing, %s: no error', (_s, spell) => {
    expect(errorsOf([...HEAD, phrase(GOOD)].map(spell))).toEqual([]);
  });
  test.each(SPELLINGS)('one number changed, %s: one error, at its line', (_s, spell) => {
    const wrong = breaks === 'pct' ? { ...GOOD, pct: share(86) } : { ...GOOD, end: 86, pct: share(86) };
    expect(errorsOf([...HEAD, phrase(wrong)].map(spell))).toEqual([`${HEAD.length + 1} ${breaks === 'pct' ? 'text-share' : 'text-progress'}`]);
  });
});

describe('what is not the same count, or not of the same whole', () => {
  test.each([
    // The advanced standard raised from its own count: not the 73 at standard.
    '- Đến hết năm 2026 toàn tỉnh có 73 xã đạt chuẩn NTM; năm 2027 có thêm 12 xã đạt chuẩn nâng cao, nâng tổng số xã đạt chuẩn nâng cao lên 20 xã.',
    // A share of the plan, not of the communes.
    '- Có thêm 12 xã được công nhận đạt chuẩn, đạt 96% kế hoạch.',
    // A district's own total nearer than the province's.
    '- Huyện Lâm Bình có 20 xã, trong đó có 10 xã đạt chuẩn, chiếm 50%.',
  ])('%j: no error', (line) => {
    expect(errorsOf([...HEAD, line])).toEqual([]);
  });
});

/**
 * The funding total and its parts, in the sentence of the total or in the next one ("… 1.250.500 triệu
 * đồng. Trong đó: …"), in tỷ or triệu: a total typed wrong is one error at the total — not one per
 * share, when the shares hold with the parts' sum (26j probe t09: three item-share errors and no word
 * of the total).
 */
describe('a funding total and its parts with their shares', () => {
  const FORMS: [string, (total: string, nstw: string) => string][] = [
    ['next sentence, triệu đồng', (total, nstw) => `- Tổng kinh phí thực hiện năm 2027: ${total} triệu đồng. Trong đó: ngân sách trung ương 350.000 triệu đồng (chiếm ${nstw}%); ngân sách địa phương 400.500 triệu đồng (chiếm 32%); vốn huy động khác 500.000 triệu đồng (chiếm 40%).`],
    ['same sentence, triệu đồng', (total, nstw) => `- Tổng kinh phí thực hiện năm 2027 là ${total} triệu đồng, trong đó: ngân sách trung ương 350.000 triệu đồng (chiếm ${nstw}%); ngân sách địa phương 400.500 triệu đồng (chiếm 32%); vốn huy động khác 500.000 triệu đồng (chiếm 40%).`],
    ['next sentence, tỷ đồng', (total, nstw) => `- Tổng nguồn vốn năm 2027 là ${total.replace(/\.(\d{3})$/, ',$1').replace(/,?0+$/, '')} tỷ đồng. Trong đó, ngân sách trung ương 350 tỷ đồng (chiếm ${nstw}%), ngân sách địa phương 400,5 tỷ đồng (chiếm 32%), vốn huy động khác 500 tỷ đồng (chiếm 40%).`],
  ];
  describe.each(FORMS)('%s', (_name, form) => {
    test.each(SPELLINGS)('agreeing, %s: no error', (_s, spell) => {
      expect(errorsOf([...HEAD, 'IV. NGUỒN VỐN', form('1.250.500', '28')].map(spell))).toEqual([]);
    });
    test.each(SPELLINGS)('the total typed 1.205.500, %s: one error, the total\'s', (_s, spell) => {
      expect(errorsOf([...HEAD, 'IV. NGUỒN VỐN', form('1.205.500', '28')].map(spell))).toEqual([`${HEAD.length + 2} text-total`]);
    });
    test('a share typed wrong: one error, the share\'s', () => {
      expect(errorsOf([...HEAD, 'IV. NGUỒN VỐN', form('1.250.500', '30')])).toEqual([`${HEAD.length + 2} text-item-share`]);
    });
  });
});

/** Per criterion, as the targets are listed (26j probe, round 3: the share after "tiêu chí số 9 về …" and before "(96/96 xã)" were unread). */
describe('a criterion\'s target in a list, its number between the count and the share', () => {
  const LINES: [string, (pct: string) => string][] = [
    ['"X/Y xã, đạt Z%"', (pct) => `- Tiêu chí số 3 - Phát triển kinh tế nông thôn: 70/96 xã, đạt ${pct}%.`],
    ['"có X xã đạt (Z%)"', (pct) => `- Tiêu chí Đào tạo nguồn nhân lực nông thôn: có 64 xã đạt (${pct}%).`],
    ['"X/Y xã đạt tiêu chí số 9 về … (tỷ lệ Z%)"', (pct) => `- Có 90/96 xã đạt tiêu chí số 9 về hệ thống chính trị (tỷ lệ ${pct}%).`],
    ['"Z% số xã đạt tiêu chí số 10 (X/Y xã)"', (pct) => `- Phấn đấu ${pct}% số xã đạt tiêu chí số 10 (90/96 xã).`],
  ];
  const RIGHT = ['72,9', '66,7', '93,8', '93,8'];
  describe.each(LINES.map((l, i) => [...l, RIGHT[i]] as const))('%s', (_name, line, right) => {
    test.each(SPELLINGS)('agreeing, %s: no error', (_s, spell) => {
      expect(errorsOf([...HEAD.slice(0, 4), '2. Chỉ tiêu cụ thể theo từng tiêu chí', line(right)].map(spell))).toEqual([]);
    });
    test.each(SPELLINGS)('one more point, %s: one error at its line', (_s, spell) => {
      const wrong = String(Number(right.replace(',', '.')) + 1).replace('.', ',');
      expect(errorsOf([...HEAD.slice(0, 4), '2. Chỉ tiêu cụ thể theo từng tiêu chí', line(wrong)].map(spell))).toEqual(['6 text-share']);
    });
  });
});
