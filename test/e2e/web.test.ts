import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { z } from 'zod';
import '../../src/domain/catalog/schema';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { convertTo } from '../helpers/libreoffice';
import { sheet } from '../helpers/sheets';
import { corruptFile, marksFor, templateFile } from '../consolidate/communeFiles';
import { langSon2021Funding, langSon2021Targets } from '../fixtures/langSon';

const root = path.join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const shots = path.join(root, 'test-output', 'e2e');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png' };
/** The widths of a task pane (Excel's narrowest and a common one) and of a laptop screen. */
const PANE_WIDTHS = [320, 360];

let server: Server;
let browser: Browser;
let page: Page;
let base: string;
let web: string;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  web = tempDir('ntm-plan-web-');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', web], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr || build.stdout);
  server = createServer((request, response) => {
    const file = path.join(web, path.normalize(decodeURIComponent((request.url ?? '/').split('?')[0])).replace(/^([/\\])+/, ''));
    if (!file.startsWith(web) || !existsSync(file)) { response.writeHead(404).end(); return; }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  page = await browser.newPage({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
  watch(page);
  mkdirSync(shots, { recursive: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

function watch(p: Page): void {
  p.on('pageerror', (error) => problems.push(error.message));
  p.on('console', (message) => { if (message.type() === 'error' && !/favicon|404/.test(message.text())) problems.push(message.text()); });
  p.on('request', (request) => { if (!request.url().startsWith(base)) problems.push(`request outside the page's server: ${request.url()}`); });
}

const shot = (name: string, p: Page = page) => p.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

/**
 * What does not fit the viewport's width: the page scrolling sideways, a control (button, tab, field,
 * link) reaching past either edge, or one whose own text is cut (wider than its box). Only what is
 * shown counts; the sheet preview's frame scrolls inside itself, as a spreadsheet does.
 */
async function overflow(p: Page = page): Promise<string[]> {
  return p.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    const frame = (el: Element) => el.closest('[role=grid], [role=region][aria-label] > table') !== null;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll('button, select, input:not([type=file]), textarea, a, [role=tab], [role=menuitemradio], [role=menuitem], [role=switch], [role=checkbox], h1, h2, h3, [data-testid=check-summary]')) {
      if (frame(el)) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (box.left < -0.5 || box.right > width + 0.5) out.push(`${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
      const html = el as HTMLElement;
      if (html.scrollWidth > html.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll' && html.clientWidth > 0 && !['SELECT', 'INPUT', 'TEXTAREA'].includes(el.tagName)) out.push(`${name(el)} is cut (${html.scrollWidth} > ${html.clientWidth} px)`);
    }
    return out;
  });
}

/** Asserts that the state on screen fits, naming the state when it does not. */
async function fits(state: string, p: Page = page): Promise<void> {
  // Measured at rest: a tab's selection bar slides from the tab selected before, and while it slides
  // it reaches past its tab (finite transitions only; a progress bar's runs for ever).
  await p.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => Number(a.effect?.getComputedTiming().endTime ?? Infinity) !== Infinity)
    .map((a) => a.finished.catch(() => undefined))));
  expect({ state, overflow: await overflow(p) }).toEqual({ state, overflow: [] });
}

async function openMore(p: Page, name: string): Promise<void> {
  await p.getByRole('tab', { name: /^Các việc khác|^Thêm|^Other tasks|^More/ }).click();
  await p.getByRole('menuitemradio', { name }).click();
}

async function openFile(p: Page, file: string): Promise<void> {
  await p.setInputFiles('[data-testid=file-input]', file);
  await p.getByRole('button', { name: /^Kiểm tra sổ làm việc$|^Check the workbook$/ }).waitFor({ timeout: 120_000 });
}

describe('the built pages', () => {
  it('the add-in page loads Office.js from its CDN and nothing else, under a Content Security Policy, with no eval', () => {
    const html = readFileSync(path.join(web, 'taskpane.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toContain('unsafe-eval');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts.filter((src) => /^https?:/.test(src))).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    const policy = /Content-Security-Policy"? content="([^"]+)"/.exec(html)![1];
    const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `))!.split(/\s+/).slice(1);
    for (const name of ['script-src', 'connect-src', 'frame-src']) {
      for (const host of ['https://appsforoffice.microsoft.com', 'https://*.office.com', 'https://*.office.net', 'https://*.officeapps.live.com']) expect(directive(name)).toContain(host);
    }
    expect(directive('script-src')).not.toContain('*');
    // Office.js loads MicrosoftAjax.js from Microsoft's Ajax CDN in some clients (OfficeDev/office-js#1005): without it the pane stays blank.
    expect(directive('script-src')).toContain('https://ajax.aspnetcdn.com');
    expect(scripts[0]).toBe('compat.js');
    expect(readFileSync(path.join(web, 'compat.js'), 'utf8')).toContain('Trident');
    const bundle = readdirSync(web).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f))!;
    expect(/\beval\(/.exec(readFileSync(path.join(web, bundle), 'utf8'))?.[0] ?? 'none').toBe('none');
    expect(z.config().jitless).toBe(true);
  });

  it('the web page loads no script from outside', () => {
    const html = readFileSync(path.join(web, 'web.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts.filter((src) => /^https?:/.test(src))).toEqual([]);
    expect(scripts[0]).toBe('compat.js');
  });
});

describe('no blank pane, no dead end', () => {
  it('with Office.js blocked, the add-in page says so at once and gives the web page\'s address', async () => {
    const pane = await browser.newPage({ viewport: { width: 320, height: 455 } });
    await pane.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await pane.goto(`${base}/taskpane.html`);
    const alert = pane.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(/Không tải được Office\.js/);
    expect(await alert.textContent()).toMatch(/Office\.js, the Microsoft library the add-in needs/);
    const links = await alert.getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([`${base}/web.html`, `${base}/web.html`]);
    await fits('Office.js blocked', pane);
    await shot('no-office-js-320', pane);
    await pane.close();
  }, 60_000);

  it('in an old webview (Internet Explorer 11), the add-in page links to the web page', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 455 }, userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' });
    const pane = await context.newPage();
    await pane.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await pane.goto(`${base}/taskpane.html`);
    const alert = pane.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(/trình duyệt cũ/);
    expect(await alert.getByRole('link').first().getAttribute('href')).toBe(`${base}/web.html`);
    await shot('old-webview-320', pane);
    await context.close();
  }, 60_000);
});

describe('web mode in Chromium: open, check, go to a finding, fill, appendix, download', () => {
  it('runs the whole flow on the Lạng Sơn 2019 sample and downloads a workbook with live formulas and the appendix', async () => {
    await page.goto(`${base}/web.html`);
    await page.getByText(/Kéo thả một sổ làm việc \(.xlsx, .xls, .ods, .csv\) vào đây/).waitFor();
    await shot('01-empty');

    await openFile(page, path.join(root, 'samples', 'lang-son-2019.xlsx'));
    await page.getByRole('button', { name: 'Kiểm tra sổ làm việc' }).click();
    await page.getByTestId('check-summary').getByText('2 lỗi, 1 cảnh báo').waitFor();
    await shot('02-checked');

    await page.getByRole('button', { name: /Lỗi: Đi tới Chỉ tiêu 2019!E22/ }).click();
    await page.locator('td[data-cell="E22"][aria-selected="true"]').waitFor();
    await page.getByRole('button', { name: 'Tùy chọn' }).click();
    await page.getByRole('switch', { name: 'Tô màu các ô có lỗi' }).click();
    await page.locator('td[data-cell="E15"]').waitFor();
    await shot('03-finding-selected');

    await page.getByRole('tab', { name: 'Tự động điền' }).click();
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText('Sẽ ghi', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: /Thay cả \d+ ô đã nhập/ }).click();
    await shot('04-fill-preview');
    await page.getByRole('button', { name: 'Ghi công thức' }).click();
    await page.getByText(/^Đã ghi \d+ ô\.$/).waitFor({ timeout: 120_000 });
    await page.getByRole('region', { name: 'Tự động điền' }).getByText('1 cảnh báo', { exact: true }).waitFor();
    await shot('05-filled');

    await page.getByRole('tab', { name: 'Phụ lục' }).click();
    await page.getByRole('textbox', { name: 'Số kế hoạch' }).fill('46');
    await page.getByRole('button', { name: 'Tạo phụ lục' }).click();
    await page.getByText('Đã tạo trang "Phụ lục".').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Đi tới trang' }).click();
    await page.getByRole('combobox', { name: 'Trang' }).and(page.locator('select')).first().waitFor();
    await shot('06-appendix');
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về bản Word (.docx)' }).click()]);
    expect(word.suggestedFilename()).toBe('phu-luc.docx');
    const wordFile = path.join(tempDir('ntm-plan-download-'), 'phu-luc.docx');
    await word.saveAs(wordFile);
    expect(readFileSync(wordFile).subarray(0, 2).toString()).toBe('PK');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Tải về sổ làm việc' }).click()]);
    const file = path.join(tempDir('ntm-plan-download-'), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('lang-son-2019-ntm.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu 2019', 'Nguồn vốn', 'Nhiệm vụ', 'Phụ lục']);
    const targets = book.getWorksheet('Chỉ tiêu 2019')!;
    expect(targets.getCell('E22').formula).toBe('IF($B$4=0,0,D22/$B$4*100)');
    expect(targets.getCell('E22').note).toBe('Giá trị cũ: 64,2');
    expect(book.getWorksheet('Phụ lục')!.getCell('A2').value).toBe('(Kèm theo Kế hoạch số 46/KH-UBND ngày        của UBND tỉnh Lạng Sơn)');
    expect(problems).toEqual([]);
  }, 600_000);

  it('"Sửa" writes what a finding says, "Hoàn tác" puts it back, "Bỏ qua" is kept in the file downloaded', async () => {
    await page.goto(`${base}/web.html`);
    await openFile(page, path.join(root, 'samples', 'lang-son-2021.xlsx'));
    await page.getByRole('button', { name: 'Kiểm tra sổ làm việc' }).click();
    const summary = page.getByTestId('check-summary');
    await summary.getByText('4 lỗi', { exact: true }).waitFor();
    const c8 = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /Đi tới Von 2021!C8\./ }) });
    await c8.getByText('Nên ghi 4.766').waitFor();
    await c8.getByRole('button', { name: 'Sửa' }).click();
    await page.getByText(/Đã sửa ô C8/).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: /Đi tới Von 2021!C8\./ }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await page.getByText('Đã hoàn tác: các ô vừa sửa trở lại như trước.').waitFor();
    await page.getByRole('button', { name: /Đi tới Von 2021!C8\./ }).waitFor();
    const e18 = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /Đi tới Chi tieu 2021!E18\./ }) });
    await e18.getByRole('button', { name: 'Bỏ qua' }).click();
    await summary.getByText(/1 đã bỏ qua/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Tải về sổ làm việc' }).click()]);
    const file = path.join(tempDir('ntm-plan-download-'), download.suggestedFilename());
    await download.saveAs(file);
    // Opened again: the finding ignored stays ignored.
    await openFile(page, file);
    await page.getByRole('button', { name: 'Kiểm tra sổ làm việc' }).click();
    await summary.getByText(/1 đã bỏ qua/).waitFor();
    expect(await summary.getByText('3 lỗi', { exact: true }).count()).toBe(1);
    expect(problems).toEqual([]);
  }, 600_000);

  it('asks before replacing a workbook with work not downloaded, and keeps it when told to', async () => {
    await page.goto(`${base}/web.html`);
    await openFile(page, path.join(root, 'samples', 'lang-son-2019.xlsx'));
    await page.getByRole('tab', { name: 'Tự động điền' }).click();
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByRole('button', { name: 'Ghi công thức' }).click();
    await page.getByText(/^Đã ghi \d+ ô\.$/).waitFor({ timeout: 120_000 });
    await page.getByText('· có thay đổi chưa tải về').waitFor();
    await page.getByRole('button', { name: 'Tổng hợp tệp của các xã' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sổ làm việc đang mở có thay đổi chưa tải về' });
    await dialog.waitFor();
    await shot('12-unsaved-dialog');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('lang-son-2019.xlsx').first().waitFor();
    await page.getByRole('tab', { name: 'Tự động điền', selected: true }).waitFor();
    await page.getByText(/^Đã ghi \d+ ô\.$/).waitFor();
    await page.setInputFiles('[data-testid=file-input]', path.join(root, 'samples', 'thach-an-2025.xlsx'));
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Bỏ thay đổi, tiếp tục' }).click();
    await page.getByText('thach-an-2025.xlsx', { exact: true }).waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
  }, 600_000);

  it('inserts a template in web mode and shows its sheets', async () => {
    await page.goto(`${base}/web.html`);
    await openFile(page, path.join(root, 'samples', 'thach-an-2025.xlsx'));
    await openMore(page, 'Tạo biểu mẫu');
    await page.getByRole('combobox', { name: 'Loại biểu' }).selectOption('assignment');
    await page.getByRole('textbox', { name: 'Danh sách xã (mỗi dòng một xã)' }).fill('Lê Lai\nĐức Long');
    await page.getByRole('button', { name: 'Chèn vào sổ làm việc' }).click();
    await page.getByText('Đã chèn: Giao chỉ tiêu xã (2).').waitFor({ timeout: 120_000 });
    await page.getByRole('combobox', { name: 'Trang' }).selectOption('Giao chỉ tiêu xã (2)');
    await page.locator('td[data-cell="B6"]', { hasText: 'Lê Lai' }).waitFor();
    await shot('07-template');
    expect(problems).toEqual([]);
  }, 300_000);

  it('opens a LibreOffice .ods (SheetJS loaded on demand): the same summary as its .xlsx, downloaded as .xlsx', async () => {
    const summaryOf = async (file: string) => {
      await page.goto(`${base}/web.html`);
      await openFile(page, file);
      await page.getByRole('button', { name: 'Kiểm tra sổ làm việc' }).click();
      return page.getByTestId('check-summary').textContent();
    };
    const xlsx = path.join(root, 'samples', 'lang-son-2019.xlsx');
    const expected = await summaryOf(xlsx);
    const [ods] = convertTo(xlsx, 'ods');
    expect(await summaryOf(ods)).toBe(expected);
    await page.getByText('(đọc từ .ods (LibreOffice); tải về dạng .xlsx)').waitFor();
    await shot('09-ods');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Tải về sổ làm việc' }).click()]);
    expect(download.suggestedFilename()).toBe('lang-son-2019-ntm.xlsx');
    expect(problems).toEqual([]);
  }, 300_000);

  it('consolidates the communes\' files into a new workbook, reports what is missing, and downloads it', async () => {
    const inbox = tempDir('ntm-plan-inbox-');
    const files = [
      await templateFile(inbox, 'le-lai.xlsx', [{ name: 'Lê Lai', marks: marksFor(1), group: 1 }]),
      await templateFile(inbox, 'duc-long.xlsx', [{ name: 'Đức Long', marks: marksFor(2), group: 2 }], { filled: true }),
      await templateFile(inbox, 'tan-hoa.xlsx', [{ name: 'Tân Hòa', marks: marksFor(3), group: 3 }]),
      corruptFile(inbox, 'hong.xlsx'),
    ];
    await page.goto(`${base}/web.html`);
    await page.getByRole('button', { name: 'Tổng hợp tệp của các xã' }).click();
    await page.getByRole('region', { name: 'Tổng hợp' }).waitFor();
    await page.setInputFiles('[data-testid=consolidate-input]', files);
    await page.getByRole('textbox', { name: /Danh sách xã dự kiến/ }).fill('Lê Lai\nĐức Long\nTân Hòa\nĐức Xuân');
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByText('Đã tổng hợp 3 xã từ 3 tệp (năm 2027)').waitFor({ timeout: 120_000 });
    await page.getByRole('region', { name: 'Xã chưa gửi' }).getByText('Đức Xuân').waitFor();
    await page.getByRole('combobox', { name: 'Trang' }).selectOption('Tổng hợp giao chỉ tiêu');
    await page.locator('td[data-cell="B6"]', { hasText: 'Lê Lai' }).waitFor();
    await shot('10-consolidated');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Tải về sổ làm việc' }).click()]);
    const file = path.join(tempDir('ntm-plan-download-'), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('tong-hop-tinh-ntm.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    const table = book.getWorksheet('Tổng hợp giao chỉ tiêu')!;
    expect([6, 7, 8].map((r) => table.getCell(`B${r}`).value)).toEqual(['Lê Lai', 'Đức Long', 'Tân Hòa']);
    expect(table.getCell('C9').formula).toMatch(/^COUNTIF\(C6:C8,/);
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('a pane of 320 and 360 px: every panel and state fits, the findings come first, the language follows', () => {
  let manySheets: string;
  let inbox: string[];
  beforeAll(async () => {
    const dir = tempDir('ntm-plan-narrow-');
    // Twelve sheets, some with very long names: the sheet list must neither widen nor cover the pane.
    manySheets = await writeXlsx(dir, 'ke-hoach-xay-dung-nong-thon-moi-nam-2027-cua-tinh-ban-sua-lan-thu-hai.xlsx', [
      langSon2021Targets(), langSon2021Funding(),
      ...Array.from({ length: 10 }, (_, i) => sheet(`Biểu ${i + 1} kèm theo Kế hoạch số 46 năm 2027`.slice(0, 31), [['Ghi chú'], [`Trang ${i + 1}`]])),
    ]);
    inbox = [await templateFile(dir, 'le-lai.xlsx', [{ name: 'Lê Lai', marks: marksFor(1), group: 1 }]), corruptFile(dir, 'hong.xlsx')];
  });

  for (const width of PANE_WIDTHS) {
    it(`at ${width} px: empty, opened, checked, each panel, menus and dialogs, in Vietnamese and English`, async () => {
      await page.setViewportSize({ width, height: 455 });
      await page.goto(`${base}/web.html`);
      await page.getByText(/Kéo thả một sổ làm việc/).waitFor();
      await fits(`${width}: empty`);
      await shot(`${width}-01-empty`);
      await page.getByRole('button', { name: 'Việc khác' }).click();
      await page.getByRole('menuitem', { name: 'Tổng hợp tệp của các xã' }).waitFor();
      await fits(`${width}: the page's menu`);
      await page.keyboard.press('Escape');

      await openFile(page, manySheets);
      await fits(`${width}: opened, 12 sheets with long names`);
      await shot(`${width}-02-opened`);
      await page.getByRole('button', { name: 'Kiểm tra sổ làm việc' }).click();
      const summary = page.getByTestId('check-summary');
      await summary.waitFor({ timeout: 120_000 });
      // The first screen (455 px high, the pane's height on a 768 px laptop): the summary and the first finding, whole.
      const first = page.getByRole('button', { name: /^Lỗi: Đi tới / }).first();
      const [summaryBox, firstBox] = [await summary.boundingBox(), await first.boundingBox()];
      expect({ summary: summaryBox!.y + summaryBox!.height <= 455, first: firstBox!.y + firstBox!.height <= 455 }).toEqual({ summary: true, first: true });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await fits(`${width}: checked`);
      await shot(`${width}-03-checked-first-screen`);
      await page.screenshot({ path: path.join(shots, `${width}-03-checked-first-screen-only.png`) });

      for (const fold of ['Cách đọc sổ làm việc', 'Tùy chọn']) await page.getByRole('button', { name: fold }).click();
      await page.getByRole('button', { name: 'Sau ›' }).click();
      await fits(`${width}: checked, details open, a finding chosen`);
      await shot(`${width}-04-checked-details`);

      await page.getByRole('tab', { name: 'Tự động điền' }).click();
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await page.getByText('Sẽ ghi', { exact: true }).waitFor({ timeout: 60_000 });
      // The Lạng Sơn 2021 tables hold typed totals and shares typed as text: the preview says why nothing is written, until typed cells are replaced.
      await page.getByText('Không có ô nào sẽ ghi:').waitFor();
      await fits(`${width}: fill preview`);
      await shot(`${width}-05-fill-preview`);
      await page.getByRole('checkbox', { name: /Thay cả \d+ ô đã nhập/ }).click();
      await fits(`${width}: fill preview, typed cells replaced`);
      await page.getByRole('button', { name: 'Ghi công thức' }).click();
      await page.getByText(/^Đã ghi \d+ ô\.$/).waitFor({ timeout: 120_000 });
      await fits(`${width}: filled`);
      await shot(`${width}-06-filled`);

      await page.getByRole('tab', { name: 'Phụ lục' }).click();
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await page.getByText(/chưa có trang nhiệm vụ/).waitFor({ timeout: 60_000 });
      await fits(`${width}: appendix`);
      await shot(`${width}-07-appendix`);

      await page.getByRole('tab', { name: /^Các việc khác|^Thêm/ }).click();
      await page.getByRole('menuitemradio', { name: 'Tạo biểu mẫu' }).waitFor();
      await fits(`${width}: the tabs' menu`);
      await page.getByRole('menuitemradio', { name: 'Tạo biểu mẫu' }).click();
      await fits(`${width}: templates`);
      await shot(`${width}-08-template`);

      await openMore(page, 'Kiểm tra văn bản');
      await page.getByRole('textbox', { name: 'Văn bản kế hoạch' }).fill('- Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,5%;\n- Ngân sách trung ương: 78.418,774 triệu đồng gồm:\n+ Vốn phân bổ trực tiếp là 4.356 triệu đồng.\n+ Vốn lồng ghép là 74.062,77 triệu đồng.');
      await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
      await page.getByText('2 lỗi, 0 cảnh báo trong 4 dòng').waitFor();
      await fits(`${width}: text checked`);
      await shot(`${width}-09-text`);

      await openMore(page, 'Tổng hợp');
      await page.setInputFiles('[data-testid=consolidate-input]', inbox);
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      await page.getByText(/^Đã tổng hợp 1 xã từ 1 tệp/).waitFor({ timeout: 120_000 });
      await fits(`${width}: consolidated`);
      await shot(`${width}-10-consolidated`);

      // English: every panel speaks it, the findings and reports made before included.
      await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
      await page.getByText(/^Gathered 1 commune from 1 file/).waitFor();
      await page.getByRole('region', { name: 'Files that could not be read' }).waitFor();
      await fits(`${width}: consolidated, English`);
      await openMore(page, 'Check text');
      await page.getByText('2 errors, 0 warnings in 4 lines').waitFor();
      await page.getByRole('tab', { name: 'Auto-fill' }).click();
      await page.getByText(/^Wrote \d+ cells\.$/).waitFor();
      await page.getByText('Checked again after the fill:').waitFor();
      await fits(`${width}: filled, English`);
      await shot(`${width}-11-filled-en`);
      await page.getByRole('tab', { name: 'Check' }).click();
      await page.getByRole('region', { name: 'Check', exact: true }).getByTestId('check-summary').getByText(/^\d+ errors?$/).waitFor();
      await page.getByText(/Should be 99\.4%/).first().waitFor();
      await fits(`${width}: checked, English`);
      await shot(`${width}-12-checked-en`);
      expect(await page.locator('body').textContent()).not.toMatch(/Excel/);

      await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
      await page.getByRole('button', { name: 'Tổng hợp tệp của các xã' }).or(page.getByRole('button', { name: 'Việc khác' })).first().click();
      const item = page.getByRole('menuitem', { name: 'Tổng hợp tệp của các xã' });
      if (await item.count()) await item.click();
      await page.getByRole('dialog').waitFor();
      await fits(`${width}: unsaved work dialog`);
      await shot(`${width}-13-unsaved-dialog`);
      await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
      expect(problems).toEqual([]);
    }, 900_000);
  }

  it('the pane at 320 × 455 on the Lạng Sơn 2021 sample, as the README shows it', async () => {
    await page.setViewportSize({ width: 320, height: 455 });
    await page.goto(`${base}/web.html`);
    await openFile(page, path.join(root, 'samples', 'lang-son-2021.xlsx'));
    await page.getByRole('button', { name: 'Kiểm tra sổ làm việc' }).click();
    await page.getByTestId('check-summary').getByText('4 lỗi', { exact: true }).waitFor({ timeout: 120_000 });
    await page.getByText('Nên ghi 99,4%').waitFor();
    await fits('320: the README\'s picture');
    await page.screenshot({ path: path.join(shots, 'readme-pane-320.png') });
  }, 300_000);

  it('at 1280 px, the pane beside the preview', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}/web.html`);
    await openFile(page, path.join(root, 'samples', 'tinh-2027.xlsx'));
    await page.getByRole('button', { name: 'Kiểm tra sổ làm việc' }).click();
    await page.getByTestId('check-summary').waitFor({ timeout: 120_000 });
    await fits('1280: checked');
    await shot('1280-checked');
    await page.setViewportSize({ width: 1366, height: 860 });
  }, 300_000);
});
