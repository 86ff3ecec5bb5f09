/**
 * The text of a .docx as its paragraphs, one per line (mammoth, loaded only when a .docx is read).
 * Line numbers of findings on a .docx are lines of this text.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const input = typeof Buffer !== 'undefined' ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) } : { arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
  const { value } = await (mammoth.default ?? mammoth).extractRawText(input as { buffer: Buffer });
  // mammoth ends every paragraph with a blank line: one line per paragraph.
  return value.replace(/\n\n/g, '\n').replace(/\n+$/, '');
}
