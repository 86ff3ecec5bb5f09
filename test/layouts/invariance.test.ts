import { checkWorkbook } from '../../src/domain/engine';
import { planFill } from '../../src/domain/fill/plan';
import { applyPlanToSnapshot } from '../../src/domain/fill/applyToSnapshot';
import { adr } from '../helpers/sheets';
import { LAYOUTS, planData, randOf, render, valueOf, type PlanData } from './invariance';

const LAYOUT_NAMES = Object.keys(LAYOUTS);
/** Plans generated per run (fixed seeds): each rendered in every layout. */
const PLANS = 40;

/** What a check says of a rendering, by datum: `c3.share error`, `groups.total error`; a finding off the data by its cell. */
function said(data: PlanData, layout: string, faults = new Map<string, number>()): string[] {
  const rendered = render(data, layout, faults);
  const datumOf = new Map([...rendered.at].map(([datum, cell]) => [cell, datum]));
  const report = checkWorkbook({ name: `${layout}.xlsx`, sheets: [rendered.sheet] }, {}, 'vi');
  return report.issues
    .filter((issue) => issue.severity !== 'info')
    .map((issue) => `${datumOf.get(issue.cell) ?? `${issue.cell}(${issue.code})`} ${issue.severity}`)
    .sort();
}

/**
 * The data of the relations a datum takes part in: a wrong year end breaks its sum and its share; a
 * wrong group count its share and the groups' total (which of them is wrong, the table cannot say).
 */
function related(datum: string): string[] {
  const [name, field] = datum.split('.');
  if (field === 'end') return [datum, `${name}.share`];
  if (field === 'count') return [datum, `${name}.share`, 'groups.total'];
  return [datum];
}

/** The data a layout shows (the distribution only where it has a second table). */
const shows = (layout: string, datum: string) => LAYOUTS[layout].second !== 'none' || !/^(g\d|groups)/.test(datum);

describe('the same plan in many layouts gives the same findings (fixed seeds)', () => {
  test('there are at least twelve layouts, and every option is taken by one', () => {
    expect(LAYOUT_NAMES.length).toBeGreaterThanOrEqual(12);
    const seen = new Map<string, Set<string>>();
    for (const options of Object.values(LAYOUTS)) for (const [key, value] of Object.entries(options)) (seen.get(key) ?? seen.set(key, new Set()).get(key)!).add(String(value));
    expect(seen.get('spelling')).toEqual(new Set(['nfc', 'nfd', 'none']));
    expect(seen.get('second')).toEqual(new Set(['none', 'stacked', 'beside']));
    expect(seen.get('numbers')).toEqual(new Set(['numbers', 'text']));
    expect(seen.get('shares')).toEqual(new Set(['percent-units', 'fractions']));
  });

  test('a consistent plan: nothing to say in any layout, and every table read', () => {
    for (let seed = 1; seed <= PLANS; seed++) {
      const data = planData(seed);
      for (const layout of LAYOUT_NAMES) {
        const findings = said(data, layout);
        if (findings.length > 0) throw new Error(`plan #${seed} (${data.communes} communes, ${data.year}) in layout ${layout}: ${findings.join('; ')}`);
      }
    }
  });

  test('one wrong figure: an error at that figure in every layout, and the same findings everywhere', () => {
    const computed = (data: PlanData) => [...data.criteria.flatMap((_, i) => [`c${i + 1}.end`, `c${i + 1}.share`]), ...data.groups.flatMap((_, i) => [`g${i + 1}.count`, `g${i + 1}.share`])];
    for (let run = 1; run <= PLANS * 3; run++) {
      const seed = Math.ceil(run / 3);
      const data = planData(seed);
      const candidates = computed(data);
      const datum = randOf(run * 7919).pick(candidates);
      const right = valueOf(data, datum);
      // Far enough from the right value that no rounding hides it.
      const wrong = datum.endsWith('share') ? Math.round((right + (right > 50 ? -7.3 : 7.3)) * 10) / 10 : right + (right > 3 ? -2 : 2);
      const faults = new Map([[datum, wrong]]);
      const byLayout = LAYOUT_NAMES.filter((layout) => shows(layout, datum)).map((layout) => ({ layout, findings: said(data, layout, faults) }));
      const first = byLayout[0];
      for (const { layout, findings } of byLayout) {
        if (!related(datum).some((cell) => findings.includes(`${cell} error`))) throw new Error(`plan #${seed}, ${datum} ${right} → ${wrong} in layout ${layout}: no error at it or a relation of it; said ${findings.join('; ') || 'nothing'}`);
        if (findings.join('|') !== first.findings.join('|')) throw new Error(`plan #${seed}, ${datum} ${right} → ${wrong}: layout ${layout} says ${findings.join('; ')}, layout ${first.layout} says ${first.findings.join('; ')}`);
      }
    }
  });

  test('filled, then checked again: nothing to say, in every layout', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const data = planData(seed);
      for (const layout of LAYOUT_NAMES) {
        const rendered = render(data, layout);
        const values = rendered.sheet.values.map((row) => [...row]);
        for (const [datum, cell] of rendered.at) {
          if (!/\.(end|share)$/.test(datum) && datum !== 'groups.total') continue;
          const { row, col } = adr(cell);
          values[row][col] = null;
        }
        const book = { name: `${layout}.xlsx`, sheets: [{ ...rendered.sheet, values }] };
        const { plan } = planFill(book, {});
        const again = checkWorkbook(applyPlanToSnapshot(book, plan), {}, 'vi').issues.filter((issue) => issue.severity !== 'info');
        if (again.length > 0) throw new Error(`plan #${seed} in layout ${layout}, filled: ${again.map((i) => `${i.cell} ${i.code} ${i.message}`).join('; ')}`);
      }
    }
  });
});
