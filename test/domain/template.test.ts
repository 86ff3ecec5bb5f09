import { buildTemplate } from '../../src/domain/template/build';
import { findBuiltinCatalog } from '../../src/domain/catalog/builtin';
import { TEMPLATE_KINDS } from '../../src/domain/template/types';
import { cellWrites } from '../../src/domain/fill/cells';

const catalog2021 = findBuiltinCatalog('xa-ntm-2021-2025')!;
const catalog2026 = findBuiltinCatalog('xa-ntm-2026-2030')!;
const options = { catalog: catalog2021, communes: ['Lê Lai', 'Đức Long', 'Đức Xuân'], year: 2025 };

describe('templates', () => {
  it.each(TEMPLATE_KINDS)('%s: computed cells already hold their formulas, nothing refused', (kind) => {
    const template = buildTemplate(kind, options);
    expect(template.plan.refused).toEqual([]);
    // Task lists, responsibilities and the criteria set hold no arithmetic.
    if (kind !== 'tasks' && kind !== 'responsibility' && kind !== 'catalog') expect(cellWrites(template.plan).filter((w) => w.formula).length).toBeGreaterThan(0);
  });

  it('gives a 10-criterion set 10 criterion columns', () => {
    const template = buildTemplate('assignment', { ...options, catalog: catalog2026 });
    const header = template.sheets[0].snapshot.values[4];
    expect(header.filter((v) => typeof v === 'number')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(cellWrites(template.plan).filter((w) => w.role === 'criterion.end')).toHaveLength(10);
    expect(cellWrites(template.plan).filter((w) => w.role === 'group.count').map((w) => w.key)).toEqual(['10', '8-9', '5-7', '3-4', '0-2']);
  });

  it('links the plan\'s targets to the assignment\'s totals and counts its communes across sheets', () => {
    const template = buildTemplate('plan', options);
    const targets = template.sheets.find((s) => s.snapshot.name === 'Chỉ tiêu theo tiêu chí')!;
    expect(targets.snapshot.formulas![5][2]).toMatch(/^='Giao chỉ tiêu xã'!C\d+$/);
    expect(cellWrites(template.plan).find((w) => w.sheet === 'Chỉ tiêu theo tiêu chí' && w.role === 'summary.communes')?.formula).toBe("=COUNTA('Giao chỉ tiêu xã'!B6:B8)");
    expect(template.sheets.map((s) => s.snapshot.name)).toEqual(['Giao chỉ tiêu xã', 'Chỉ tiêu theo tiêu chí', 'Nguồn vốn', 'Nhiệm vụ', 'Phân công phụ trách', 'Danh sách chọn']);
  });
});

describe('renaming a template\'s sheets', () => {
  it('moves every formula and list source to the new names', async () => {
    const { renameSheets } = await import('../../src/domain/template/rename');
    const template = renameSheets(buildTemplate('plan', options), new Map([['Giao chỉ tiêu xã', "Giao chỉ tiêu xã (2)"], ['Danh sách chọn', 'Danh sách chọn (2)']]));
    const formulas = [...cellWrites(template.plan).map((w) => w.formula ?? ''), ...template.sheets.flatMap((s) => (s.snapshot.formulas ?? []).flat().map((f) => f ?? ''))];
    expect(formulas.some((f) => f.includes("'Giao chỉ tiêu xã'!"))).toBe(false);
    expect(formulas.filter((f) => f.includes("'Giao chỉ tiêu xã (2)'!")).length).toBeGreaterThan(20);
    const sources = template.sheets.flatMap((s) => s.validations.flatMap((v) => (v.type === 'list' && v.source ? [v.source] : [])));
    expect(sources.every((src) => src.startsWith("'Danh sách chọn (2)'!"))).toBe(true);
    expect(template.sheets[0].snapshot.name).toBe('Giao chỉ tiêu xã (2)');
  });
});
