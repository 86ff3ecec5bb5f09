/**
 * A commune's self-assessment by indicator (Mức quy định | Kết quả thực hiện | Tự đánh giá): a verdict
 * "Đạt" on a result short of the level its row requires is an error at the verdict naming both cells,
 * whatever way the level is written (≥ 75%, Tối thiểu 75%, Từ 75% trở lên; ≤ 3%, Dưới 3%, Không quá
 * 3%) and the result typed (78,2%, 78,2 under "(%)", 0,782 under a percentage format).
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';

type Row = { code: string; name: string; atLeast: boolean; level: number; reached: number };
const ROWS: Row[] = [
  { code: '4.1', name: 'Tỷ lệ lao động qua đào tạo', atLeast: true, level: 75, reached: 78.2 },
  { code: '6.1', name: 'Tỷ lệ hộ nghèo đa chiều', atLeast: false, level: 3, reached: 2.4 },
  { code: '6.2', name: 'Tỷ lệ người dân tham gia bảo hiểm y tế', atLeast: true, level: 95, reached: 95.8 },
  { code: '8.1', name: 'Tỷ lệ hộ sử dụng nước sạch theo quy chuẩn', atLeast: true, level: 60, reached: 54 },
];

const WORDINGS = {
  symbols: (r: Row) => `${r.atLeast ? '≥' : '≤'} ${r.level}%`,
  words: (r: Row) => `${r.atLeast ? 'Tối thiểu' : 'Không quá'} ${r.level}%`,
  'trở lên / dưới': (r: Row) => (r.atLeast ? `Từ ${r.level}% trở lên` : `Dưới ${r.level + 0.1}%`.replace('.', ',')),
};
const RESULTS = {
  'text with %': (v: number): CellValue => `${String(v).replace('.', ',')}%`,
  'numbers under (%)': (v: number): CellValue => v,
  fractions: (v: number): CellValue => v / 100,
};

function assessment(wording: (r: Row) => string, result: keyof typeof RESULTS, verdicts: string[]) {
  const rows: CellValue[][] = [
    ['BÁO CÁO TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2026'],
    ['TT', 'Nội dung chỉ tiêu', 'Mức quy định', result === 'numbers under (%)' ? 'Kết quả thực hiện (%)' : 'Kết quả thực hiện', 'Tự đánh giá'],
    ...ROWS.map((r, i): CellValue[] => [r.code, r.name, wording(r), RESULTS[result](r.reached), verdicts[i]]),
  ];
  const formats = result === 'fractions' ? Object.fromEntries(ROWS.map((_, i) => [`D${3 + i}`, '0.0%'])) : undefined;
  return sheet('Tự đánh giá', rows, { formats });
}

const found = (snapshot: ReturnType<typeof assessment>) => checkWorkbook({ name: 'xa.xlsx', sheets: [snapshot] }, {}, 'vi').issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code}`);

describe.each(Object.entries(WORDINGS))('levels written with %s', (_w, wording) => {
  test.each(Object.keys(RESULTS) as (keyof typeof RESULTS)[])('results as %s', (result) => {
    // The right verdicts: nothing to say.
    expect(found(assessment(wording, result, ['Đạt', 'Đạt', 'Đạt', 'Chưa đạt']))).toEqual([]);
    // Water 54% against ≥ 60% assessed "Đạt": an error at the verdict.
    expect(found(assessment(wording, result, ['Đạt', 'Đạt', 'Đạt', 'Đạt']))).toEqual(['E6 met-below-threshold']);
    // Poverty 2,4% within ≤ 3% assessed "Chưa đạt": a warning.
    expect(found(assessment(wording, result, ['Đạt', 'Chưa đạt', 'Đạt', 'Chưa đạt']))).toEqual(['E4 not-met-above-threshold']);
  });
});

test('the message names the result, the level and their cells', () => {
  const report = checkWorkbook({ name: 'xa.xlsx', sheets: [assessment(WORDINGS.symbols, 'text with %', ['Đạt', 'Đạt', 'Đạt', 'Đạt'])] }, {}, 'vi');
  expect(report.issues.find((i) => i.code === 'met-below-threshold')?.message).toBe('8.1: tự đánh giá "Đạt" nhưng kết quả 54% (ô D6) chưa đạt mức quy định ≥ 60% (ô C6).');
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings, on the clean table and on the faulty one', () => {
    const books = [assessment(WORDINGS.symbols, 'text with %', ['Đạt', 'Đạt', 'Đạt', 'Chưa đạt']), assessment(WORDINGS.symbols, 'text with %', ['Đạt', 'Chưa đạt', 'Đạt', 'Chưa đạt']), assessment(WORDINGS.symbols, 'text with %', ['Đạt', 'Đạt', 'Đạt', 'Đạt'])].map((snapshot) => ({ name: 'bieu.xlsx', sheets: [snapshot] }));
    expect(findingsOf(books[books.length - 1]).some((f) => / error$/.test(f))).toBe(true);
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});

test('a result under 1 in a "(%)" column is that many percent: 0,8 meets ≤ 3%, no finding', () => {
  const rows: CellValue[][] = [
    ['BÁO CÁO TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2026'],
    ['TT', 'Nội dung chỉ tiêu', 'Mức quy định', 'Kết quả thực hiện (%)', 'Tự đánh giá'],
    ['6.1', 'Tỷ lệ hộ nghèo đa chiều', '≤ 3%', 0.8, 'Đạt'],
    ['6.2', 'Tỷ lệ người dân tham gia bảo hiểm y tế', '≥ 95%', 95.8, 'Đạt'],
  ];
  expect(found(sheet('Tự đánh giá', rows))).toEqual([]);
});
