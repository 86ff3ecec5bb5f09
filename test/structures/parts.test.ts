/**
 * A funding plan with sections I, II, III, items 1, 2 under them, sub-items "-" under an item, and
 * "Trong đó" lines whose parts sit at different levels: "- Công trình chuyển tiếp" a part of
 * section I, "Trong đó: vốn sự nghiệp" a part of the sub-item "- Đường trục xã" (and "- Đường thôn,
 * xóm" after it again a sub-item of "1 Giao thông", not a part), "- Kênh mương nội đồng" a part of
 * item "2 Thủy lợi" with "+ Kênh loại III" a part of that part. Levels come from the markers; a part
 * never exceeds the row it belongs to, and need not add up to it; the grand total adds the sections'
 * subtotals, never their items again. The same in no diacritics, NFD and numbers typed as text.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook, checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { cellWrites } from '../../src/domain/fill/cells';
import { relationsOf } from '../../src/domain/relations/forTable';
import { a1 } from '../../src/domain/sheet/address';
import type { CellValue, SheetSnapshot } from '../../src/domain/sheet/snapshot';
import { applyPlanToWorkbook } from '../../src/hosts/xlsx/applyPlan';
import { openWorkbookFile } from '../../src/hosts/xlsx/files';
import { saveWorkbook } from '../../src/hosts/xlsx/save';
import { recalculate, sofficePath } from '../helpers/libreoffice';
import { sheet } from '../helpers/sheets';
import { tempDir, writeXlsx } from '../helpers/xlsx';

/** One line of the plan: TT, label, and [NSTW, NSĐP, vốn khác] (the "Tổng số" is their sum); `part` for a "Trong đó" part. */
type Line = { tt: string | null; label: string; sources?: [number, number, number]; part?: boolean };

// Worked out on paper: each parent's sources are the sums of its children's; the parts are under their row in every column.
const LINES: Line[] = [
  { tt: null, label: 'TỔNG CỘNG', sources: [1750, 1150, 600] },
  { tt: 'I', label: 'Hạ tầng kinh tế - xã hội', sources: [1000, 700, 300] },
  { tt: null, label: 'Trong đó:', part: true },
  { tt: '-', label: 'Công trình chuyển tiếp', sources: [400, 300, 100], part: true },
  { tt: '1', label: 'Giao thông', sources: [600, 400, 200] },
  { tt: '-', label: 'Đường trục xã', sources: [350, 250, 100] },
  { tt: null, label: 'Trong đó: vốn sự nghiệp', sources: [100, 100, 0], part: true },
  { tt: '-', label: 'Đường thôn, xóm', sources: [250, 150, 100] },
  { tt: '2', label: 'Thủy lợi', sources: [400, 300, 100] },
  { tt: null, label: 'Trong đó:', part: true },
  { tt: '-', label: 'Kênh mương nội đồng', sources: [250, 200, 50], part: true },
  { tt: '+', label: 'Kênh loại III', sources: [150, 100, 50], part: true },
  { tt: 'II', label: 'Phát triển sản xuất', sources: [500, 300, 200] },
  { tt: '1', label: 'Hỗ trợ liên kết chuỗi giá trị', sources: [300, 200, 100] },
  { tt: '2', label: 'Chương trình OCOP', sources: [200, 100, 100] },
  { tt: 'III', label: 'Cảnh quan môi trường', sources: [250, 150, 100] },
  { tt: '1', label: 'Thu gom, xử lý rác thải', sources: [150, 100, 50] },
  { tt: '2', label: 'Trồng cây xanh', sources: [100, 50, 50] },
];
const TOP = 3; // 0-based row of the first line (under the title, the unit line and the header)
const rowOf = (label: string) => TOP + LINES.findIndex((l) => l.label === label);
const SOURCE_COLS = [3, 4, 5]; // D, E, F; C is "Tổng số"

type Layout = { spelling: 'nfc' | 'nfd' | 'none'; numbers: 'numbers' | 'text' };
const LAYOUTS: Record<string, Layout> = {
  plain: { spelling: 'nfc', numbers: 'numbers' },
  noDiacritics: { spelling: 'none', numbers: 'numbers' },
  nfd: { spelling: 'nfd', numbers: 'numbers' },
  textNumbers: { spelling: 'nfc', numbers: 'text' },
};

function spell(text: string, spelling: Layout['spelling']): string {
  if (spelling === 'nfd') return text.normalize('NFD');
  if (spelling === 'none') return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return text;
}

/** Vietnamese style: thousands with a dot, "-" for none. */
const asText = (value: number) => (value === 0 ? '-' : value.toLocaleString('de-DE'));

/** The plan in a layout, with numbers changed at some cells (A1 → value). */
function render(layout: Layout, faults: Record<string, number> = {}): SheetSnapshot {
  const rows: CellValue[][] = [
    ['KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    [null, null, null, null, null, 'ĐVT: triệu đồng'],
    ['TT', 'Danh mục công trình, dự án', 'Tổng số', 'Ngân sách trung ương', 'Ngân sách địa phương', 'Vốn khác'],
  ];
  for (const line of LINES) {
    const numbers = line.sources ? [line.sources[0] + line.sources[1] + line.sources[2], ...line.sources] : [null, null, null, null];
    rows.push([line.tt, line.label, ...numbers]);
  }
  for (const [cell, value] of Object.entries(faults)) {
    const row = Number(cell.slice(1)) - 1;
    rows[row][cell.charCodeAt(0) - 65] = value;
  }
  const typed = rows.map((row) => row.map((value) => (typeof value === 'string' ? spell(value, layout.spelling) : typeof value === 'number' && layout.numbers === 'text' ? asText(value) : value)));
  return sheet('Kế hoạch vốn', typed, { merges: ['A1:F1'] });
}

const findings = (snapshot: SheetSnapshot) => {
  const report = checkWorkbook({ name: 'ke-hoach-von.xlsx', sheets: [snapshot] }, {}, 'vi');
  const at = (severity: string) => report.issues.filter((i) => i.severity === severity).map((i) => `${i.cell} ${i.code}`).sort();
  return { errors: at('error'), warnings: at('warning'), issues: report.issues };
};

describe.each(Object.entries(LAYOUTS))('a funding plan with "Trong đó" parts at several levels (%s)', (_name, layout) => {
  test('clean: no error and no warning', () => {
    const { errors, warnings } = findings(render(layout));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('a part larger than its row: one error at the part\'s cell, naming the row\'s cell and both values', () => {
    // "- Kênh mương nội đồng" puts 100 more into "Vốn khác" and 100 less into NSĐP (its "Tổng số" holds):
    // 150 of "Vốn khác" in a "Thủy lợi" that has 100.
    const part = rowOf('Kênh mương nội đồng');
    const whole = rowOf('Thủy lợi');
    const faults = { [a1(part, 4)]: 100, [a1(part, 5)]: 150 };
    const { errors, warnings, issues } = findings(render(layout, faults));
    expect(errors).toEqual([`${a1(part, 5)} part-exceeds-whole`]);
    expect(warnings).toEqual([]);
    const finding = issues.find((i) => i.code === 'part-exceeds-whole')!;
    expect(finding.actual).toBe(150);
    expect(finding.expected).toBe(100);
    expect(finding.message).toContain(`ô ${a1(whole, 5)}`);
    expect(finding.message).toContain(spell('Thủy lợi', layout.spelling));
  });

  test('a part of a part larger than it: the error at the inner part', () => {
    // "+ Kênh loại III": NSTW 150 → 260, NSĐP 100 → 0, vốn khác 50 → 40 keep its total, and 260 > the 250 of "- Kênh mương nội đồng".
    const inner = rowOf('Kênh loại III');
    const { errors } = findings(render(layout, { [a1(inner, 3)]: 260, [a1(inner, 4)]: 0, [a1(inner, 5)]: 40 }));
    expect(errors).toEqual([`${a1(inner, 3)} part-exceeds-whole`]);
  });
});

describe('levels from the markers', () => {
  const analysis = analyzeWorkbook({ name: 'ke-hoach-von.xlsx', sheets: [render(LAYOUTS.plain)] });
  const view = analysis.sheets[0].views[0];
  const table = (view as { table: import('../../src/domain/table/types').Table }).table;
  const relations = relationsOf(view, analysis);
  const row = (label: string) => table.rows.find((r) => r.row === rowOf(label))!;

  test('"Trong đó" parts belong to the row just above at the right level; a sibling after them is an item again', () => {
    expect(row('Công trình chuyển tiếp')).toMatchObject({ role: 'among', partOf: rowOf('Hạ tầng kinh tế - xã hội') });
    expect(row('Trong đó: vốn sự nghiệp')).toMatchObject({ role: 'among', partOf: rowOf('Đường trục xã') });
    expect(row('Đường thôn, xóm')).toMatchObject({ role: 'unit', parent: rowOf('Giao thông') });
    expect(row('Kênh mương nội đồng')).toMatchObject({ role: 'among', partOf: rowOf('Thủy lợi') });
    expect(row('Kênh loại III')).toMatchObject({ role: 'among', partOf: rowOf('Kênh mương nội đồng') });
    expect(row('Phát triển sản xuất')).toMatchObject({ role: 'subtotal', level: 0 });
  });

  test('parts are bounds, never sums: no sum reads a part, and every part is bounded by its row', () => {
    const parts = LINES.filter((l) => l.part && l.sources).map((l) => rowOf(l.label));
    const sums = relations.filter((r) => r.kind === 'sum' && r.source !== 'totals-column');
    expect(sums.filter((r) => r.kind === 'sum' && r.parts.some((p) => parts.includes(p.row)))).toEqual([]);
    const bounds = relations.filter((r) => r.kind === 'part').map((r) => r.kind === 'part' ? `${a1(r.target.row, r.target.col)}<=${a1(r.whole.row, r.whole.col)}` : '');
    const expected = LINES.filter((l) => l.part && l.sources).flatMap((l) => {
      const whole = row(l.label).partOf!;
      // "Vốn sự nghiệp" has no "Vốn khác" (0 typed): a bound of 0 still holds, so every column is bounded.
      return [2, 3, 4, 5].map((col) => `${a1(rowOf(l.label), col)}<=${a1(whole, col)}`);
    });
    expect(bounds.sort()).toEqual(expected.sort());
  });

  test('the grand total adds the sections\' subtotals, never their items again', () => {
    const grand = relations.filter((r) => r.kind === 'sum' && r.target.row === rowOf('TỔNG CỘNG') && r.source === 'totals-row');
    expect(grand).toHaveLength(4);
    for (const relation of grand) {
      if (relation.kind !== 'sum') continue;
      expect(relation.parts.map((p) => p.row)).toEqual([rowOf('Hạ tầng kinh tế - xã hội'), rowOf('Phát triển sản xuất'), rowOf('Cảnh quan môi trường')]);
    }
  });

  test('a grand total typed as the subtotals plus their items: an error at each of its cells, and only there', () => {
    // The same total typed as the subtotals plus their items, in every column: an error at each of its cells.
    const items = LINES.slice(1).filter((l) => !l.part && l.sources);
    const doubled = [0, 1, 2].map((i) => items.reduce((t, l) => t + l.sources![i], 0));
    const faults = { C4: doubled[0] + doubled[1] + doubled[2], D4: doubled[0], E4: doubled[1], F4: doubled[2] };
    expect(findings(render(LAYOUTS.plain, faults)).errors).toEqual(['C4 total-mismatch', 'D4 total-mismatch', 'E4 total-mismatch', 'F4 total-mismatch']);
  });
});

const dir = tempDir();
const soffice = sofficePath();

// The plan with its computed cells blank (the total, the sections and "1 Giao thông"): the fill
// writes them as formulas, never a part, and LibreOffice recalculates them to the plan's numbers.
// (With the whole "Tổng số" column blank but for a row the sheet is not read as this table at all,
// before this change as after: left to the table reader.)
(soffice ? describe : describe.skip)('fill: formulas of the hierarchy, parts left as typed (LibreOffice)', () => {
  const parents: Record<string, string[]> = {
    'TỔNG CỘNG': ['Hạ tầng kinh tế - xã hội', 'Phát triển sản xuất', 'Cảnh quan môi trường'],
    'Hạ tầng kinh tế - xã hội': ['Giao thông', 'Thủy lợi'],
    'Giao thông': ['Đường trục xã', 'Đường thôn, xóm'],
    'Phát triển sản xuất': ['Hỗ trợ liên kết chuỗi giá trị', 'Chương trình OCOP'],
    'Cảnh quan môi trường': ['Thu gom, xử lý rác thải', 'Trồng cây xanh'],
  };
  const letter = (col: number) => String.fromCharCode(65 + col);
  /** The formulas the plan calls for, worked out from its lines: a row's total of its sources, a parent's sum of its children. */
  const expected = new Map<string, string>();
  for (const parent of Object.keys(parents)) {
    const r = rowOf(parent) + 1;
    expected.set(`C${r}`, `SUM(D${r}:F${r})`);
  }
  for (const [parent, kids] of Object.entries(parents)) {
    const rows = kids.map((k) => rowOf(k) + 1);
    for (const col of SOURCE_COLS) {
      const refs = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1) ? `${letter(col)}${rows[0]}:${letter(col)}${rows[rows.length - 1]}` : rows.map((r) => `${letter(col)}${r}`).join(',');
      expected.set(`${letter(col)}${rowOf(parent) + 1}`, `SUM(${refs})`);
    }
  }
  const value = (cell: string) => {
    const line = LINES[Number(cell.slice(1)) - 1 - TOP];
    const col = cell.charCodeAt(0) - 65;
    return col === 2 ? line.sources!.reduce((t, v) => t + v, 0) : line.sources![col - 3];
  };

  test.each(['plain', 'noDiacritics', 'nfd'])('%s', async (name) => {
    const rendered = render(LAYOUTS[name]);
    const values = rendered.values.map((row) => [...row]);
    for (const cell of expected.keys()) values[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = null;
    const input = await writeXlsx(dir, `${name}.xlsx`, [{ ...rendered, values }]);
    const opened = await openWorkbookFile(input);
    const { plan } = planFill(opened.snapshot, {});
    const written = new Map(cellWrites(plan).map((w) => [w.cell, w.formula?.replace(/^=/, '')]));
    expect(Object.fromEntries([...written].sort())).toEqual(Object.fromEntries([...expected].sort()));
    applyPlanToWorkbook(opened.workbook, plan, { cachedResults: false });
    const filled = `${dir}/filled-${name}.xlsx`;
    await saveWorkbook(opened.workbook, filled);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(recalculate(filled));
    const ws = book.worksheets[0];
    for (const cell of expected.keys()) expect(`${cell} ${Number(ws.getCell(cell).result ?? NaN)}`).toBe(`${cell} ${value(cell)}`);
    // The parts keep what was typed, with no formula.
    for (const line of LINES.filter((l) => l.part && l.sources)) {
      for (const col of [2, ...SOURCE_COLS]) {
        const cell = ws.getCell(a1(rowOf(line.label), col));
        expect(`${cell.address} ${cell.formula ?? ''}${cell.value}`).toBe(`${cell.address} ${col === 2 ? line.sources!.reduce((t, v) => t + v, 0) : line.sources![col - 3]}`);
      }
    }
  }, 120_000);

  test('the parts themselves left blank: nothing is written into them', () => {
    const rendered = render(LAYOUTS.plain);
    const partRows = LINES.filter((l) => l.part && l.sources).map((l) => rowOf(l.label));
    const values = rendered.values.map((row, r) => (partRows.includes(r) ? row.map((v, c) => (c >= 2 ? null : v)) : row));
    const { plan } = planFill({ name: 'ke-hoach-von.xlsx', sheets: [{ ...rendered, values }] }, {});
    const intoParts = cellWrites(plan).filter((w) => partRows.includes(Number(w.cell.replace(/^[A-Z]+/, '')) - 1));
    expect(intoParts).toEqual([]);
  });
});

// A list of sources with one amount column (read as a funding list): parts typed with no marker under a
// "Trong đó:" line of their own, then the items of the same section; a dashed part of an item.
describe('a funding list: parts with no marker under their own "Trong đó:" line', () => {
  const list = (faults: Record<string, number> = {}, spelling: Layout['spelling'] = 'nfc') => {
    const rows: CellValue[][] = [
      ['CƠ CẤU NGUỒN VỐN THỰC HIỆN NĂM 2027'],
      ['TT', 'Nguồn vốn', 'Số tiền (triệu đồng)'],
      [null, 'Tổng cộng', 10000],
      ['I', 'Ngân sách nhà nước', 6000],
      [null, 'Trong đó:', null],
      [null, 'Vốn đầu tư phát triển', 4000],
      [null, 'Vốn sự nghiệp', 2000],
      ['1', 'Ngân sách trung ương', 3500],
      ['2', 'Ngân sách địa phương', 2500],
      [null, 'Trong đó:', null],
      ['-', 'Ngân sách tỉnh', 1500],
      ['-', 'Ngân sách xã', 1000],
      ['II', 'Vốn lồng ghép', 1500],
      ['III', 'Vốn tín dụng', 2000],
      ['IV', 'Nhân dân đóng góp', 500],
    ];
    for (const [cell, value] of Object.entries(faults)) rows[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = value;
    return sheet('Nguồn vốn', rows.map((row) => row.map((v) => (typeof v === 'string' ? spell(v, spelling) : v))), { merges: ['A1:C1'] });
  };

  test.each(['nfc', 'none', 'nfd'] as const)('clean (%s): no error and no warning', (spelling) => {
    const { errors, warnings } = findings(list({}, spelling));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('"Vốn sự nghiệp" typed 7000 in a "Ngân sách nhà nước" of 6000: one error at its cell', () => {
    const { errors, issues } = findings(list({ C7: 7000 }));
    expect(errors).toEqual(['C7 part-exceeds-whole']);
    expect(issues.find((i) => i.code === 'part-exceeds-whole')!.message).toContain('ô C4');
  });

  test('"- Ngân sách tỉnh" typed 2600 in a "Ngân sách địa phương" of 2500: one error at its cell', () => {
    expect(findings(list({ C11: 2600 })).errors).toEqual(['C11 part-exceeds-whole']);
  });
});

describe('"Trong đó:" after an item\'s last "-" sub-item', () => {
  // Read as the item's or as that sub-item's: the item bounds it, never the guess of the narrower row.
  const funding = (part: number) => sheet('Nguồn vốn', [
    ['DỰ KIẾN NGUỒN VỐN XÂY DỰNG NÔNG THÔN MỚI NĂM 2027'],
    [null, null, 'ĐVT: triệu đồng'],
    ['TT', 'Nguồn vốn', 'Năm 2027'],
    ['1', 'Ngân sách trung ương', 228770], ['-', 'Vốn đầu tư phát triển', 182450], ['-', 'Vốn sự nghiệp', 46320],
    ['2', 'Ngân sách địa phương', 113600], ['-', 'Ngân sách tỉnh', 95000], ['-', 'Ngân sách xã', 18600],
    [null, 'Trong đó:'], ['+', 'Vốn bố trí cho các xã nhóm 3', part],
    ['3', 'Vốn lồng ghép', 254800],
    [null, 'Tổng cộng', 597170],
  ]);
  const errors = (part: number) => checkWorkbook({ name: 'von.xlsx', sheets: [funding(part)] }, {}, 'vi').issues.filter((i) => i.severity !== 'info');
  test('a part above the sub-item but within the item: nothing to say', () => {
    expect(errors(41200)).toEqual([]);
  });
  test('a part above the item too: one error at it, naming the item', () => {
    const found = errors(120000);
    expect(found.map((i) => `${i.cell} ${i.code}`)).toEqual(['C11 part-exceeds-whole']);
    expect(found[0].message).toContain('Ngân sách địa phương');
  });
});
