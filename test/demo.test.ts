import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from './helpers/xlsx';

const root = path.join(__dirname, '..');
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

async function cells(file: string): Promise<Record<string, unknown>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const out: Record<string, unknown> = {};
  book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => { out[`${ws.name}!${cell.address}`] = cell.value; })));
  return out;
}

describe('samples and the demo', () => {
  it('the committed samples are what the sample script builds from the fixtures', async () => {
    const dir = tempDir('ntm-plan-samples-');
    expect(node([path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.samples.json']).status).toBe(0);
    expect(node(['.tmp/samples/scripts/build-samples.js', dir]).status).toBe(0);
    const built = readdirSync(dir).sort();
    expect(readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.xlsx')).sort()).toEqual(built);
    for (const file of built) expect(await cells(path.join(root, 'samples', file))).toEqual(await cells(path.join(dir, file)));
  }, 120_000);

  it('npm run demo checks, fills, checks again and builds the appendix into out/', () => {
    const run = spawnSync('npm', ['run', 'demo'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Tóm tắt (kết quả trong out/)');
    expect(run.stdout).toContain('Chỉ tiêu 2019!E22 percent-mismatch');
    for (const file of ['thach-an-2025-da-dien.xlsx', 'thach-an-2025-phu-luc.xlsx', 'lang-son-2019-phu-luc.xlsx']) expect(existsSync(path.join(root, 'out', file))).toBe(true);
  }, 180_000);
});
