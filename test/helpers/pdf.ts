import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { sofficePath } from './libreoffice';
import { tempDir } from './xlsx';

/**
 * Why documents cannot be rendered here, or null when they can: LibreOffice with Writer (the
 * .docx → PDF conversion) and poppler's pdftotext / pdftoppm.
 */
export function renderingMissing(): string | null {
  const soffice = sofficePath();
  if (!soffice) return 'LibreOffice is not installed (apt-get install libreoffice-writer-nogui)';
  // /usr/bin/soffice links to the program folder, where Writer's library sits when it is installed.
  if (!existsSync(path.join(path.dirname(realpathSync(soffice)), 'libswlo.so'))) return 'LibreOffice Writer is not installed (apt-get install libreoffice-writer-nogui)';
  for (const tool of ['pdftotext', 'pdftoppm']) if (spawnSync(tool, ['-v']).error) return `${tool} is not installed (apt-get install poppler-utils)`;
  return null;
}

/** Converts documents to PDF with LibreOffice headless, as an office would print them; returns the PDFs in the same order. */
export function toPdf(files: readonly string[]): string[] {
  const out = tempDir('ntm-plan-pdf-');
  const profile = tempDir('ntm-plan-lo-profile-');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  const run = spawnSync(sofficePath()!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], { encoding: 'utf8', timeout: 300_000 });
  const pdfs = files.map((file) => path.join(out, `${path.basename(file).replace(/\.[^.]+$/, '')}.pdf`));
  const missing = pdfs.filter((pdf) => !existsSync(pdf));
  if (run.status !== 0 || missing.length) throw new Error(`LibreOffice failed (${run.status}): ${run.stderr || run.stdout} — no ${missing.join(', ')}`);
  return pdfs;
}

/** The text of each page of a PDF (pdftotext's reading order), NFC. */
export function pdfPages(pdf: string): string[] {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  const pages = run.stdout.normalize('NFC').split('\f');
  return pages[pages.length - 1].trim() === '' ? pages.slice(0, -1) : pages;
}

/** A text with its runs of whitespace made one space: a cell's lines read as one line. */
export const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A word of a PDF page with its box, in points from the page's top left corner. */
export type PdfWord = { x0: number; y0: number; x1: number; y1: number; text: string };
export type PdfPage = { width: number; height: number; words: PdfWord[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name]);

/** Every word of every page of a PDF with its box (pdftotext -bbox-layout). */
export function pdfWords(pdf: string): PdfPage[] {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.split('<page ').slice(1).map((chunk) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: decode(m[5]).normalize('NFC') }));
    return { width: Number(size[1]), height: Number(size[2]), words };
  });
}

/** The words of a page in reading order (top to bottom, then left to right on a line), as one line of text. */
export function pageText(page: PdfPage, keep: (word: PdfWord) => boolean = () => true): string {
  const words = page.words.filter(keep);
  // Words whose boxes overlap vertically by half their height stand on one line.
  const lines: PdfWord[][] = [];
  for (const word of [...words].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const line = lines.find((l) => Math.min(l[0].y1, word.y1) - Math.max(l[0].y0, word.y0) > (word.y1 - word.y0) / 2);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.sort((a, b) => a[0].y0 - b[0].y0).map((line) => line.sort((a, b) => a.x0 - b.x0).map((w) => w.text).join(' ')).join(' ');
}

/** Renders the pages of a PDF to PNG files (for looking at them), at a resolution in dots per inch; returns the files. */
export function pdfPngs(pdf: string, dpi = 60): string[] {
  const out = tempDir('ntm-plan-png-');
  const run = spawnSync('pdftoppm', ['-r', String(dpi), '-png', pdf, path.join(out, 'page')], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  return readdirSync(out).filter((f) => f.endsWith('.png')).sort().map((f) => path.join(out, f));
}
