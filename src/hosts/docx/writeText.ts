/**
 * Paragraphs as a Word document: A4 portrait, Times New Roman 13, justified, as plans are typed.
 * docx is loaded only when a document is written.
 */
export async function textDocx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const { AlignmentType, Document, Packer, Paragraph } = await import('docx');
  const document = new Document({
    creator: 'ntm-plan',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [{
      properties: { page: { size: { width: 11_906, height: 16_838 }, margin: { top: 1_134, bottom: 1_134, left: 1_701, right: 1_134 } } },
      children: paragraphs.map((text) => new Paragraph({ text, alignment: AlignmentType.JUSTIFIED })),
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
