/**
 * A wrong leaf in a roll-up — one commune's criteria met, or added this year, typed off — breaks two
 * relations by the same amount: the sum over its communes (a group's row, a "Cộng nhóm" line, the
 * total row) and its own row's year end ("(5) = (3) + (4)"). It is said once, at the leaf
 * (`shared-part`), not at the two right cells those relations target (26k and 26l left this: two
 * errors, neither at the typed number). The same in every layout and spelling; a wrong year end or a
 * wrong group sum is still said at itself; two faults are both said; a clean table says nothing.
 */
import { checkWorkbook } from '../../src/domain/engine';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { SPELLINGS, VARIANTS } from '../helpers/variants';

/** Communes by group: criteria met to 2026, added in 2027. */
const GROUPS: [string, [string, number, number][]][] = [
  ['Nhóm 1: Xã đã đạt chuẩn nông thôn mới', [['Xã Thái Bình', 9, 0], ['Xã Nhữ Khê', 9, 1], ['Xã Tân Long', 8, 2]]],
  ['Nhóm 2: Xã đạt từ 5 đến 9 tiêu chí', [['Xã Trung Sơn', 6, 2], ['Xã Kim Quan', 6, 1], ['Xã Hùng Lợi', 7, 1], ['Xã Phù Lưu', 5, 2]]],
  ['Nhóm 3: Xã đạt dưới 5 tiêu chí', [['Xã Bình Xa', 3, 1], ['Xã Minh Hương', 4, 2]]],
];
const ROMAN = ['I', 'II', 'III'];
const HEADS = ['Số tiêu chí đạt đến 31/12/2026', 'Số tiêu chí phấn đấu đạt thêm năm 2027', 'Số tiêu chí đạt đến 31/12/2027'];

/** A typo: added to the figure of a commune (or a group's line: its name) in column 0 (met), 1 (added) or 2 (year end). */
type Typo = { at: string; col: 0 | 1 | 2; by: number };
type Layout = { groups: 'heads' | 'closing' | 'none'; totalsOnTop?: boolean; numbers?: boolean };
const LAYOUTS: Record<string, Layout> = {
  'groups as heading rows with their sums, total at the bottom': { groups: 'heads' },
  'groups as heading rows with their sums, total on top': { groups: 'heads', totalsOnTop: true },
  'blocks closed by "Cộng nhóm I"': { groups: 'closing' },
  'with a column-number row "(5)=(3)+(4)"': { groups: 'heads', numbers: true },
  'communes only, total at the bottom': { groups: 'none' },
};

type Laid = { snapshot: SheetSnapshot; cell: (at: string, col: number) => string };

function lay(layout: Layout, typos: Typo[] = []): Laid {
  const where = new Map<string, number>();
  const rows: CellValue[][] = [['SỐ TIÊU CHÍ ĐẠT CỦA CÁC XÃ THEO NHÓM NĂM 2027'], ['STT', 'Tên xã', ...HEADS]];
  if (layout.numbers) rows.push(['(1)', '(2)', '(3)', '(4)', '(5)=(3)+(4)']);
  const figures = (met: number, added: number): number[] => [met, added, met + added];
  const body: [CellValue, string, number[]][] = [];
  GROUPS.forEach(([name, communes], g) => {
    const sums = [0, 1].map((k) => communes.reduce((t, c) => t + (k === 0 ? c[1] : c[2]), 0));
    if (layout.groups === 'heads') body.push([ROMAN[g], name, figures(sums[0], sums[1])]);
    if (layout.groups === 'closing') body.push([ROMAN[g], name, []]);
    communes.forEach(([commune, met, added], i) => body.push([i + 1, commune, figures(met, added)]));
    if (layout.groups === 'closing') body.push([null, `Cộng nhóm ${ROMAN[g]}`, figures(sums[0], sums[1])]);
  });
  const all = GROUPS.flatMap(([, communes]) => communes);
  const total: [CellValue, string, number[]] = [null, 'Tổng cộng', figures(all.reduce((t, c) => t + c[1], 0), all.reduce((t, c) => t + c[2], 0))];
  const ordered = layout.totalsOnTop ? [total, ...body] : [...body, total];
  for (const [tt, label, values] of ordered) {
    where.set(label, rows.length);
    rows.push([tt, label, ...values]);
  }
  for (const typo of typos) (rows[where.get(typo.at)!][2 + typo.col] as number) += typo.by;
  return { snapshot: sheet('Theo nhom xa', rows), cell: (at, col) => a1(where.get(at)!, 2 + col) };
}

const SPELL: [string, (s: SheetSnapshot) => SheetSnapshot][] = [...SPELLINGS, ['numbers as text', VARIANTS['numbers as text']]];
const loud = (snapshot: SheetSnapshot) => checkWorkbook({ name: 'nhom.xlsx', sheets: [snapshot] }, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.severity}`);

describe.each(SPELL)('typed %s', (_spelling, spell) => {
  describe.each(Object.entries(LAYOUTS))('%s', (_layout, layout) => {
    const found = (typos: Typo[]) => { const laid = lay(layout, typos); return { laid, found: loud(spell(laid.snapshot)) }; };

    test('clean: nothing to say', () => {
      expect(found([]).found).toEqual([]);
    });

    test.each([
      ['criteria met to 2026', { at: 'Xã Kim Quan', col: 0, by: 2 }],
      ['criteria added in 2027', { at: 'Xã Bình Xa', col: 1, by: -1 }],
    ] as [string, Typo][])('a commune\'s %s typed off: one error, at it', (_what, typo) => {
      const { laid, found: findings } = found([typo]);
      expect(findings).toEqual([`${laid.cell(typo.at, typo.col)} shared-part error`]);
    });

    test('a commune\'s year end typed off: one error, at it', () => {
      const typo: Typo = { at: 'Xã Nhữ Khê', col: 2, by: 1 };
      const { laid, found: findings } = found([typo]);
      expect(findings.filter((f) => f.endsWith(' error'))).toEqual([`${laid.cell(typo.at, typo.col)} ${findings[0].split(' ')[1]} error`]);
      expect(findings).toHaveLength(1);
    });

    test('two communes typed off in different groups: both said, each at itself', () => {
      const typos: Typo[] = [{ at: 'Xã Thái Bình', col: 0, by: 1 }, { at: 'Xã Minh Hương', col: 1, by: 2 }];
      const { laid, found: findings } = found(typos);
      expect(findings.sort()).toEqual(typos.map((t) => `${laid.cell(t.at, t.col)} shared-part error`).sort());
    });
  });

  test('a group\'s sum typed off: one error, at the group\'s line', () => {
    for (const layout of [LAYOUTS['blocks closed by "Cộng nhóm I"'], LAYOUTS['groups as heading rows with their sums, total at the bottom']]) {
      const at = layout.groups === 'closing' ? 'Cộng nhóm II' : GROUPS[1][0];
      const laid = lay(layout, [{ at, col: 0, by: 3 }]);
      expect(loud(spell(laid.snapshot)).filter((f) => f.endsWith(' error')).map((f) => f.split(' ')[0])).toEqual([laid.cell(at, 0)]);
    }
  });
});
