/**
 * Where the fill adds lines under a table, and what it adds to a year's results.
 *
 * 26i's i13, i14, i32, i43: an appraisal of 2026 (x / "-", Đạt / Chưa đạt, no planned mark) was given
 * plan columns ("Số TC phấn đấu 2026", "Số TC cuối năm", "Nhóm TC") and summary rows ("Tổng số xã
 * phấn đấu năm 2026" …), and the rows landed below the signature block. Now: a results table gets no
 * plan columns or rows; lines are added only in the blank rows directly under a table, all or none,
 * one left blank before what is typed under it ("Nơi nhận", "TM. ỦY BAN NHÂN DÂN", notes) — never over
 * or below it; with no room the lines are said as not written (`no-room`), with what is typed there.
 * A plan keeps its plan columns; a table with nothing under it gets its lines right under it.
 */
import { cellWrites } from '../../src/domain/fill/cells';
import { planFill } from '../../src/domain/fill/plan';
import { applyPlanToSnapshot } from '../../src/domain/fill/applyToSnapshot';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { adr, sheet } from '../helpers/sheets';
import { findingsOf, VARIANTS, variantOf } from '../helpers/variants';

const NAMES = ['Yên Hòa', 'Trung Sơn', 'Phúc Thịnh', 'Lam Hồng', 'Hồng Phong', 'Tân Dân', 'Nam Cường'];
const MARKS = [
  'MMMMMMMMMM', 'NMMNMNMMMM', 'MMNMNMMNMM', 'MMMNMMMMMN', 'MMMMNNMMNN', 'NNNMMMNMMN', 'MMMMMMMMMP',
];

type Options = { marks: 'x' | 'dat'; plan?: boolean; gap: number; signature: boolean; countRow?: boolean };

/** Communes × 10 criteria; `plan`: one commune plans a criterion ("KH"); `gap` blank rows, then the signature block (or nothing). */
function book(o: Options): WorkbookSnapshot {
  const met = o.marks === 'x' ? 'x' : 'Đạt';
  const not = o.marks === 'x' ? '-' : 'Chưa đạt';
  const legend = o.plan ? 'Ký hiệu: x - đạt; KH - phấn đấu đạt năm 2027; "-" - chưa đạt' : o.marks === 'x' ? 'Ký hiệu: x - đạt; "-" - chưa đạt' : null;
  const rows: CellValue[][] = [
    [o.plan ? 'KẾ HOẠCH PHẤN ĐẤU CÁC TIÊU CHÍ NÔNG THÔN MỚI CỦA CÁC XÃ NĂM 2027' : 'KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ ĐẠT CÁC TIÊU CHÍ NÔNG THÔN MỚI CỦA CÁC XÃ NĂM 2026'],
    [legend],
    ['TT', 'Tên xã', 'Các tiêu chí'],
    [null, null, ...Array.from({ length: 10 }, (_, k) => `TC ${k + 1}`)],
    ...MARKS.map((m, i): CellValue[] => [i + 1, `Xã ${NAMES[i]}`, ...[...m].map((c) => (c === 'M' ? met : c === 'P' ? (o.plan ? 'KH' : met) : not))]),
  ];
  if (o.countRow) rows.push(['Số xã đạt', null, ...Array(10).fill(null)]);
  for (let i = 0; i < o.gap; i++) rows.push([]);
  if (o.signature) {
    rows.push([null, null, null, null, null, null, null, null, null, 'Tuyên Quang, ngày 15 tháng 12 năm 2026']);
    rows.push(['Nơi nhận:', null, null, null, null, null, null, null, null, 'TM. ỦY BAN NHÂN DÂN']);
    rows.push(['- Như trên;', null, null, null, null, null, null, null, null, 'CHỦ TỊCH']);
    rows.push(['- Lưu: VT.']);
  }
  return { name: 'xa.xlsx', sheets: [sheet('Danh gia xa', rows)] };
}
const lastRow = (o: Options) => 4 + MARKS.length + (o.countRow ? 1 : 0); // 1-based row of the table's last line
const signatureRow = (o: Options) => lastRow(o) + o.gap + 1;

const fill = (b: WorkbookSnapshot) => planFill(b).plan;
const rowOf = (cell: string) => adr(cell).row + 1;

describe.each(['x', 'dat'] as const)('an appraisal typed with %s marks', (marks) => {
  const tight: Options = { marks, gap: 2, signature: true, countRow: true };
  test('no plan columns: nothing planned, at year end or banded is added beside the communes', () => {
    const writes = cellWrites(fill(book(tight)));
    expect(writes.filter((w) => ['commune.planned', 'commune.end', 'commune.group', 'criterion.planned', 'criterion.end'].includes(w.role))).toEqual([]);
    expect(writes.filter((w) => w.role === 'label' && /phấn đấu|cuối năm|Nhóm TC/.test(w.text ?? '')).map((w) => `${w.cell} ${w.text}`)).toEqual([]);
    // The count of what each commune met is its result: written in a column of its own.
    expect(writes.filter((w) => w.role === 'commune.baseline')).toHaveLength(MARKS.length);
  });
  test('two blank rows before the signature: no line is written over or below it, the lines not added are said with what is there', () => {
    const plan = fill(book(tight));
    const writes = cellWrites(plan);
    expect(writes.filter((w) => rowOf(w.cell) > lastRow(tight))).toEqual([]);
    const skipped = plan.skipped.filter((s) => (s.reason as string) === 'no-room');
    expect(skipped.map((s) => s.key)).toEqual(['Tỷ lệ xã đạt (%)', 'Tổng số xã', 'Bình quân tiêu chí/xã', ...['10', '8-9', '5-7', '3-4', '0-2'].map((g) => `Số xã đạt ${g} tiêu chí`)]);
    expect(new Set(skipped.map((s) => s.cell))).toEqual(new Set([`B${lastRow(tight) + 1}`]));
    expect(skipped[0].current).toBe('Tuyên Quang, ngày 15 tháng 12 năm 2026');
    // The sheet's own count row is still filled.
    expect(writes.filter((w) => w.role === 'criterion.baseline').map((w) => rowOf(w.cell))).toEqual(Array(10).fill(lastRow(tight)));
    expect(findingsOf(applyPlanToSnapshot(book(tight), plan)).filter((f) => f.endsWith(' error'))).toEqual([]);
  });
  test('room enough before the signature: the lines go directly under the table, one blank row kept before it', () => {
    const roomy: Options = { ...tight, gap: 10 };
    const writes = cellWrites(fill(book(roomy)));
    const rows = [...new Set(writes.filter((w) => rowOf(w.cell) > lastRow(roomy)).map((w) => rowOf(w.cell)))].sort((a, b) => a - b);
    expect(rows).toEqual(Array.from({ length: 8 }, (_, i) => lastRow(roomy) + 1 + i));
    expect(Math.max(...rows)).toBeLessThan(signatureRow(roomy) - 1);
    expect(writes.find((w) => w.role === 'label' && rowOf(w.cell) === lastRow(roomy) + 1)?.text).toBe('Tỷ lệ xã đạt (%)');
    // Shares of what is met: a result, not a plan.
    const share = writes.find((w) => w.role === 'criterion.percent' && w.key === '1')!;
    expect(share.value).toBeCloseTo(5 / 7, 9);
  });
  test('nothing under the table: the lines right under it, as before', () => {
    const open: Options = { marks, gap: 0, signature: false, countRow: true };
    const writes = cellWrites(fill(book(open)));
    expect(writes.filter((w) => w.role === 'summary.communes').map((w) => rowOf(w.cell))).toEqual([lastRow(open) + 2]);
  });
});

describe('a plan (a commune plans a criterion, "KH" in its legend)', () => {
  const tight: Options = { marks: 'x', plan: true, gap: 1, signature: true };
  test('keeps its plan columns', () => {
    const roles = cellWrites(fill(book(tight))).map((w) => w.role);
    expect(roles).toEqual(expect.arrayContaining(['commune.planned', 'commune.end', 'commune.group']));
  });
  test('its summary lines are not written over or below the signature either', () => {
    const plan = fill(book(tight));
    expect(cellWrites(plan).filter((w) => rowOf(w.cell) > lastRow(tight))).toEqual([]);
    expect(plan.skipped.filter((s) => (s.reason as string) === 'no-room').map((s) => s.key)).toEqual(expect.arrayContaining(['Tổng số xã đã đạt', 'Tổng số xã phấn đấu năm 2027', 'Tổng số xã đạt cuối năm', 'Tỷ lệ xã đạt cuối năm (%)']));
  });
});

describe('a funding list with no total row and the signature right under it', () => {
  const funding = (gap: number) => ({ name: 'von.xlsx', sheets: [sheet('Nguon von', [
    ['KẾ HOẠCH VỐN NĂM 2027'],
    ['TT', 'Nguồn vốn', 'Kế hoạch năm 2027'],
    ['1', 'Ngân sách trung ương', 1200],
    ['2', 'Ngân sách địa phương', 800],
    ['3', 'Vốn lồng ghép', 500],
    ...Array.from({ length: gap }, (): CellValue[] => []),
    ['Nơi nhận:', null, 'TM. ỦY BAN NHÂN DÂN'],
    ['- Lưu: VT.', null, 'CHỦ TỊCH'],
  ])] });
  test('no total row under the signature: said as not written', () => {
    const plan = fill(funding(0));
    expect(cellWrites(plan).filter((w) => rowOf(w.cell) > 5)).toEqual([]);
    expect(plan.skipped.filter((s) => (s.reason as string) === 'no-room').map((s) => `${s.cell} ${s.key}`)).toEqual(['B6 Tổng cộng']);
  });
  test('with two blank rows: the total directly under the list', () => {
    const writes = cellWrites(fill(funding(2)));
    expect(writes.find((w) => w.role === 'funding.total')?.cell).toBe('C6');
  });
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same cells written and the same lines not added', () => {
    const show = (b: WorkbookSnapshot) => { const plan = fill(b); return [...cellWrites(plan).map((w) => `${w.cell} ${w.role}`), ...plan.skipped.filter((s) => (s.reason as string) === 'no-room').map((s) => `${s.cell} no-room`)]; };
    for (const o of [{ marks: 'x', gap: 2, signature: true, countRow: true }, { marks: 'dat', gap: 10, signature: true, countRow: true }] as Options[]) {
      expect(show(variantOf(book(o), variant))).toEqual(show(book(o)));
    }
  });
});
