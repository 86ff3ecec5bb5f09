/**
 * The number of communes is decided once, by the analysis (analysis/communes.ts communesFor), for
 * the check, the fill and the plan text alike. The same targets table states it in three ways: in
 * its title ("tính trên 124 xã"), only in its year-end counts ("104/124"), or through a roll-up on
 * another sheet whose "Toàn tỉnh" row totals its "Tổng số xã" column. Each way gives the same number
 * with its source, the same findings (none when clean, one error at the changed share), the same
 * shares written by the fill, and the same number in the plan text.
 */
import { analyzeWorkbook, checkWorkbook } from '../../src/domain/engine';
import { communesFor } from '../../src/domain/analysis/communes';
import { viewsOf } from '../../src/domain/analysis/select';
import { cellWrites } from '../../src/domain/fill/cells';
import { planFill } from '../../src/domain/fill/plan';
import { planFacts } from '../../src/domain/plantext/planFacts';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const AREAS: [string, number, number][] = [['Khu vực miền núi', 48, 21], ['Khu vực trung du', 36, 25], ['Khu vực đồng bằng', 40, 33]];
const COMMUNES = AREAS.reduce((s, a) => s + a[1], 0);
const MET = AREAS.reduce((s, a) => s + a[2], 0);
const NAMES = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const BASELINE = [94, 94, 44, 41, 70, 66, 49, 71, 88, 90];
const ADDED = [10, 0, 14, 15, 6, 8, 12, 5, 7, 3];
const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;

type Way = 'title' | 'counts' | 'rollup';
const WAYS: Way[] = ['title', 'counts', 'rollup'];
const TARGETS = 'Chi tieu';
/** The share cell of criterion k (its row under the title and header). */
const shareCell = (k: number) => a1(2 + k, 5);

function book(way: Way, change?: { k: number; by: number }, shares: 'typed' | 'blank' = 'typed'): WorkbookSnapshot {
  const by = (k: number) => (change?.k === k ? change.by : 0);
  const targets: CellValue[][] = [
    [`CHỈ TIÊU THEO TIÊU CHÍ NĂM 2027${way === 'title' ? ` (tính trên ${COMMUNES} xã)` : ''}`],
    ['TT', 'Tiêu chí', 'Số xã đạt đến 31/12/2026', 'Phấn đấu đạt thêm năm 2027', 'Lũy kế đến 31/12/2027', 'Tỷ lệ (%)'],
    ...NAMES.map((name, k): CellValue[] => {
      const end = BASELINE[k] + ADDED[k];
      return [k + 1, name, BASELINE[k], ADDED[k], way === 'counts' ? `${end}/${COMMUNES}` : end, shares === 'blank' ? null : pct(end, COMMUNES) + by(k)];
    }),
  ];
  const sheets = [sheet(TARGETS, targets)];
  if (way === 'rollup') {
    sheets.push(sheet('Tong hop', [
      ['SỐ XÃ ĐẠT CHUẨN NÔNG THÔN MỚI ĐẾN 31/12/2026'],
      ['TT', 'Khu vực', 'Tổng số xã', 'Số xã đạt chuẩn NTM', 'Tỷ lệ (%)'],
      ...AREAS.map(([name, n, m], i): CellValue[] => [i + 1, name, n, m, pct(m, n)]),
      [null, 'Toàn tỉnh', COMMUNES, MET, pct(MET, COMMUNES)],
    ]));
  }
  return { name: `chi-tieu-${way}.xlsx`, sheets };
}

const notInfo = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.sheet}!${i.cell} ${i.code} ${i.severity}`);
const targetsView = (b: WorkbookSnapshot) => {
  const analysis = analyzeWorkbook(b);
  return { analysis, view: viewsOf(analysis, 'targets')[0].view };
};

describe.each(WAYS)('the number of communes stated by its %s', (way) => {
  test('the analysis decides it, with where it was read', () => {
    const { analysis, view } = targetsView(book(way));
    const fact = communesFor(analysis, view);
    expect(fact?.value).toBe(COMMUNES);
    const where = { title: { kind: 'title', sheet: TARGETS, cell: 'A1' }, counts: { kind: 'ratio', sheet: TARGETS, cell: 'E3' }, rollup: { kind: 'cell', sheet: 'Tong hop', cell: a1(2 + AREAS.length, 2) } }[way];
    expect(fact?.source).toMatchObject(where);
  });

  test('clean: nothing to say, not even a warning; one changed share: one error, at its cell', () => {
    expect(notInfo(book(way))).toEqual([]);
    expect(notInfo(book(way, { k: 3, by: 2.5 }))).toEqual([`${TARGETS}!${shareCell(3)} percent-mismatch error`]);
  });

  test('the fill writes every share over the same number (a count typed as "104/124" is text: no formula can read it)', () => {
    const { plan } = planFill(book(way, undefined, 'blank'));
    const shares = NAMES.map((_, k) => shareCell(k));
    const reasons = new Set(plan.skipped.filter((s) => shares.includes(s.cell.replace(/^.*!/, ''))).map((s) => s.reason));
    const writes = cellWrites(plan).filter((w) => w.role === 'criterion.percent');
    if (way === 'counts') {
      expect([writes.length, [...reasons]]).toEqual([0, ['text-number']]);
      return;
    }
    expect(reasons.size).toBe(0);
    expect(writes.map((w) => w.cell.replace(/^.*!/, ''))).toEqual(shares);
    writes.forEach((w, k) => expect(w.value).toBeCloseTo(((BASELINE[k] + ADDED[k]) / COMMUNES) * 100, 9));
  });

  test('the plan text uses the same number, and finds no other', () => {
    const facts = planFacts(analyzeWorkbook(book(way)));
    expect(facts.communes?.count).toBe(COMMUNES);
    expect(facts.notes.filter((n) => n.code === 'plan-communes-differ')).toEqual([]);
  });

  describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
    test('the same findings', () => {
      for (const b of [book(way), book(way, { k: 6, by: -3 })]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
    });
  });
});

test('a roll-up stating another total than the table\'s title: the plan text keeps the table\'s and says where the other is', () => {
  const b = book('title');
  const rollup = book('rollup').sheets[1];
  const last = rollup.values.length - 1;
  const other = { ...rollup, values: rollup.values.map((row, r) => (r === last ? row.map((v, c) => (c === 2 ? COMMUNES + 1 : v)) : row)) };
  const facts = planFacts(analyzeWorkbook({ ...b, sheets: [...b.sheets, other] }));
  expect(facts.communes).toMatchObject({ count: COMMUNES, sheet: TARGETS, how: 'stated' });
  expect(facts.notes.filter((n) => n.code === 'plan-communes-differ').map((n) => [n.sheet, n.cell, n.expected, n.actual])).toEqual([['Tong hop', a1(last, 2), COMMUNES, COMMUNES + 1]]);
});
