/**
 * The web page on a 5 MB workbook (four times the national sample: 32,000 communes × 60 criteria,
 * with the roll-up and the funding grid), measured in Chromium by Playwright: how long it takes to
 * open (the file chosen → the sheets and the check button shown) and to check, and the longest time
 * the page's thread went without drawing a frame meanwhile (requestAnimationFrame gaps) — a frame
 * frozen is what a user feels.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { workbookFromSnapshots } from '../src/hosts/xlsx/writeSnapshot';
import { syntheticWorkbook } from './generate';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

export type PaneTiming = { fileBytes: number; openMs: number; openLongestFrameMs: number; checkMs: number; checkLongestFrameMs: number; findings: string; progressSeen: boolean };

/** Starts counting the gaps between frames; `gaps()` gives the longest since the last call. */
async function frameWatch(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; last: number };
    w.longest = 0;
    w.last = performance.now();
    const frame = (t: number) => {
      w.longest = Math.max(w.longest, t - w.last);
      w.last = t;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return {
    reset: () => page.evaluate(() => { const w = window as unknown as { longest: number; last: number }; w.longest = 0; w.last = performance.now(); }),
    longest: () => page.evaluate(() => (window as unknown as { longest: number }).longest),
  };
}

/** Writes the 5 MB workbook (once) and measures the web page on it. */
export async function paneTiming(web: string, dir: string): Promise<PaneTiming> {
  const file = path.join(dir, 'national-x4.xlsx');
  if (!existsSync(file)) await workbookFromSnapshots(syntheticWorkbook({ name: 'national-x4', communes: 32_000, criteria: 60 }).sheets).xlsx.writeFile(file);
  const server = createServer((request, response) => {
    const target = path.join(web, path.normalize(decodeURIComponent((request.url ?? '/').split('?')[0])));
    if (!target.startsWith(web) || !existsSync(target) || statSync(target).isDirectory()) { response.writeHead(404).end(); return; }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/web.html`);
    await page.getByRole('button', { name: 'Mở sổ làm việc' }).waitFor();
    const frames = await frameWatch(page);
    let progressSeen = false;
    const progress = page.getByRole('progressbar').first().waitFor({ timeout: 60_000 }).then(() => { progressSeen = true; }, () => undefined);
    await frames.reset();
    const openStart = Date.now();
    await page.setInputFiles('[data-testid=file-input]', file);
    await page.getByRole('button', { name: 'Kiểm tra sổ làm việc' }).waitFor({ timeout: 300_000 });
    await page.locator('td[data-cell="A1"]').waitFor({ timeout: 300_000 });
    const openMs = Date.now() - openStart;
    const openLongestFrameMs = await frames.longest();
    await progress;
    await frames.reset();
    const checkStart = Date.now();
    await page.getByRole('button', { name: 'Kiểm tra sổ làm việc' }).click();
    const summary = page.getByTestId('check-summary');
    await summary.waitFor({ timeout: 300_000 });
    const checkMs = Date.now() - checkStart;
    const checkLongestFrameMs = await frames.longest();
    return { fileBytes: statSync(file).size, openMs, openLongestFrameMs, checkMs, checkLongestFrameMs, findings: (await summary.textContent()) ?? '', progressSeen };
  } finally {
    await browser.close();
    server.close();
  }
}

/** `node .tmp/bench/bench/pane.js <built web folder> <work folder>`: the measure alone. */
if (require.main === module) {
  void paneTiming(path.resolve(process.argv[2]), path.resolve(process.argv[3] ?? '.')).then((timing) => console.log(JSON.stringify(timing, null, 2)));
}
