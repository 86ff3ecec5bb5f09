import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import '../../src/domain/catalog/schema';
import { tempDir } from '../helpers/xlsx';
import { convertTo } from '../helpers/libreoffice';
import { corruptFile, marksFor, templateFile } from '../consolidate/communeFiles';

const root = path.join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const shots = path.join(root, 'test-output', 'e2e');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png' };

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
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error' && !/favicon|404/.test(message.text())) problems.push(message.text()); });
  page.on('request', (request) => { if (!request.url().startsWith(base)) problems.push(`request outside the page's server: ${request.url()}`); });
  mkdirSync(shots, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });

describe('the built pages', () => {
  it('the add-in page loads Office.js from its CDN and nothing else, under a Content Security Policy, with no eval', () => {
    const html = readFileSync(path.join(web, 'taskpane.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toContain('unsafe-eval');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts.filter((src) => /^https?:/.test(src))).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    // Office.js loads its host scripts, and talks to Office, from more than one Microsoft host.
    const policy = /Content-Security-Policy"? content="([^"]+)"/.exec(html)![1];
    const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `))!.split(/\s+/).slice(1);
    for (const name of ['script-src', 'connect-src', 'frame-src']) {
      for (const host of ['https://appsforoffice.microsoft.com', 'https://*.office.com', 'https://*.office.net', 'https://*.officeapps.live.com']) expect(directive(name)).toContain(host);
    }
    expect(directive('script-src')).not.toContain('*');
    // Before the bundle, an ES5 script that explains itself in webviews too old for it (IE11, the first Edge).
    expect(scripts[0]).toBe('compat.js');
    expect(readFileSync(path.join(web, 'compat.js'), 'utf8')).toContain('Trident');
    const bundle = readdirSync(web).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f))!;
    expect(/\beval\(/.exec(readFileSync(path.join(web, bundle), 'utf8'))?.[0] ?? 'none').toBe('none');
    // zod probes `new Function("")` inside a try unless jitless; the engine sets jitless.
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

describe('web mode in Chromium: open, check, go to a finding, fill, appendix, download', () => {
  it('runs the whole flow on the Lạng Sơn 2019 sample and downloads a workbook with live formulas and the appendix', async () => {
    await page.goto(`${base}/web.html`);
    await page.getByText(/Kéo thả một sổ tính \(.xlsx, .xls, .ods, .csv\) vào đây/).waitFor();
    await shot('01-empty');

    await page.setInputFiles('[data-testid=file-input]', path.join(root, 'samples', 'lang-son-2019.xlsx'));
    await page.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
    await page.getByText('2 lỗi, 1 cảnh báo, 0 thông tin').waitFor();
    await shot('02-checked');

    await page.getByRole('button', { name: /Lỗi: Đi tới Chỉ tiêu 2019!E22/ }).click();
    await page.locator('td[data-cell="E22"][aria-selected="true"]').waitFor();
    await page.getByRole('switch', { name: 'Tô màu các ô có lỗi' }).click();
    await shot('03-finding-selected');

    await page.getByRole('tab', { name: 'Tự động điền' }).click();
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText('Sẽ ghi').waitFor();
    await page.getByRole('checkbox', { name: /Thay cả \d+ ô đã nhập/ }).click();
    await shot('04-fill-preview');
    await page.getByRole('button', { name: 'Ghi công thức' }).click();
    await page.getByText(/Đã ghi \d+ ô\. Kết quả kiểm tra lại:/).waitFor();
    await page.getByText('0 lỗi, 1 cảnh báo, 0 thông tin').waitFor();
    await shot('05-filled');

    await page.getByRole('tab', { name: 'Phụ lục' }).click();
    await page.getByRole('textbox', { name: 'Số kế hoạch' }).fill('46');
    await page.getByRole('button', { name: 'Tạo phụ lục' }).click();
    await page.getByText('Đã tạo trang "Phụ lục".').waitFor();
    await page.getByRole('button', { name: 'Đi tới trang' }).click();
    await page.getByRole('tab', { name: 'Phụ lục', selected: true }).first().waitFor();
    await shot('06-appendix');
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về bản Word (.docx)' }).click()]);
    expect(word.suggestedFilename()).toBe('phu-luc.docx');
    const wordFile = path.join(tempDir('ntm-plan-download-'), 'phu-luc.docx');
    await word.saveAs(wordFile);
    expect(readFileSync(wordFile).subarray(0, 2).toString()).toBe('PK');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính' }).click()]);
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
  }, 180_000);

  it('inserts a template in web mode and shows its sheets', async () => {
    await page.getByRole('tab', { name: 'Tạo biểu mẫu' }).click();
    await page.getByRole('combobox', { name: 'Loại biểu' }).selectOption('assignment');
    await page.getByRole('textbox', { name: 'Danh sách xã (mỗi dòng một xã)' }).fill('Lê Lai\nĐức Long');
    await page.getByRole('button', { name: 'Chèn vào sổ tính' }).click();
    await page.getByText('Đã chèn: Giao chỉ tiêu xã.').waitFor();
    await page.getByRole('tab', { name: 'Giao chỉ tiêu xã' }).click();
    await page.locator('td[data-cell="B6"]', { hasText: 'Lê Lai' }).waitFor();
    await shot('07-template');
    expect(problems).toEqual([]);
  }, 60_000);

  it('opens a LibreOffice .ods (SheetJS loaded on demand): the same summary as its .xlsx, downloaded as .xlsx', async () => {
    const summaryOf = async (file: string) => {
      await page.goto(`${base}/web.html`);
      await page.setInputFiles('[data-testid=file-input]', file);
      await page.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
      return page.getByText(/^\d+ lỗi, \d+ cảnh báo, \d+ thông tin$/).first().textContent();
    };
    const xlsx = path.join(root, 'samples', 'lang-son-2019.xlsx');
    const expected = await summaryOf(xlsx);
    const [ods] = convertTo(xlsx, 'ods');
    expect(await summaryOf(ods)).toBe(expected);
    await page.getByText('(đọc từ .ods (LibreOffice); tải về dạng .xlsx)').waitFor();
    await shot('09-ods');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính' }).click()]);
    expect(download.suggestedFilename()).toBe('lang-son-2019-ntm.xlsx');
    expect(problems).toEqual([]);
  }, 120_000);

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
    await page.getByRole('tab', { name: 'Tổng hợp', selected: true }).waitFor();
    await page.setInputFiles('[data-testid=consolidate-input]', files);
    await page.getByRole('textbox', { name: /Danh sách xã dự kiến/ }).fill('Lê Lai\nĐức Long\nTân Hòa\nĐức Xuân');
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByText('Đã tổng hợp 3 xã từ 3 tệp (năm 2027)').waitFor();
    await page.getByRole('region', { name: 'Xã chưa gửi' }).getByText('Đức Xuân').waitFor();
    await page.getByRole('tab', { name: 'Tổng hợp giao chỉ tiêu' }).click();
    await page.locator('td[data-cell="B6"]', { hasText: 'Lê Lai' }).waitFor();
    await shot('10-consolidated');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính' }).click()]);
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
  }, 120_000);

  it('checks a plan\'s text pasted into the pane, at the pane\'s width', async () => {
    await page.setViewportSize({ width: 350, height: 900 });
    await page.goto(`${base}/web.html`);
    await page.setInputFiles('[data-testid=file-input]', path.join(root, 'samples', 'thach-an-2025.xlsx'));
    await page.getByRole('tab', { name: 'Kiểm tra văn bản' }).click();
    await page.getByRole('textbox', { name: 'Văn bản kế hoạch' }).fill('Lạng Sơn, ngày 22 tháng 02 năm 2019\n- Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,5%;\n- Ngân sách trung ương: 78.418,774 triệu đồng gồm:\n+ Vốn phân bổ trực tiếp là 4.356 triệu đồng.\n+ Vốn lồng ghép là 74.062,77 triệu đồng.');
    await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
    await page.getByText('2 lỗi, 0 cảnh báo trong 5 dòng').waitFor();
    await page.getByText('Sửa thành: “Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,6%”').waitFor();
    await page.getByRole('list', { name: 'Các phát hiện trong văn bản' }).scrollIntoViewIfNeeded();
    await shot('11-text-350');
    await page.setViewportSize({ width: 1366, height: 860 });
    expect(problems).toEqual([]);
  }, 60_000);

  it('at a task pane\'s width (320 px) every tab is within reach and the check reads', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`${base}/web.html`);
    await page.setInputFiles('[data-testid=file-input]', path.join(root, 'samples', 'thach-an-2025.xlsx'));
    await page.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
    await page.getByText(/lỗi, \d+ cảnh báo/).first().waitFor();
    for (const name of ['Kiểm tra', 'Tự động điền', 'Phụ lục', 'Tạo biểu mẫu', 'Tổng hợp', 'Kiểm tra văn bản']) {
      const box = (await page.getByRole('tab', { name, exact: true }).first().boundingBox())!;
      expect(`${name}: ${box.x >= 0 && box.x + box.width <= 320}`).toBe(`${name}: true`);
    }
    await shot('08-pane-320');
    // The same pane in English, at the same width: switched after the check, the findings follow.
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await page.getByText(/errors?, \d+ warnings?/).first().waitFor();
    await page.getByRole('button', { name: 'Download the workbook' }).waitFor();
    for (const name of ['Check', 'Auto-fill', 'Appendix', 'Templates', 'Consolidate', 'Check text']) {
      const box = (await page.getByRole('tab', { name, exact: true }).first().boundingBox())!;
      expect(`${name}: ${box.x >= 0 && box.x + box.width <= 320}`).toBe(`${name}: true`);
    }
    await shot('09-pane-320-en');
    await page.setViewportSize({ width: 1366, height: 860 });
    expect(problems).toEqual([]);
  }, 60_000);
});
