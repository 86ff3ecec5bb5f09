/**
 * Targets per criterion with the number of communes typed on every row, in a column of its own:
 * "TT | Tiêu chí | Tổng số xã | Số xã đạt đến 31/12/2026 | Số xã đạt thêm năm 2027 | Số xã đạt đến
 * 31/12/2027 | Tỷ lệ so với tổng số xã (%)". Each row's "Tổng số xã" is the whole its share divides by.
 * Before, the table was read without it: one "missing-value" warning on a clean table, every share
 * unchecked and a wrong one passed with exit 0. Clean says nothing; one share typed wrong is an error
 * at its cell; the same with the column after the shares, without diacritics, in NFD, numbers as text.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { applyPlanToSnapshot } from '../../src/domain/fill/applyToSnapshot';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const BASELINE = [80, 41, 38, 30, 52, 49, 33, 57, 70, 75];
const ADDED = [4, 6, 0, 7, 3, 5, 9, 2, 6, 1];
const N = 86;
const pct = (n: number) => Math.round((n / N) * 1000) / 10;

function table(o: { unitsLast?: boolean; change?: { k: number; by: number }; blank?: boolean } = {}): { book: WorkbookSnapshot; share: (k: number) => string } {
  const formats: Record<string, string> = {};
  const head = ['Số xã đạt đến 31/12/2026', 'Số xã đạt thêm năm 2027', 'Số xã đạt đến 31/12/2027', 'Tỷ lệ so với tổng số xã (%)'];
  const rows: CellValue[][] = [['CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ NĂM 2027'], [], o.unitsLast ? ['TT', 'Tiêu chí', ...head, 'Tổng số xã'] : ['TT', 'Tiêu chí', 'Tổng số xã', ...head]];
  const shareCol = o.unitsLast ? 5 : 6;
  NAMES.forEach((name, i) => {
    const end = BASELINE[i] + ADDED[i];
    const share = pct(end) + (o.change?.k === i + 1 ? o.change.by : 0);
    formats[a1(3 + i, shareCol)] = '0.0';
    const counts = [BASELINE[i], ADDED[i], end, o.blank ? null : share];
    rows.push(o.unitsLast ? [i + 1, name, ...counts, N] : [i + 1, name, N, ...counts]);
  });
  return { book: { name: 'chi-tieu.xlsx', sheets: [sheet('Chi tieu', rows, { formats })] }, share: (k) => a1(2 + k, shareCol) };
}

const notInfo = (book: WorkbookSnapshot) => checkWorkbook(book, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each([{ unitsLast: false }, { unitsLast: true }])('"Tổng số xã" last: $unitsLast', (layout) => {
  test('clean: nothing to say, not even a warning', () => {
    expect(notInfo(table(layout).book)).toEqual([]);
  });
  test('criterion 6 share typed 3 points low: one error, at it', () => {
    const { book, share } = table({ ...layout, change: { k: 6, by: -3 } });
    expect(notInfo(book)).toEqual([expect.stringMatching(new RegExp(`^${share(6)} percent-mismatch error$`))]);
  });
});

test.each([false, true])('blank shares ("Tổng số xã" last: %s): each is filled over its own row\'s "Tổng số xã", and the filled sheet checks clean', (unitsLast) => {
  const { book, share } = table({ unitsLast, blank: true });
  const { plan } = planFill(book);
  const writes = cellWrites(plan).filter((w) => w.role === 'criterion.percent');
  const unitsLetter = unitsLast ? 'G' : 'C';
  expect(writes.map((w) => w.cell)).toEqual(NAMES.map((_, i) => share(i + 1)));
  writes.forEach((w, i) => {
    expect(w.formula).toContain(`${unitsLetter}${4 + i}`);
    expect(w.value).toBeCloseTo(((BASELINE[i] + ADDED[i]) / N) * 100, 9);
  });
  expect(notInfo(applyPlanToSnapshot(book, plan))).toEqual([]);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const { book } of [table(), table({ change: { k: 2, by: 2 } }), table({ unitsLast: true, change: { k: 9, by: -1.5 } })]) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});
