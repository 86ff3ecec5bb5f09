import type { TextFindingDraft } from '../findings';
import { dayNumber, latestDay, shownDay } from '../read/plan';
import type { Reading } from '../read/reading';

// Words that make the date after them a deadline: "xong trước 30/4/2022", "hoàn thành trong Quý II/2022", "chậm nhất tháng 10/2022", "thời gian: Quý IV/2027".
const DEADLINE = /\b(truoc|xong|hoan thanh|hoan thien|cham nhat|thoi han|han chot|thoi gian(?: thuc hien| hoan thanh)?\s*:|ket thuc)\b[^.;\d]{0,25}$/;
// A report of the year may fall in the first weeks of the next one: "báo cáo tổng kết năm 2027 trước 15/01/2028".
const REPORT = /\b(bao cao|tong ket|so ket|danh gia|thong ke|quyet toan|giai ngan)\b/;
// Results, history and the basis of the plan are not deadlines.
const PAST = /\b(can cu|theo|tai|ket qua|den nay|tinh den|da|duoc ban hanh)\b/;

/**
 * A deadline outside the plan's year: "xong trước 30/6/2026" or "trong Quý III/2028" in a 2027 plan.
 * A date before the plan's own date is always outside; the next January may carry the year's
 * reports. Needs the plan's year (its title, objectives or date).
 *
 * @example
 * deadlinesOutside(readText(prepareText('KẾ HOẠCH\nXây dựng nông thôn mới năm 2027\n- Hoàn thành rà soát, xong trước 30/6/2026.')))[0].actual // '30/06/2026'
 */
export function deadlinesOutside(reading: Reading): TextFindingDraft[] {
  const year = reading.plan.year;
  if (year === undefined) return [];
  const planDay = reading.plan.date ? latestDay(reading.plan.date) : undefined;
  const findings: TextFindingDraft[] = [];
  for (const sentence of reading.sentences) {
    for (const date of sentence.others) {
      if (date.kind !== 'date' || date.year === undefined || date.year === year) continue;
      const before = sentence.folded.slice(Math.max(0, date.start - sentence.start - 40), date.start - sentence.start);
      if (!DEADLINE.test(before) || PAST.test(before.slice(-25))) continue;
      const day = { day: date.day, month: date.month, year: date.year };
      if (date.year === year + 1 && (date.month ?? 12) <= 1 && REPORT.test(sentence.folded)) continue;
      // Preparing the plan's year before it starts, after the plan is signed, is in time.
      if (date.year === year - 1 && planDay !== undefined && dayNumber(day.year, day.month ?? 12, day.day ?? 28) >= planDay) continue;
      if (Math.abs(date.year - year) > 3) continue;
      findings.push({
        code: 'text-deadline', line: reading.text.lineOf(date.start), quote: sentence.quote, actual: shownDay(day), expected: String(year),
        params: { date: date.text, year, yearLine: reading.plan.yearLine ?? 0, yearSource: reading.plan.yearSource ?? 'title' },
      });
    }
  }
  return findings;
}
