/**
 * The appendix as an official reads it: each sample's `appendix -o phu-luc.docx` printed to PDF by
 * LibreOffice, and the PDF's words (with their boxes) read back by pdftotext. Rows are found on the
 * page by the columns the document declares (w:gridCol), never by our own layout code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { flat, pageText, pdfWords, renderingMissing, toPdf, type PdfPage } from '../helpers/pdf';
import { tempDir } from '../helpers/xlsx';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'ntm-plan.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

type Row = { tt: string; content: string; directing: string; implementing: string; coordinating: string; timeline: string };
type Written = { sample: string; docx: string; sections: { tt: string; title: string; rows: Row[] }[]; xml: string };

/** 1/20 pt → pt. */
const points = (twips: number) => twips / 20;

/** The x ranges of the table's columns on the page, from the document's own grid and left margin. */
function columnRanges(xml: string): [number, number][] {
  const left = points(Number(/<w:pgMar [^>]*w:left="(\d+)"/.exec(xml)![1]));
  const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => points(Number(m[1])));
  let x = left;
  return grid.map((w) => [x, (x += w)] as [number, number]);
}

/** What a column of a page reads, top to bottom. */
const columnText = (page: PdfPage, [from, to]: [number, number]) => pageText(page, (w) => (w.x0 + w.x1) / 2 > from && (w.x0 + w.x1) / 2 < to);
/** Without spaces: a line broken after "LĐ-" reads "LĐ- TB&XH", the same text. */
const tight = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

const SAMPLES = ['lang-son-2019', 'lang-son-2021', 'thach-an-2025', 'tinh-2027'];
const missing = renderingMissing();

(missing ? describe.skip : describe)(`appendix .docx printed by LibreOffice${missing ? ` — skipped: ${missing}` : ''}`, () => {
  const dir = tempDir();
  const written: Written[] = [];
  let pages: PdfPage[][] = [];
  beforeAll(async () => {
    for (const sample of SAMPLES) {
      const docx = path.join(dir, `${sample}-phu-luc.docx`);
      const result = run('appendix', path.join(ROOT, 'samples', `${sample}.xlsx`), '-o', docx, '--json');
      expect(result.status).toBe(0);
      const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
      written.push({ sample, docx, sections: JSON.parse(result.stdout).sections, xml });
    }
    pages = toPdf(written.map((w) => w.docx)).map(pdfWords);
  }, 300_000);

  it.each(SAMPLES.map((sample, i) => [sample, i] as const))('%s: no row is split across two pages — every cell of a row whole on the same page', (_, i) => {
    const { sections, xml } = written[i];
    const columns = columnRanges(xml);
    expect(columns).toHaveLength(6);
    const streams = pages[i].map((page) => columns.map((range) => tight(columnText(page, range))));
    let rows = 0;
    for (const section of sections) {
      for (const row of section.rows) {
        const cells = [row.content, row.directing, row.implementing, row.coordinating, row.timeline].map(tight);
        const whole = streams.flatMap((columnsOfPage, p) => (cells.every((text, c) => columnsOfPage[c + 1].includes(text)) ? [p + 1] : []));
        expect({ section: section.tt, row: row.tt, pages: whole.length > 0 }).toEqual({ section: section.tt, row: row.tt, pages: true });
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(4);
  });

  it.each(SAMPLES.map((sample, i) => [sample, i] as const))('%s: a section\'s title stands on the page of its first task, the header row on every page, page numbers from the second page', (_, i) => {
    const { sections, xml } = written[i];
    const columns = columnRanges(xml);
    const texts = pages[i].map((page) => flat(pageText(page)));
    for (const section of sections) {
      const titlePage = texts.findIndex((text) => text.includes(flat(`${section.tt} ${section.title}`)));
      const first = section.rows[0];
      const taskPage = pages[i].findIndex((page) => tight(columnText(page, columns[1])).includes(tight(first.content)));
      expect({ section: section.tt, titlePage }).toEqual({ section: section.tt, titlePage: taskPage });
      expect(titlePage).toBeGreaterThanOrEqual(0);
    }
    texts.forEach((_, p) => {
      // The header row opens the table on every page: TT first in its column, "Thời gian" in the last.
      expect([columnText(pages[i][p], columns[0]).split(' ')[0], columnText(pages[i][p], columns[5]).startsWith('Thời gian')]).toEqual(['TT', true]);
      // The page number stands alone at the top of every page but the first.
      const top = pages[i][p].words.filter((w) => w.y1 < 60).map((w) => w.text);
      expect(top).toEqual(p === 0 ? [] : [String(p + 1)]);
    });
  });

  it('the TT column holds "XIII" on one line, and the sections are numbered I … XIII (Lạng Sơn 2019)', () => {
    const i = SAMPLES.indexOf('lang-son-2019');
    expect(written[i].sections.map((s) => s.tt).slice(-1)).toEqual(['XIII']);
    const columns = columnRanges(written[i].xml);
    const tts = pages[i].flatMap((page) => columnText(page, columns[0]).split(' ')).filter((w) => /^[IVX]+$/.test(w));
    expect(tts).toEqual(written[i].sections.map((s) => s.tt));
  });

  it('the subtitle names the issuing body the workbook names, under the title', () => {
    const text = (sample: string) => flat(pageText(pages[SAMPLES.indexOf(sample)][0]));
    expect(text('lang-son-2019')).toContain('(Kèm theo Kế hoạch số /KH-UBND ngày của UBND tỉnh Lạng Sơn)');
    expect(text('thach-an-2025')).toContain('của UBND huyện Thạch An)');
    // No name in its titles, but a province's departments ("Sở …") lead its criteria.
    expect(text('tinh-2027')).toContain('ngày của UBND tỉnh)');
    for (const sample of SAMPLES) expect(text(sample).indexOf('Phụ lục: Nội dung công việc')).toBe(0);
  });
});
