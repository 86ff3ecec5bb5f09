/**
 * Communes in stacked group blocks ("I | Nhóm 1: …", its communes, "Cộng nhóm I"; then II, III) and a
 * "Tổng cộng (I+II+III)" under them. A block's short closing line ("Cộng nhóm II", "Cộng I") is the total
 * of its communes, as a longer one ("Cộng khu vực nhóm II") already was: clean says nothing; a block's
 * total typed wrong is an error at it; the same findings whatever the closing's words, and in every variant.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

const GROUPS: [string, string, [string, number, number][]][] = [
  ['I', 'Nhóm 1: Xã đã đạt chuẩn nông thôn mới', [['Xã Thái Bình', 9, 0], ['Xã Nhữ Khê', 9, 1], ['Xã Tân Long', 10, 0], ['Xã Xuân Vân', 9, 1]]],
  ['II', 'Nhóm 2: Xã đạt từ 5 đến 9 tiêu chí', [['Xã Trung Sơn', 6, 2], ['Xã Kim Quan', 6, 2], ['Xã Hùng Lợi', 7, 1], ['Xã Phù Lưu', 5, 1]]],
  ['III', 'Nhóm 3: Xã đạt dưới 5 tiêu chí', [['Xã Bình Xa', 1, 1], ['Xã Minh Hương', 2, 1], ['Xã Yên Thuận', 3, 2]]],
];

/** closing: the words of each block's closing line, given the block's numeral */
function book(closing: (tt: string) => string, wrongBlock?: number): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['KẾ HOẠCH PHẤN ĐẤU ĐẠT TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027 THEO NHÓM XÃ'],
    [],
    ['STT', 'Tên xã', 'Số tiêu chí đạt đến 31/12/2026', 'Số tiêu chí phấn đấu đạt thêm năm 2027', 'Số tiêu chí đạt đến 31/12/2027'],
  ];
  const total = [0, 0, 0];
  GROUPS.forEach(([tt, name, communes], g) => {
    rows.push([tt, name]);
    communes.forEach(([commune, base, add], i) => rows.push([i + 1, commune, base, add, base + add]));
    const s = [0, 1].map((k) => communes.reduce((t, c) => t + (c[k + 1] as number), 0));
    const sums = [s[0], s[1], s[0] + s[1]];
    sums.forEach((x, j) => { total[j] += x; });
    rows.push([null, closing(tt), sums[0], sums[1] + (wrongBlock === g ? 3 : 0), sums[2]]);
  });
  rows.push(['Tổng cộng (I+II+III)', null, ...total]);
  return { name: 'nhom.xlsx', sheets: [sheet('Theo nhom xa', rows)] };
}

const SHORT = (tt: string) => `Cộng nhóm ${tt}`;
const BARE = (tt: string) => `Cộng ${tt}`;
const LONG = (tt: string) => `Cộng khu vực nhóm ${tt}`;
const issuesOf = (b: WorkbookSnapshot) => checkWorkbook(b, {}, 'vi').issues.filter((i) => i.severity !== 'info');
const errorsOf = (b: WorkbookSnapshot) => issuesOf(b).filter((i) => i.severity === 'error').map((i) => i.cell);

test.each([['Cộng nhóm I', SHORT], ['Cộng I', BARE], ['Cộng khu vực nhóm I', LONG]] as const)('closed by "%s": clean says nothing; block II\'s total typed wrong is an error at it', (_, closing) => {
  expect(issuesOf(book(closing))).toEqual([]);
  expect(errorsOf(book(closing, 1))).toContain('D15');
});

test('the same findings whatever the closing\'s words', () => {
  expect(findingsOf(book(SHORT, 1))).toEqual(findingsOf(book(LONG, 1)));
  expect(findingsOf(book(BARE, 1))).toEqual(findingsOf(book(LONG, 1)));
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings', () => {
    for (const b of [book(SHORT), book(SHORT, 1)]) expect(findingsOf(variantOf(b, variant))).toEqual(findingsOf(b));
  });
});
