/**
 * `write-text -o plan.docx` as the document an office signs: the layout of Nghị định 30/2020/NĐ-CP
 * read from the .docx itself, the same wording in the .txt, and each sample's document printed to
 * PDF by LibreOffice and read back (page numbers, motto, title, the plan's year, "Nơi nhận").
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { flat, pageText, pdfWords, renderingMissing, toPdf, type PdfPage } from '../helpers/pdf';
import { tempDir } from '../helpers/xlsx';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'ntm-plan.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

/** Each sample with the year it plans for and the issuer its titles name (typed from the samples' titles). */
const SAMPLES = [
  { name: 'lang-son-2019', year: 2019, agency: 'TỈNH LẠNG SƠN', place: 'Lạng Sơn' },
  { name: 'lang-son-2021', year: 2021, agency: 'TỈNH ……', place: '……' },
  { name: 'thach-an-2025', year: 2025, agency: 'HUYỆN THẠCH AN', place: 'Thạch An' },
  { name: 'bac-giang-2022', year: 2022, agency: 'TỈNH BẮC GIANG', place: 'Bắc Giang' },
  { name: 'tinh-2027', year: 2027, agency: 'TỈNH ……', place: '……' },
];
type Written = { name: string; txt: string; docx: string; lines: string[]; xml: string; zip: JSZip; stdout: string };

describe('ntm-plan write-text -o plan.docx', () => {
  const dir = tempDir();
  const written = new Map<string, Written>();
  beforeAll(async () => {
    for (const { name } of SAMPLES) {
      const input = path.join(ROOT, 'samples', `${name}.xlsx`);
      const txt = path.join(dir, `${name}.txt`);
      const docx = path.join(dir, `${name}.docx`);
      expect(run('write-text', input, '-o', txt).status).toBe(0);
      const result = run('write-text', input, '-o', docx);
      expect(result.status).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(docx));
      written.set(name, { name, txt, docx, lines: readFileSync(txt, 'utf8').trimEnd().split('\n'), xml: await zip.file('word/document.xml')!.async('string'), zip, stdout: result.stdout });
    }
  }, 120_000);
  const get = (name: string) => written.get(name)!;

  test.each(SAMPLES.map((s) => s.name))('%s: the .docx has the .txt\'s paragraphs, in order, and passes check-text', async (name) => {
    const { docx, lines } = get(name);
    const paragraphs = (await mammoth.extractRawText({ path: docx })).value.split('\n').filter((p) => p.trim() !== '');
    expect(paragraphs).toEqual(lines.filter((l) => l.trim() !== ''));
    const checked = run('check-text', docx, '--json');
    expect(checked.status).toBe(0);
    // The one blank is the number the clerk gives; its quote is the header table's cell that holds it.
    const issues = JSON.parse(checked.stdout).issues as { code: string; quote: string }[];
    expect(issues.map((i) => i.code)).toEqual(['text-placeholder']);
    expect(issues[0].quote).toMatch(/^ỦY BAN NHÂN DÂN .*Số:\s+\/KH-UBND$/);
  });

  test.each(SAMPLES)('$name: agency, number, motto, place and date, KẾ HOẠCH, Nơi nhận and signature', ({ name, agency, place }) => {
    const { lines } = get(name);
    expect(lines.slice(0, 6)).toEqual(['ỦY BAN NHÂN DÂN', agency, 'Số:       /KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', expect.stringMatching(new RegExp(`^${place}, ngày {7}tháng {7}năm \\d{4}$`))]);
    expect(lines[6]).toBe('KẾ HOẠCH');
    const numbered = lines.filter((l) => /^(?:[IVX]+\.|\d+\.|[a-z]\)) \S/.test(l) && !/ là /.test(l));
    expect(numbered.filter((l) => /^[IVX]+\. /.test(l)).map((l) => l.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(lines.indexOf('Nơi nhận:')).toBeGreaterThan(lines.indexOf('V. TỔ CHỨC THỰC HIỆN'));
    expect(lines.slice(-3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '[Họ và tên]']);
    expect(lines[lines.indexOf('Nơi nhận:') + 1]).toMatch(/^- /);
  });

  for (const { name, year } of SAMPLES) {
    // The Lạng Sơn samples' tasks name next year ("… kế hoạch vốn … năm 2022" in the 2021 plan): not the plan's year.
    test(`${name}: the date line, the subtitle and the targets name the plan's own year, ${year}`, () => {
      const { lines } = get(name);
      expect(lines[5]).toMatch(new RegExp(` năm ${year}$`));
      expect(lines[7]).toMatch(new RegExp(` năm ${year}$`));
      // The sentences that name the plan's year (the tasks may name the next year's: "kế hoạch vốn năm 2020").
      const naming = lines.filter((l) => /^(Cụ thể hóa các mục tiêu|\[Căn cứ|.* ban hành Kế hoạch|Đến cuối năm|Phấn đấu đến cuối năm)/.test(l));
      expect(naming.length).toBeGreaterThanOrEqual(3);
      for (const line of naming) expect(line).toMatch(new RegExp(`năm ${year}\\b`));
    });
  }

  test('one wording convention: "06 xã", "100%", no group without a commune, no "100,0%"', () => {
    for (const { name } of SAMPLES) {
      // The notes to the drafter quote the check's messages ("từ 7/2025 xã này không còn"): the plan's own words only.
      const text = get(name).lines.filter((l) => !l.startsWith('Lưu ý cho người soạn')).join('\n');
      expect([name, text.match(/\d+,0%|,0 tỷ|\b0?0\/\d+|thêm \d xã|chiếm 0%/g)]).toEqual([name, null]);
      // Every count of communes stated as X/Y has at least two digits, as plans write them.
      for (const m of text.matchAll(/(\d+)\/(\d+) xã/g)) expect(m[1].length).toBeGreaterThanOrEqual(2);
    }
    expect(get('thach-an-2025').lines).toContain('- Tiêu chí số 1 về quy hoạch: duy trì 13/13 xã đạt tiêu chí, chiếm 100%;');
    expect(get('thach-an-2025').lines).toContain('- Tiêu chí số 6 về cơ sở vật chất văn hóa: phấn đấu có thêm 03 xã đạt tiêu chí, nâng tổng số xã đạt tiêu chí lên 06/13 xã, chiếm 46,2%;');
  });

  test('tinh-2027: the number of communes used is said and the disagreement warned, in the document and on the command line', () => {
    const { lines, stdout } = get('tinh-2027');
    expect(lines.find((l) => l.includes('Văn bản tính trên 31 xã'))).toContain('ô C4 trang "Tổng hợp theo nhóm xã" ghi 30 xã');
    expect(stdout).toContain('CẢNH BÁO Tổng hợp theo nhóm xã!C4 plan-communes-differ');
    expect(stdout).toContain('CẢNH BÁO Giao chỉ tiêu 2027!B34 merged-commune-listed');
    expect(lines.filter((l) => /\d+\/31 xã/.test(l)).length).toBeGreaterThan(10);
  });

  test('the page of Nghị định 30/2020: A4 portrait, margins 20/20/30/15 mm, Times New Roman 14, page numbers from the second page', async () => {
    const { xml, zip } = get('lang-son-2019');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"( w:orient="portrait")?\/>/);
    const margin = (side: string) => Number(new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`).exec(xml)![1]) / 56.7;
    for (const [side, from, to] of [['top', 20, 25], ['bottom', 20, 25], ['left', 30, 35], ['right', 15, 20]] as const) {
      expect([side, margin(side) >= from - 0.05 && margin(side) <= to + 0.05]).toEqual([side, true]);
    }
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(xml).toContain('<w:titlePg/>');
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(1);
  });

  test('body paragraphs justified with a first-line indent; headings bold and kept with what follows; the motto and the agency ruled', () => {
    const { xml } = get('thach-an-2025');
    const paragraphs: string[] = xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const find = (text: string) => paragraphs.find((p) => textOf(p) === text)!;
    const body = find('Tiếp tục thực hiện đồng bộ, hiệu quả Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 trên địa bàn huyện Thạch An, nâng cao đời sống vật chất và tinh thần của người dân khu vực nông thôn.');
    expect(body).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(body).toContain('<w:jc w:val="both"/>');
    for (const heading of ['II. MỤC TIÊU', '1. Mục tiêu chung', 'a) Cấp xã']) {
      expect(find(heading)).toContain('<w:keepNext/>');
      expect(find(heading)).toContain('<w:b/>');
    }
    // The line under "Độc lập - Tự do - Hạnh phúc" and under the agency: a bordered paragraph right after each.
    for (const text of ['Độc lập - Tự do - Hạnh phúc', 'HUYỆN THẠCH AN']) {
      const at = paragraphs.indexOf(find(text));
      expect(paragraphs[at + 1]).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    }
  });

  test('what came from the sheets is marked: a character style and a comment naming the sheet; the drafter\'s places bracketed and highlighted', async () => {
    const { xml, zip } = get('thach-an-2025');
    const comments = (await zip.file('word/comments.xml')!.async('string')).replace(/&quot;/g, '"');
    expect(comments).toContain('Viết từ trang "Giao chỉ tiêu xã" (C6:U18) của sổ tính thach-an-2025.xlsx');
    expect(comments).toContain('Viết từ trang "Phân công phụ trách"');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:styleId="NtmTuSoTinh"');
    const marked = xml.match(/<w:rStyle w:val="NtmTuSoTinh"\/>/g) ?? [];
    // Every paragraph that states a number of communes out of 13 comes from the sheets.
    expect(marked.length).toBeGreaterThanOrEqual(get('thach-an-2025').lines.filter((l) => /\/13 xã/.test(l)).length);
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]{0,200}\[Người soạn nêu/);
  });

  const missing = renderingMissing();
  (missing ? describe.skip : describe)(`printed by LibreOffice${missing ? ` — skipped: ${missing}` : ''}`, () => {
    let pdfs: PdfPage[][] = [];
    beforeAll(() => {
      pdfs = toPdf(SAMPLES.map((s) => get(s.name).docx)).map(pdfWords);
    }, 300_000);
    const pagesOf = (name: string) => pdfs[SAMPLES.findIndex((s) => s.name === name)];

    test.each(SAMPLES.map((s) => s.name))('%s: page numbers from the second page, the motto and title on the first, "Nơi nhận" beside the signature on one page', (name) => {
      const pages = pagesOf(name);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      pages.forEach((page, p) => {
        const top = page.words.filter((w) => w.y1 < 50).map((w) => w.text);
        expect([p + 1, top]).toEqual([p + 1, p === 0 ? [] : [String(p + 1)]]);
      });
      const first = flat(pageText(pages[0]));
      for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'KẾ HOẠCH', 'Số: /KH-UBND', flat(get(name).lines[7])]) expect(first).toContain(text);
      const signed = pages.map((page) => flat(pageText(page))).filter((text) => text.includes('Nơi nhận:'));
      expect(signed).toHaveLength(1);
      for (const text of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '- Lưu: VT.']) expect(signed[0]).toContain(text);
    });

    test('the year printed under KẾ HOẠCH is the plan\'s own', () => {
      for (const { name, year } of SAMPLES) {
        expect(flat(pageText(pagesOf(name)[0]))).toMatch(new RegExp(`KẾ HOẠCH [^.]* năm ${year}\\b`));
      }
    });
  });
});
