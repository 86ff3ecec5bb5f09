import type * as Docx from 'docx';
import type { Block, PlanDocument, Source } from '../../domain/plantext/blocks';
import { textWidth, twips } from './measure';
import { FONT, pageSection, ruleParagraph, textWidthOf } from './page';

/** Body text 14 pt (the decree allows 13–14), headings the same size; half-points for docx. */
const SIZE = 14;
const INDENT = 720;
const SHEET_STYLE = 'NtmTuSoTinh';

export type PlanDocxOptions = {
  /** The workbook's file name, named in the notes on the paragraphs written from it. */
  workbook?: string;
};

const half = (points: number) => points * 2;

function headerTable(docx: typeof Docx, doc: PlanDocument, width: number): Docx.Table {
  const { AlignmentType, LineRuleType, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } = docx;
  const left = Math.round(width * 0.4);
  const right = width - left;
  // The same exact line height on both sides: the number line stands level with the date line.
  const line = (text: string, size: number, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 320, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: half(size) })],
  });
  const agencyWidth = Math.max(...doc.agency.map((t) => twips(textWidth(t, 13, true))));
  const mottoWidth = twips(textWidth(doc.motto[1], 14, true));
  const cell = (children: Docx.Paragraph[], size: number) => new TableCell({ children, width: { size, type: WidthType.DXA }, borders: TableBorders.NONE, margins: { left: 0, right: 0, top: 0, bottom: 0 } });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [new TableRow({
      cantSplit: true,
      children: [
        cell([...doc.agency.map((t) => line(t, 13, { bold: true })), ruleParagraph(docx, Math.round(agencyWidth * 0.45), left), line(doc.number, 13)], left),
        cell([line(doc.motto[0], 13, { bold: true }), line(doc.motto[1], 14, { bold: true }), ruleParagraph(docx, mottoWidth, right), line(doc.placeDate, 14, { italics: true })], right),
      ],
    })],
  });
}

function signatureTable(docx: typeof Docx, doc: PlanDocument, width: number): Docx.Table {
  const { AlignmentType, HighlightColor, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } = docx;
  const left = Math.round(width * 0.5);
  const right = width - left;
  const [title, ...list] = doc.recipients;
  const recipients = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: title, bold: true, italics: true, size: half(12) })] }),
    ...list.map((text) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text, size: half(11) })] })),
  ];
  const signature = doc.signature.map((text) => new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, bold: true, size: half(SIZE), highlight: text.startsWith('[') ? HighlightColor.YELLOW : undefined })],
  }));
  // Room for the signature and the seal between the title and the name.
  signature.splice(signature.length - 1, 0, ...[1, 2, 3].map(() => new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })));
  const cell = (children: Docx.Paragraph[], size: number) => new TableCell({ children, width: { size, type: WidthType.DXA }, borders: TableBorders.NONE });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(recipients, left), cell(signature, right)] })],
  });
}

/** "Viết từ trang "Chi tieu 2021" (A3:E27) của sổ tính lang-son-2021.xlsx …" */
function sourceNote(source: Source, workbook: string | undefined): string {
  return `Viết từ trang "${source.sheet}"${source.cells ? ` (${source.cells})` : ''} của sổ tính${workbook ? ` ${workbook}` : ''}. Kiểm tra lại trước khi trình ký; bỏ tô nền (kiểu "Số liệu từ sổ tính") và xóa chú thích trước khi ban hành.`;
}

function bodyParagraphs(docx: typeof Docx, blocks: readonly Block[], workbook: string | undefined) {
  const { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, HighlightColor, Paragraph, TextRun } = docx;
  const comments: Docx.ICommentOptions[] = [];
  let lastSheet: string | undefined;
  const paragraphs = blocks.map((block) => {
    const base = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { before: 0, after: 120 } } as const;
    if (block.kind === 'heading') {
      lastSheet = undefined;
      return new Paragraph({ ...base, keepNext: true, spacing: { before: 60, after: 120 }, children: [new TextRun({ text: block.text, bold: true, italics: block.level === 3, size: half(SIZE) })] });
    }
    if (block.kind === 'note') {
      lastSheet = undefined;
      return new Paragraph({ ...base, children: [new TextRun({ text: block.text, italics: true, color: 'C00000', highlight: HighlightColor.YELLOW, size: half(SIZE) })] });
    }
    if (block.origin !== 'sheet') {
      lastSheet = undefined;
      return new Paragraph({ ...base, children: [new TextRun({ text: block.text, italics: block.origin === 'drafter', highlight: block.origin === 'drafter' ? HighlightColor.YELLOW : undefined, size: half(SIZE) })] });
    }
    const run = new TextRun({ text: block.text, style: SHEET_STYLE, size: half(SIZE) });
    if (!block.source || block.source.sheet === lastSheet) return new Paragraph({ ...base, children: [run] });
    // One note per run of paragraphs from the same sheet, on the first: where they come from.
    lastSheet = block.source.sheet;
    const id = comments.length;
    comments.push({ id, author: 'ntm-plan', initials: 'NTM', children: [new Paragraph({ children: [new TextRun(sourceNote(block.source, workbook))] })] });
    return new Paragraph({ ...base, children: [new CommentRangeStart(id), run, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })] });
  });
  return { paragraphs, comments };
}

/**
 * A plan as a Word document in the layout of Nghị định 30/2020/NĐ-CP: A4 portrait, margins 20 /
 * 20 / 30 / 15 mm, Times New Roman 14; the agency, its number and the national motto with their
 * rules, the place and date; "KẾ HOẠCH" and its subtitle; numbered headings kept with what follows,
 * body paragraphs justified with a first-line indent; "Nơi nhận:" and the signature side by side;
 * page numbers from the second page. The paragraphs written from the workbook carry the character
 * style "Số liệu từ sổ tính" (a light shading) and a comment naming their sheet; the places left to
 * the drafter are bracketed and highlighted. docx is loaded only when a document is written.
 *
 * @example
 * const bytes = await planDocx(planDocument(analyzeWorkbook(snapshot)), { workbook: 'lang-son-2021.xlsx' });
 */
export async function planDocx(doc: PlanDocument, options: PlanDocxOptions = {}): Promise<Uint8Array> {
  const docx = await import('docx');
  const { AlignmentType, Document, Packer, Paragraph, ShadingType, TextRun } = docx;
  const width = textWidthOf('portrait');
  const { paragraphs, comments } = bodyParagraphs(docx, doc.body, options.workbook);
  const centred = (text: string, before = 0) => new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before, after: 0 }, children: [new TextRun({ text, bold: true, size: half(SIZE) })] });
  const subtitleWidth = Math.min(width, twips(textWidth(doc.subtitle, SIZE, true)));
  const document = new Document({
    creator: 'ntm-plan',
    title: `${doc.title} ${doc.subtitle}`,
    styles: {
      default: { document: { run: { font: FONT, size: half(SIZE) } } },
      characterStyles: [{ id: SHEET_STYLE, name: 'Số liệu từ sổ tính', basedOn: 'DefaultParagraphFont', run: { shading: { type: ShadingType.CLEAR, fill: 'DEEAF6', color: 'auto' } } }],
    },
    comments: { children: comments },
    sections: [{
      ...pageSection(docx, 'portrait', 13),
      children: [
        headerTable(docx, doc, width),
        centred(doc.title, 480),
        centred(doc.subtitle),
        ruleParagraph(docx, Math.round(subtitleWidth / 3), width),
        new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
        ...paragraphs,
        new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
        signatureTable(docx, doc, width),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/**
 * Lines of text as a Word document with the decree's page (A4, its margins, Times New Roman 14,
 * justified with a first-line indent, page numbers from the second page): what the pane downloads
 * from the text it shows. docx is loaded only when a document is written.
 */
export async function textDocx(lines: readonly string[]): Promise<Uint8Array> {
  const docx = await import('docx');
  const { AlignmentType, Document, Packer, Paragraph, TextRun } = docx;
  const document = new Document({
    creator: 'ntm-plan',
    styles: { default: { document: { run: { font: FONT, size: half(SIZE) } } } },
    sections: [{
      ...pageSection(docx, 'portrait', 13),
      children: lines.map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { before: 0, after: 120 }, children: [new TextRun({ text })] })),
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
