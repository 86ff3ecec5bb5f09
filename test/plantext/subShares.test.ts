/**
 * A count's part and its share, as national and provincial reports print them: "6.250/8.014 xã (78%)
 * đạt chuẩn nông thôn mới; trong đó, có 2.275 xã (36,4%) đạt chuẩn nâng cao và 550 xã (8,8%) … kiểu
 * mẫu" (VPĐP, 01/2025): the shares of the higher tiers are of the communes met, not of all. A share
 * that holds with the count it is part of, or with the whole, is no fault; one that holds with neither
 * is said against the nearer reading (06/2025: 2.567/6.084 = 42,2%, printed 42,4% — not "33,5%").
 * Before, every such share was checked against the whole only: two false errors per sentence. The same
 * typed without diacritics and in NFD.
 */
import { checkPlanText } from '../../src/domain/plantext/check';

const strip = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const SPELLINGS: [string, (t: string) => string][] = [['as typed', (t) => t], ['no diacritics', strip], ['NFD', (t) => t.normalize('NFD')]];
const errors = (text: string) => checkPlanText(text, 'vi').issues.filter((i) => i.severity === 'error').map((f) => `${f.code} ${f.actual} → ${f.expected}`);

const JAN_2025 = 'Đến tháng 1-2025, cả nước đã có 6.250/8.014 xã (78%) đạt chuẩn nông thôn mới; trong đó, có 2.275 xã (36,4%) đạt chuẩn nông thôn mới nâng cao và 550 xã (8,8%) đạt chuẩn nông thôn mới kiểu mẫu.';
const JUN_2025 = 'Đến tháng 6/2025, cả nước có 6.084/7.669 xã (79,3%) đã được công nhận đạt chuẩn nông thôn mới; có 2.567 xã (42,4%) đạt chuẩn nông thôn mới nâng cao và 743 xã (12,3%) đạt chuẩn nông thôn mới kiểu mẫu.';
const province = (share: string) => `Toàn tỉnh có 45/120 xã (37,5%) đạt chuẩn nông thôn mới, trong đó 12 xã (${share}) đạt chuẩn nông thôn mới nâng cao.`;

describe.each(SPELLINGS)('%s', (_name, spell) => {
  test('01/2025 as published: the tiers\' shares are of the communes met, no finding', () => {
    expect(errors(spell(JAN_2025))).toEqual([]);
  });
  test('06/2025 as published: 42,4% and 12,3% are said against the communes met (42,2%, 12,2%)', () => {
    expect(errors(spell(JUN_2025))).toEqual(['text-share 42,4% → 42,2%', 'text-share 12,3% → 12,2%']);
  });
  test.each([['10%'], ['26,7%'], ['27%']])('a part\'s share of the whole or of its count (%s): no finding', (share) => {
    expect(errors(spell(province(share)))).toEqual([]);
  });
  test('a part\'s share that holds with neither: said against the nearer', () => {
    expect(errors(spell(province('24,1%')))).toEqual(['text-share 24,1% → 26,7%']);
    expect(errors(spell(province('11,5%')))).toEqual(['text-share 11,5% → 10,0%']);
  });
});
