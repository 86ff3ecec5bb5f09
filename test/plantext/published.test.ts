/**
 * Published passages (quoted in test/plantext/corpus with their addresses): unchanged they give no
 * error; with one number changed the check notices. And the real plans' sections pasted alone give
 * no error the whole plan does not give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlanText } from '../../src/domain/plantext/check';

type Entry = { source: string; text: string };
const corpus: Entry[] = readdirSync(path.join(__dirname, 'corpus')).filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(path.join(__dirname, 'corpus', f), 'utf8')) as Entry[]);
const passage = (start: string) => {
  const found = corpus.find((e) => e.text.startsWith(start));
  if (!found) throw new Error(`no corpus passage starting "${start}"`);
  return found.text;
};
const errors = (text: string) => checkPlanText(text, 'vi').issues.filter((i) => i.severity === 'error');

// Each: the passage, the number as printed, what it is changed to, the finding expected.
const CHANGES: [string, string, string, string][] = [
  ['Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới (NTM), từ nguồn', '65,88 tỷ', '66,88 tỷ', 'text-total'],
  ['Hiện 89 xã xây dựng nông thôn mới', 'Có 38 xã', 'Có 40 xã', 'text-share'],
  ['Số xã đã được công nhận đạt chuẩn nông thôn mới nâng cao', '3/15 xã', '4/15 xã', 'text-share'],
  ['Theo đó, đến nay trên địa bàn tỉnh có 123/193', '123/193', '125/193', 'text-share'],
  ['Tổng mức vốn thực hiện từ ngân sách nhà nƣớc', '130.000 tỷ', '131.000 tỷ', 'text-total'],
  ['Tính đến tháng 4.2020', 'có 160 trong', 'có 150 trong', 'text-share'],
  ['Theo Bộ Nông nghiệp và Phát triển nông thôn, tính đến hết tháng 6', '5.775/8.227', '5.875/8.227', 'text-share'],
  ['Qua thảo luận, đánh giá, các thành viên Ban Chỉ đạo', '11 xã', '12 xã', 'text-list-count'],
  ['Đến nay, bình quân tiêu chí nông thôn mới đạt được trên toàn tỉnh là 16,3', '16,3', '18,3', 'text-average'],
  ['Tổng kinh phí', '', '', ''],
].filter(([, from]) => from !== '') as [string, string, string, string][];

describe('one number changed in a published passage', () => {
  test.each(CHANGES)('%s …: %s → %s is noticed (%s); the passage as published is not', (start, from, to, code) => {
    const text = passage(start);
    expect(text).toContain(from);
    expect(errors(text)).toEqual([]);
    const changed = text.replace(from, to);
    expect(errors(changed).map((f) => f.code)).toContain(code);
  });
});

describe('the real plans\' sections pasted alone', () => {
  const SEEDS = path.join(__dirname, '..', 'fixtures', 'plans');
  const names = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  test.each(names)('%s: no error in a section that the whole plan does not report', (name) => {
    const text = readFileSync(path.join(SEEDS, name), 'utf8');
    const whole = new Set(errors(text).map((f) => `${f.code} ${f.actual} ${f.expected}`));
    const lines = text.split(/\r?\n/);
    // Sections start at roman-numbered headings ("II. MỤC TIÊU"); each is pasted alone.
    const starts = lines.map((l, i) => (/^\s*(?:\*\*)?[IVX]{1,4}\.\s+\S/.test(l) ? i : -1)).filter((i) => i >= 0);
    expect(starts.length).toBeGreaterThan(1);
    const bounds = [0, ...starts, lines.length];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const section = lines.slice(bounds[k], bounds[k + 1]).join('\n');
      const extra = errors(section).filter((f) => !whole.has(`${f.code} ${f.actual} ${f.expected}`));
      expect(extra.map((f) => `${name} section ${k}: ${f.code} ${f.actual} → ${f.expected} "${f.quote.slice(0, 80)}"`)).toEqual([]);
    }
  });
});
