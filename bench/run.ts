/**
 * `npm run bench`: how the engine, the command line and the Office.js host scale from a district to
 * the whole country. Prints one table, writes bench/results.json, and exits 1 when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { analyzeWorkbook, checkWorkbook, runChecks } from '../src/domain/engine';
import { planFill } from '../src/domain/fill/plan';
import { applyPlanToSnapshot } from '../src/domain/fill/applyToSnapshot';
import { buildAppendix } from '../src/domain/appendix/build';
import type { WorkbookSnapshot } from '../src/domain/sheet/snapshot';
import { workbookFromSnapshots } from '../src/hosts/xlsx/writeSnapshot';
import { openWorkbookFile } from '../src/hosts/xlsx/files';
import { applyPlanToWorkbook } from '../src/hosts/xlsx/applyPlan';
import { saveWorkbook } from '../src/hosts/xlsx/save';
import { readWorkbookSnapshot } from '../src/hosts/excel/readWorkbook';
import { applyPlanInExcel } from '../src/hosts/excel/applyPlan';
import { fakeExcel } from '../test/helpers/fakeExcel';
import { SIZES, syntheticWorkbook } from './generate';
import { main as cli } from '../src/cli/main';
import { marksFor, templateFile } from '../test/consolidate/communeFiles';
import { paneTiming, type PaneTiming } from './pane';

const root = path.join(__dirname, '..', '..', '..');
const RUNS = 21;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(runs: number, work: () => unknown): Promise<number> {
  if (runs > 1) await work(); // one run to warm the JIT, not counted
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Medians of several pieces of work timed in turns (one warm-up round not counted). */
async function interleaved(runs: number, works: (() => unknown)[]): Promise<number[]> {
  const samples = works.map(() => [] as number[]);
  for (let round = -1; round < runs; round++) {
    for (const [i, work] of works.entries()) {
      const start = performance.now();
      await work();
      if (round >= 0) samples[i].push(performance.now() - start);
    }
  }
  return samples.map(median);
}

/** The floor for any engine: read every cell of the snapshots once (its value, formula and number format). */
function referenceLoop(workbook: WorkbookSnapshot): number {
  let seen = 0;
  for (const sheet of workbook.sheets) {
    const { values, formulas, numberFormats } = sheet;
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      const formulaRow = formulas?.[r];
      const formatRow = numberFormats?.[r];
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (value !== null) seen += typeof value === 'number' ? 1 : 2;
        if (formulaRow?.[c]) seen += 4;
        if (formatRow?.[c]) seen += 8;
      }
    }
  }
  return seen;
}

async function officeHost(workbook: WorkbookSnapshot) {
  const read = fakeExcel({ sheets: workbook.sheets });
  await readWorkbookSnapshot(read as unknown as Excel.RequestContext, { supports: () => true });
  const { plan } = planFill(workbook);
  const write = fakeExcel({ sheets: workbook.sheets });
  await applyPlanInExcel(write as unknown as Excel.RequestContext, plan, { supports: () => true });
  // Checking again after the fill: the sheet now holds tens of thousands of formulas to read back.
  const again = fakeExcel({ sheets: applyPlanToSnapshot(workbook, plan).sheets });
  await readWorkbookSnapshot(again as unknown as Excel.RequestContext, { supports: () => true });
  return {
    checkSyncs: read.syncs, checkMaxBytes: Math.max(...read.requests), fillSyncs: write.syncs, fillMaxBytes: Math.max(...write.requests),
    checkAfterFillSyncs: again.syncs, checkAfterFillMaxBytes: Math.max(...again.requests),
  };
}

/** The pages built for production, as they are deployed. */
function buildWeb(): string {
  const out = path.join(tmpdir(), `ntm-plan-bench-web-${process.pid}`);
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', out], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr || build.stdout);
  return out;
}

function bundleSizes(out: string) {
  const gz = (file: string) => gzipSync(readFileSync(path.join(out, file))).length;
  const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/src="?([^"\s>]+\.js)"?/g)].map((m) => m[1]).filter((f) => !f.startsWith('http'));
  const lazy = readdirSync(out).filter((f) => f.endsWith('.js') && !initial.includes(f) && !f.startsWith('web.'));
  return { taskpaneGzip: initial.reduce((t, f) => t + gz(f), 0), lazyGzip: lazy.reduce((t, f) => t + gz(f), 0) };
}

/** A province's hundred commune files (half with the fill's formulas in them), consolidated by the command line. */
async function consolidation(dir: string): Promise<{ files: number; consolidateMs: number; communes: number }> {
  const inbox = path.join(dir, 'communes');
  mkdirSync(inbox, { recursive: true });
  const files = 100;
  for (let i = 0; i < files; i++) {
    await templateFile(inbox, `xa-${String(i + 1).padStart(3, '0')}.xlsx`, [{ name: `Xã số ${i + 1}`, marks: marksFor(i), group: (i % 3) + 1, villages: [8, 3, 2, 0] }], { filled: i % 2 === 0 });
  }
  let out = '';
  const consolidateMs = await time(1, async () => { await cli(['consolidate', inbox, '-o', path.join(dir, 'tinh.xlsx'), '--json'], { out: (t) => { out = t; }, err: () => undefined }); });
  return { files, consolidateMs, communes: (JSON.parse(out) as { communes: unknown[] }).communes.length };
}

function maxRequest(r: Record<string, unknown>): number {
  return Math.max(r.checkMaxBytes as number, r.checkAfterFillMaxBytes as number, r.fillMaxBytes as number);
}

async function main(): Promise<void> {
  const results: Record<string, unknown>[] = [];
  const dir = path.join(tmpdir(), `ntm-plan-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const generated = syntheticWorkbook(size);
    const file = path.join(dir, `${size.name}.xlsx`);
    await workbookFromSnapshots(generated.sheets).xlsx.writeFile(file);
    const output = path.join(dir, `${size.name}-filled.xlsx`);
    let opened!: Awaited<ReturnType<typeof openWorkbookFile>>;
    const read = await time(1, async () => { opened = await openWorkbookFile(file); });
    // The engine's snapshots as the command line reads them: values, formulas and number formats of every cell.
    const workbook = opened.snapshot;
    const cells = workbook.sheets.reduce((t, s) => t + s.values.length * (s.values[0]?.length ?? 0), 0);
    const firstRun = await time(1, () => { const analysis = analyzeWorkbook(workbook); planFill(workbook, {}, { analysis, findings: runChecks(analysis) }); });
    const analysis = analyzeWorkbook(workbook);
    const prior = { analysis, findings: runChecks(analysis) };
    // Taken in turns, so that the reference and the engine see the same load on a shared machine.
    const [reference, check, fillAfterCheck] = await interleaved(RUNS, [() => referenceLoop(workbook), () => checkWorkbook(workbook), () => planFill(workbook, {}, prior)]);
    const fill = await time(RUNS, () => planFill(workbook));
    const appendix = await time(RUNS, () => buildAppendix(analyzeWorkbook(workbook)));
    let plan!: ReturnType<typeof planFill>['plan'];
    const engine = await time(1, () => { checkWorkbook(opened.snapshot); plan = planFill(opened.snapshot).plan; });
    const write = await time(1, async () => { applyPlanToWorkbook(opened.workbook, plan); await saveWorkbook(opened.workbook, output); });
    const host = await officeHost(generated);
    results.push({
      size: size.name, communes: size.communes, criteria: size.criteria, cells,
      referenceMs: reference, firstCheckAndFillMs: firstRun, checkMs: check, fillPlanMs: fill, fillAfterCheckMs: fillAfterCheck, appendixMs: appendix,
      engineVsReference: (check + fillAfterCheck) / Math.max(reference, 0.001),
      cliReadMs: read, cliEngineMs: engine, cliWriteMs: write, ...host,
    });
  }
  const province = await consolidation(dir);
  const web = buildWeb();
  const bundle = bundleSizes(web);
  const pane: PaneTiming = await paneTiming(web, dir);
  const national = results.find((r) => r.size === 'national')!;
  const budgets = [
    { budget: 'national check + fill plan < 10 × reference loop', ok: (national.engineVsReference as number) < 10, value: `${(national.engineVsReference as number).toFixed(1)} ×` },
    { budget: 'national check + fill plan < 1 s', ok: (national.checkMs as number) + (national.fillAfterCheckMs as number) < 1000, value: `${Math.round((national.checkMs as number) + (national.fillAfterCheckMs as number))} ms` },
    // The read after a national fill carries 32,000 formulas and two 3,300-row tables: more than one 4 MB request.
    { budget: 'syncs: check ≤ 3 (≤ 4 after a national fill), fill ≤ 4, at every size', ok: results.every((r) => (r.checkSyncs as number) <= 3 && (r.checkAfterFillSyncs as number) <= (r.size === 'national' ? 4 : 3) && (r.fillSyncs as number) <= 4), value: results.map((r) => `${r.checkSyncs}/${r.checkAfterFillSyncs}/${r.fillSyncs}`).join(', ') },
    { budget: 'no request over 4 MB', ok: results.every((r) => maxRequest(r) <= 4 * 1024 * 1024), value: `${Math.max(...results.map(maxRequest))} B` },
    { budget: 'consolidate 100 commune files < 10 s', ok: province.communes === province.files && province.consolidateMs < 10_000, value: `${(province.consolidateMs / 1000).toFixed(1)} s, ${province.communes} communes` },
    { budget: 'task pane JavaScript < 350 kB gzipped', ok: bundle.taskpaneGzip < 350 * 1024, value: `${(bundle.taskpaneGzip / 1024).toFixed(0)} kB (+ ${(bundle.lazyGzip / 1024).toFixed(0)} kB loaded on demand)` },
    { budget: 'web page opens the 5 MB workbook < 6 s', ok: pane.openMs < 6000, value: `${(pane.openMs / 1000).toFixed(1)} s (${(pane.fileBytes / 1e6).toFixed(1)} MB; check ${(pane.checkMs / 1000).toFixed(1)} s)` },
    { budget: 'no frame frozen over 200 ms while opening and checking it', ok: pane.openLongestFrameMs <= 200 && pane.checkLongestFrameMs <= 200 && pane.progressSeen, value: `longest ${Math.round(pane.openLongestFrameMs)} ms opening, ${Math.round(pane.checkLongestFrameMs)} ms checking; progress bar ${pane.progressSeen ? 'shown' : 'not seen'}` },
  ];
  const table = results.map((r) => ({
    size: r.size, cells: r.cells, 'reference ms': (r.referenceMs as number).toFixed(1), 'check ms': (r.checkMs as number).toFixed(1), 'fill plan ms (alone / after check)': `${(r.fillPlanMs as number).toFixed(1)} / ${(r.fillAfterCheckMs as number).toFixed(1)}`,
    'first check+fill ms': Math.round(r.firstCheckAndFillMs as number), 'appendix ms': (r.appendixMs as number).toFixed(1), '×ref': (r.engineVsReference as number).toFixed(1),
    'cli read/engine/write ms': `${Math.round(r.cliReadMs as number)}/${Math.round(r.cliEngineMs as number)}/${Math.round(r.cliWriteMs as number)}`,
    'syncs check/check after fill/fill': `${r.checkSyncs}/${r.checkAfterFillSyncs}/${r.fillSyncs}`, 'max request kB': Math.round(maxRequest(r) / 1024),
  }));
  console.table(table);
  console.table([{ 'commune files': province.files, 'communes gathered': province.communes, 'consolidate ms': Math.round(province.consolidateMs) }]);
  console.table(budgets);
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results, consolidation: province, bundle, pane, budgets }, null, 2)}\n`);
  if (budgets.some((b) => !b.ok)) {
    console.error(`Budgets missed: ${budgets.filter((b) => !b.ok).map((b) => b.budget).join('; ')}`);
    process.exitCode = 1;
  }
}

void main();
