/** Two small forms as offices type them, each with one fault that can be planted, for tests placing them together on one sheet. */
import type { CellValue } from '../../src/domain/sheet/snapshot';

export const SIGNATURE: CellValue[][] = [
  ['Ghi chú: số liệu tính đến ngày 31/12/2026.'],
  [null, null, 'NGƯỜI LẬP BIỂU', null, 'TM. ỦY BAN NHÂN DÂN'],
  [null, null, null, null, 'CHỦ TỊCH'],
  [],
  [null, null, 'Nguyễn Văn An', null, 'Trần Văn Bình'],
];

const BANDS: [string, number][] = [['Xã đạt 10 tiêu chí', 14], ['Xã đạt từ 8 - 9 tiêu chí', 22], ['Xã đạt từ 5 - 7 tiêu chí', 19], ['Xã đạt dưới 5 tiêu chí', 7]];
const pct = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

/** A distribution of communes by criteria met, its total on top; `wrongBand` types one band's count one more (its share following it). */
export function distribution(wrongBand?: number): CellValue[][] {
  const total = BANDS.reduce((t, [, n]) => t + n, 0);
  return [
    ['PHÂN LOẠI XÃ THEO SỐ TIÊU CHÍ ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2026'],
    ['STT', 'Nội dung', 'Số xã', 'Tỷ lệ (%)'],
    [null, 'Tổng số xã', total, 100],
    ...BANDS.map(([label, n], i): CellValue[] => [i + 1, label, i === wrongBand ? n + 1 : n, pct(n, total)]),
  ];
}

const COMMUNES: [string, number, number, number][] = [['Xã Hòa An', 2500, 800, 250], ['Xã Nam Tuấn', 2810.5, 855, 262.5], ['Xã Bạch Đằng', 3121, 910, 275], ['Xã Lê Lai', 4363, 1130, 325]];

/** Funds allocated to each commune by source, with the commune's and the sources' totals; `wrongTotal` types a commune's total 100 too high. */
export function allocation(wrongTotal?: number): CellValue[][] {
  const sums = [1, 2, 3].map((k) => COMMUNES.reduce((t, c) => t + (c[k] as number), 0));
  return [
    ['PHÂN BỔ VỐN THỰC HIỆN CHƯƠNG TRÌNH NĂM 2027 CHO CÁC XÃ'],
    [null, null, null, null, 'Đơn vị: triệu đồng'],
    ['TT', 'Tên xã', 'Tổng cộng', 'Ngân sách trung ương', 'Ngân sách tỉnh', 'Ngân sách xã'],
    ...COMMUNES.map(([name, a, b, c], i): CellValue[] => [i + 1, name, a + b + c + (i === wrongTotal ? 100 : 0), a, b, c]),
    [null, 'Tổng cộng', sums[0] + sums[1] + sums[2], ...sums],
  ];
}

