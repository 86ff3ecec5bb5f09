/**
 * The text of a .docx in reading order: each paragraph one line, each table row one line with its
 * cells separated by tabs (a cell's paragraphs joined by spaces; a cell spanning columns followed by
 * empty cells, one merged down left empty), so that check-text reads the tables as tables. Line
 * numbers of findings on a .docx are lines of this text. JSZip is loaded only when a .docx is read.
 *
 * @example
 * await docxText(bytes) // 'KẾ HOẠCH\n…\nTT\tTiêu chí\tSố xã đạt\tTỷ lệ (%)\n1\tQuy hoạch\t181\t100'
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  const document = zip.file('word/document.xml');
  if (!document) throw new Error('không có word/document.xml: không phải tệp Word (.docx)');
  const xml = await document.async('string');
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  return blocksOf(body).join('\n').replace(/\n+$/, '');
}

type Token = { name: string; close: boolean; self: boolean; attrs: string; at: number; end: number };

const TAG = /<(\/?)(w:(?:p|tbl|tr|tc|t|tab|br|cr|gridSpan|vMerge|sdt|sdtContent|ins|del|delText|instrText|fldSimple|hyperlink|smartTag|r|noBreakHyphen|softHyphen|sym))\b([^>]*?)(\/?)>/g;

function tokens(xml: string): Token[] {
  return [...xml.matchAll(TAG)].map((m) => ({ name: m[2], close: m[1] === '/', self: m[4] === '/', attrs: m[3], at: m.index!, end: m.index! + m[0].length }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? _));

/** Top-level paragraphs and tables of a body, in order, as lines. */
function blocksOf(xml: string): string[] {
  const list = tokens(xml);
  const lines: string[] = [];
  let i = 0;
  while (i < list.length) {
    const t = list[i];
    if (t.name === 'w:p' && !t.close) {
      if (t.self) {
        lines.push('');
        i++;
        continue;
      }
      const end = matching(list, i);
      lines.push(paragraphText(xml, list, i, end));
      i = end + 1;
    } else if (t.name === 'w:tbl' && !t.close) {
      const end = matching(list, i);
      lines.push(...tableRows(xml, list, i, end));
      i = end + 1;
    } else i++;
  }
  return lines;
}

/** Index of the token closing the element opened at `from`. */
function matching(list: Token[], from: number): number {
  const name = list[from].name;
  let depth = 0;
  for (let i = from; i < list.length; i++) {
    const t = list[i];
    if (t.name !== name || t.self) continue;
    depth += t.close ? -1 : 1;
    if (depth === 0) return i;
  }
  return list.length - 1;
}

/** A paragraph's text: runs' text, tabs as spaces, breaks as spaces; deleted text and field codes left out. */
function paragraphText(xml: string, list: Token[], from: number, to: number): string {
  let out = '';
  let skip = 0;
  for (let i = from + 1; i < to; i++) {
    const t = list[i];
    if (t.name === 'w:del' || t.name === 'w:instrText' || t.name === 'w:delText') {
      if (!t.self) skip += t.close ? -1 : 1;
      continue;
    }
    if (skip > 0) continue;
    if (t.name === 'w:t' && !t.close && !t.self) out += decode(xml.slice(t.end, list[i + 1]?.at ?? t.end));
    else if ((t.name === 'w:tab' || t.name === 'w:br' || t.name === 'w:cr') && !t.close) out += ' ';
    else if (t.name === 'w:noBreakHyphen' && !t.close) out += '-';
  }
  return out.replace(/\t/g, ' ');
}

/** A table's rows as lines of tab-separated cells; a nested table's rows are read into its cell. */
function tableRows(xml: string, list: Token[], from: number, to: number): string[] {
  const rows: string[] = [];
  for (let i = from + 1; i < to; i++) {
    const t = list[i];
    if (t.name !== 'w:tr' || t.close || t.self) continue;
    const rowEnd = matching(list, i);
    const cells: string[] = [];
    for (let j = i + 1; j < rowEnd; j++) {
      const c = list[j];
      if (c.name !== 'w:tc' || c.close || c.self) continue;
      const cellEnd = matching(list, j);
      const span = spanOf(list, j, cellEnd);
      const continued = mergedDown(list, j, cellEnd);
      const text = continued ? '' : cellText(xml, list, j, cellEnd);
      cells.push(text, ...Array.from({ length: span - 1 }, () => ''));
      j = cellEnd;
    }
    rows.push(cells.map((c) => c.replace(/\s+/g, ' ').trim()).join('\t'));
    i = rowEnd;
  }
  // A row whose cells are all empty would not read as a table row: one space keeps its place.
  return rows.map((r) => (/\S\t|\t\S/.test(r) ? r : r.replace(/\t/g, ' ')));
}

function cellText(xml: string, list: Token[], from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from + 1; i < to; i++) {
    const t = list[i];
    if (t.name === 'w:p' && !t.close && !t.self) {
      const end = matching(list, i);
      parts.push(paragraphText(xml, list, i, end));
      i = end;
    } else if (t.name === 'w:tbl' && !t.close) {
      const end = matching(list, i);
      parts.push(tableRows(xml, list, i, end).join(' ').replace(/\t/g, ' '));
      i = end;
    }
  }
  return parts.join(' ');
}

/** The columns a cell spans (w:gridSpan in its own properties, not in a nested table's). */
function spanOf(list: Token[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const t = list[i];
    if (t.name === 'w:p' || t.name === 'w:tbl') break;
    if (t.name === 'w:gridSpan') return Math.max(1, Number(/w:val="(\d+)"/.exec(t.attrs)?.[1] ?? 1));
  }
  return 1;
}

/** A cell continuing a vertical merge (w:vMerge without val="restart"): its text stands in the cell above. */
function mergedDown(list: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const t = list[i];
    if (t.name === 'w:p' || t.name === 'w:tbl') break;
    if (t.name === 'w:vMerge') return !/w:val="restart"/.test(t.attrs);
  }
  return false;
}
