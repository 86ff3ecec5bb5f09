/**
 * Responsibility as offices lay it out: a matrix (agencies across, criteria down, marks between,
 * explained by a legend or by the group header over the agencies) and a list whose lead cell is
 * blank. The same assignment of leads in every layout gives the same findings; a second lead or a
 * missing one is found at its row, naming the agencies.
 */
import { checkWorkbook } from '../../src/domain/engine';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { sheet } from '../helpers/sheets';
import { findingsOf, variantOf, VARIANTS } from '../helpers/variants';
import { isAgencyName } from '../../src/domain/text/agencies';

const AGENCIES = ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ', 'Sở Tư pháp', 'Công an tỉnh'];
const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
/** Leads and partners by criterion (index into AGENCIES), worked out for the tests. */
const PLAN: { lead: number[]; partners: number[] }[] = [
  { lead: [1], partners: [0] }, { lead: [1], partners: [2] }, { lead: [0], partners: [2] }, { lead: [4], partners: [] },
  { lead: [3], partners: [4] }, { lead: [0], partners: [4] }, { lead: [2], partners: [0] }, { lead: [0], partners: [1] },
  { lead: [4], partners: [5] }, { lead: [6], partners: [5] },
];

type Style = { lead: string; partner: string; legend?: string; group?: string };

function matrix(plan: typeof PLAN, style: Style, order = AGENCIES.map((_, i) => i)): SheetSnapshot {
  const rows: CellValue[][] = [
    ['UBND TỈNH …'],
    ['PHÂN CÔNG CƠ QUAN CHỦ TRÌ, PHỐI HỢP HƯỚNG DẪN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027'],
    [style.legend ?? null],
    ['TT', 'Tiêu chí', ...(style.group ? [style.group, ...order.slice(1).map(() => null)] : order.map((i) => AGENCIES[i]))],
    ...(style.group ? [[null, null, ...order.map((i) => AGENCIES[i])]] : []),
    ...plan.map((p, c) => [c + 1, CRITERIA[c], ...order.map((i) => (p.lead.includes(i) ? style.lead : p.partners.includes(i) ? style.partner : null))]),
  ];
  const merges = style.group ? [`C4:${String.fromCharCode(66 + order.length)}4`, 'A4:A5', 'B4:B5'] : [];
  return sheet('Phân công', rows, { merges });
}

const STYLES: Record<string, Style> = {
  'CT/PH under a group that names both': { lead: 'CT', partner: 'PH', group: 'Cơ quan chủ trì (CT), phối hợp (PH)' },
  'C/P with a legend line': { lead: 'C', partner: 'P', legend: 'C: Chủ trì; P: Phối hợp' },
  'x/o defined by a legend': { lead: 'x', partner: 'o', legend: 'Ghi chú: x - chủ trì; o - phối hợp' },
  'words in the cells': { lead: 'Chủ trì', partner: 'Phối hợp' },
};

function found(snapshot: SheetSnapshot) {
  const report = checkWorkbook({ name: 'phan-cong.xlsx', sheets: [snapshot] }, {}, 'vi');
  return { report, issues: report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.cell} ${i.code} ${i.key ?? ''}`).sort() };
}

describe.each(Object.entries(STYLES))('a matrix marked %s', (_name, style) => {
  test('one lead per criterion: nothing to say, and the sheet is said to be read as a matrix', () => {
    const { report, issues } = found(matrix(PLAN, style));
    expect(issues).toEqual([]);
    expect(report.sheets[0].tables).toEqual([{ kind: 'table', range: expect.any(String) }]);
    expect(report.issues.find((i) => i.code === 'table-read')?.message).toMatch(/ma trận phân công: 10 dòng .* × 7 cơ quan/);
  });

  test('the same leads whatever the order of the agencies', () => {
    const reversed = AGENCIES.map((_, i) => AGENCIES.length - 1 - i);
    const wrong = PLAN.map((p, c) => (c === 4 ? { lead: [3, 1], partners: [4] } : p));
    expect(found(matrix(wrong, style, reversed)).issues.map((i) => i.split(' ').slice(1).join(' '))).toEqual(found(matrix(wrong, style)).issues.map((i) => i.split(' ').slice(1).join(' ')));
  });

  test('two leads on criterion 5: one error at its row naming both agencies', () => {
    const wrong = PLAN.map((p, c) => (c === 4 ? { lead: [1, 3], partners: [4] } : p));
    const { report, issues } = found(matrix(wrong, style));
    const row = style.group ? 10 : 9;
    expect(issues).toEqual([`F${row} duplicate-lead Tiêu chí 5`]);
    const message = report.issues.find((i) => i.code === 'duplicate-lead')!.message;
    expect(message).toContain(`Sở Xây dựng (D${row})`);
    expect(message).toContain(`Sở Văn hóa, Thể thao và Du lịch (F${row})`);
  });

  test('criterion 10 with partners only: no lead, said at its row with the partners', () => {
    const wrong = PLAN.map((p, c) => (c === 9 ? { lead: [], partners: [5, 6] } : p));
    const { report, issues } = found(matrix(wrong, style));
    const row = style.group ? 15 : 14;
    expect(issues).toEqual([`B${row} missing-lead Tiêu chí 10`]);
    expect(report.issues.find((i) => i.code === 'missing-lead')!.message).toContain('Công an tỉnh');
  });
});

test('a tick under "Cơ quan chủ trì" is a lead; a criterion led through each of its indicators is led', () => {
  const rows: CellValue[][] = [
    ['PHÂN CÔNG CHỦ TRÌ HƯỚNG DẪN TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030'],
    ['TT', 'Tiêu chí / chỉ tiêu', 'Cơ quan chủ trì', null, null, 'Cơ quan phối hợp'],
    [null, null, 'Sở Nông nghiệp và Môi trường', 'Sở Nội vụ', 'Sở Xây dựng', null],
    ['1', 'Quy hoạch', null, null, 'x', 'UBND các xã'],
    ['6', 'Giảm nghèo và an sinh xã hội', null, null, null, null],
    ['6.1', 'Tỷ lệ hộ nghèo đa chiều', 'x', null, null, 'UBND các xã'],
    ['6.2', 'Tỷ lệ người dân tham gia bảo hiểm y tế', null, 'x', null, 'Bảo hiểm xã hội tỉnh'],
    ['9', 'Xây dựng hệ thống chính trị và hành chính công', null, 'x', null, null],
    // Two ticks under "chủ trì": two leads.
    ['10', 'Tiếp cận pháp luật và an ninh, quốc phòng', null, 'x', 'x', null],
  ];
  const { issues } = found(sheet('Phân công', rows, { merges: ['C2:E2', 'A2:A3', 'B2:B3', 'F2:F3'] }));
  expect(issues).toEqual(['E9 duplicate-lead Tiêu chí 10']);
});

test('a mark the table does not explain is said, not guessed', () => {
  const rows: CellValue[][] = [
    ['PHÂN CÔNG THEO DÕI TIÊU CHÍ NĂM 2027'],
    ['TT', 'Tiêu chí', 'Sở Xây dựng', 'Sở Nội vụ', 'Sở Tư pháp'],
    [1, 'Quy hoạch', 'CT', 'PH', null],
    [2, 'Hạ tầng kinh tế - xã hội', 'CT', null, null],
    [9, 'Xây dựng hệ thống chính trị và hành chính công', null, '?', 'PH'],
  ];
  expect(found(sheet('Phân công', rows)).issues).toEqual(['D5 unclear-role Tiêu chí 9']);
});

test('a list whose lead cell is blank: that criterion has no lead (not the one above\'s), said once', () => {
  const rows: CellValue[][] = [
    ['PHÂN CÔNG CƠ QUAN PHỤ TRÁCH CÁC TIÊU CHÍ (Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 - Kế hoạch năm 2025)'],
    ['TT', 'Tiêu chí, chỉ tiêu', 'Cơ quan chủ trì', 'Cơ quan phối hợp'],
    ...Array.from({ length: 19 }, (_, i): CellValue[] => [i + 1, `Tiêu chí số ${i + 1}`, i === 9 ? null : i === 12 ? null : `Phòng ${['Kinh tế và Hạ tầng', 'Nông nghiệp và PTNT', 'Nội vụ'][i % 3]}`, 'UBND các xã']),
  ];
  // Criterion 13 is led through its indicators, typed under it.
  rows.splice(15, 0, ['13.1', 'Chỉ tiêu 13.1', 'Phòng Tài chính - Kế hoạch', null], ['13.2-13.5', 'Các chỉ tiêu 13.2, 13.3, 13.4, 13.5', 'Phòng Nông nghiệp và PTNT', null]);
  const { issues } = found(sheet('Phân công', rows));
  expect(issues).toEqual(['C12 missing-lead Tiêu chí 10']);
});

describe.each(Object.keys(VARIANTS))('typed %s', (variant) => {
  test('the same findings, on the clean table and on the faulty one', () => {
    const books = [...Object.values(STYLES).map((style) => matrix(PLAN, style)), ...Object.values(STYLES).map((style) => matrix(PLAN.map((p, c) => (c === 9 ? { lead: [], partners: [5, 6] } : p)), style)), ...Object.values(STYLES).map((style) => matrix(PLAN.map((p, c) => (c === 4 ? { lead: [1, 3], partners: [4] } : p)), style))].map((snapshot) => ({ name: 'bieu.xlsx', sheets: [snapshot] }));
    expect(findingsOf(books[books.length - 1]).some((f) => / error$/.test(f))).toBe(true);
    for (const book of books) expect(findingsOf(variantOf(book, variant))).toEqual(findingsOf(book));
  });
});

test('"So" typed without diacritics heads an agency only before a department: "So xa dat" and "So TC" are counts', () => {
  expect(['So Nong nghiep va Moi truong', 'So Xay dung', 'So Van hoa, The thao va Du lich', 'So Tu phap', 'So NN&MT'].map(isAgencyName)).toEqual([true, true, true, true, true]);
  expect(['So xa dat chuan', 'So TC dat', 'So tieu chi', 'So lao dong co viec lam', 'So ho ngheo'].map(isAgencyName)).toEqual([false, false, false, false, false]);
});
