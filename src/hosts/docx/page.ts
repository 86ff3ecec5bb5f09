import type * as Docx from 'docx';

/**
 * A4 in twentieths of a point and the margins of Nghị định 30/2020/NĐ-CP (Phụ lục I): top and
 * bottom 20 mm, left 30 mm, right 15 mm, the same on a landscape page; the page number in the top
 * margin, 10 mm from the edge.
 */
export const A4 = { short: 11_906, long: 16_838 } as const;
export const MARGIN = { top: 1_134, bottom: 1_134, left: 1_701, right: 851, header: 567, footer: 567 } as const;
export const FONT = 'Times New Roman';

/** The width the text takes on a page: portrait or landscape. */
export function textWidthOf(orientation: 'portrait' | 'landscape'): number {
  return (orientation === 'portrait' ? A4.short : A4.long) - MARGIN.left - MARGIN.right;
}

/**
 * The page of a section: A4, the decree's margins, and the page number centred in the top margin
 * from the second page on (the first page shows none, as the decree sets it).
 */
export function pageSection(docx: typeof Docx, orientation: 'portrait' | 'landscape', size: number) {
  const { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun } = docx;
  return {
    properties: {
      titlePage: true,
      page: {
        // docx takes the portrait size and turns it for a landscape page.
        size: orientation === 'portrait' ? { width: A4.short, height: A4.long } : { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE },
        margin: MARGIN,
      },
    },
    headers: {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: size * 2, font: FONT })] })] }),
    },
  };
}

/**
 * A short solid line under a centred text (under the agency's name, the motto, the subtitle): an
 * empty paragraph whose bottom border is `width` twips long, centred in a column `column` twips wide.
 */
export function ruleParagraph(docx: typeof Docx, width: number, column: number): Docx.Paragraph {
  const { BorderStyle, Paragraph, TextRun } = docx;
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120, lineRule: docx.LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 4 })],
  });
}
