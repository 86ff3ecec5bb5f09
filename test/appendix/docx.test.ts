import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { sheet } from '../helpers/sheets';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { langSon2019TaskSheet, TASKS_2019 } from '../fixtures/langSonTasks2019';

const BIN = path.join(__dirname, '..', '..', 'bin', 'ntm-plan.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('ntm-plan appendix -o phu-luc.docx', () => {
  const dir = tempDir();
  let xml: string;
  let styles: string;
  let text: string;
  beforeAll(async () => {
    const input = await writeXlsx(dir, 'tasks.xlsx', [langSon2019TaskSheet(), sheet('Việc thêm', [
      ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Thời gian'],
      [1, '=SUM(A1) không phải công thức', 'BCĐ tỉnh', '- Các xã', 'Quý I'],
    ])]);
    const output = path.join(dir, 'phu-luc.docx');
    const result = run('appendix', input, '-o', output, '--plan-number', '46', '--plan-date', '22/02/2019');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(output));
    xml = await zip.file('word/document.xml')!.async('string');
    styles = await zip.file('word/styles.xml')!.async('string');
    text = (await mammoth.extractRawText({ path: output })).value;
  });

  it('is A4 landscape in Times New Roman 13, its header row repeated on every page', () => {
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // The margins of Nghị định 30/2020/NĐ-CP (twips; 1 mm = 56.7): top, bottom 20–25 mm, left 30–35, right 15–20.
    const margin = (side: string) => Number(new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`).exec(xml)![1]) / 56.7;
    for (const [side, from, to] of [['top', 20, 25], ['bottom', 20, 25], ['left', 30, 35], ['right', 15, 20]] as const) {
      expect([side, margin(side) >= from - 0.05 && margin(side) <= to + 0.05]).toEqual([side, true]);
    }
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="26"\/>/);
    const firstRow = xml.slice(xml.indexOf('<w:tr>'), xml.indexOf('</w:tr>'));
    expect(firstRow).toContain('<w:tblHeader/>');
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1);
  });

  it('splits no row across pages, keeps each section row with the next, numbers the pages from the second', async () => {
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(TASKS_2019.length);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    // Section rows span the five columns after TT; each of their paragraphs is kept with the next row.
    const sections = rows.filter((row) => row.includes('<w:gridSpan w:val="5"/>'));
    expect(sections.length).toBeGreaterThan(3);
    for (const row of sections) expect((row.match(/<w:p>|<w:p /g) ?? []).length).toBe((row.match(/<w:keepNext\/>/g) ?? []).length);
    expect(xml).toContain('<w:titlePg/>');
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'phu-luc.docx')));
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(1);
  });

  it('has the title, the plan line, the six columns, sections I, II … and tasks numbered in each, texts exact', () => {
    const paragraphs = text.split('\n\n');
    expect(paragraphs.slice(0, 2)).toEqual(['Phụ lục: Nội dung công việc, tiến độ thời gian, trách nhiệm thực hiện', '(Kèm theo Kế hoạch số 46/KH-UBND ngày 22/02/2019 của UBND tỉnh)']);
    const header = ['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian'];
    const at = paragraphs.indexOf('TT');
    expect(at).toBeGreaterThan(1);
    expect(paragraphs.slice(at, at + 6)).toEqual(header);
    for (const row of TASKS_2019) for (const cell of row) if (cell) expect(paragraphs).toContain(cell);
    expect(paragraphs).toContain('=SUM(A1) không phải công thức');
    expect(paragraphs).toContain('- Các xã');
    const sections = TASKS_2019.filter((row) => /^[IVX]+$/.test(row[0])).map((row) => row[0]);
    expect(sections.length).toBeGreaterThan(3);
    // A section row spans the five columns after TT: two cells, the second with gridSpan 5.
    expect((xml.match(/<w:gridSpan w:val="5"\/>/g) ?? []).length).toBe(sections.length + 1);
  });
});
