import type { TextFindingDraft } from '../findings';
import type { Reading, ReadSentence } from '../read/reading';

// "02 xã (Lê Lai, Đức Long) đã được công nhận đạt chuẩn", "xã A, xã B đã đạt chuẩn nông thôn mới năm 2023".
const RECOGNISED = /\b(da duoc cong nhan(?: dat chuan)?|da dat chuan(?: nong thon moi| ntm)?|duoc cong nhan dat chuan(?: nong thon moi| ntm)? (?:nam|giai doan)|da ve dich)\b/;
// "… còn xa so với chuẩn", "đạt dưới 10 tiêu chí", "đạt thấp", "khó khăn nhất".
const FAR = /\b(con xa(?: so voi)?(?: chuan)?|xa chuan|dat thap|dat it tieu chi|kho khan nhat|(?:dat\s+)?duoi\s+(\d{1,2})\s+tieu chi|tu\s+[5-9]\s*[-–]\s*(?:9|1[0-4])\s+tieu chi)\b/;

/** Commune names written in a sentence: "xã Đức Xuân", "các xã: Lê Lai, Đức Long", "(Lê Lai, Đức Long)". */
export function communeNames(sentence: ReadSentence, text: Reading['text']): string[] {
  const flat = text.flat.slice(sentence.start, sentence.end);
  const names = new Set<string>();
  for (const m of flat.matchAll(/\b[Xx]ã\s+((?:[\p{Lu}][\p{Ll}]*)(?:\s+[\p{Lu}\p{Ll}][\p{Ll}]*){0,2})/gu)) {
    const words = m[1].split(/\s+/);
    const name = words.filter((w, i) => i === 0 || /^[\p{Lu}]/u.test(w) || words.length === 2).join(' ');
    if (name) names.add(key(name));
  }
  // Bracketed or listed names after "xã": "(Lê Lai, Đức Long)", "các xã: Canh Tân, Đức Long".
  for (const m of flat.matchAll(/(?:\(|các xã\s*:?|xã\s*:)\s*([^();:.]{3,200})/giu)) {
    for (const part of m[1].split(/\s*[,;]\s*|\s+và\s+/)) {
      const name = part.replace(/^(?:xã|Xã)\s+/, '').trim();
      if (/^[\p{Lu}][\p{Ll}]*(?:\s+[\p{Lu}\p{Ll}][\p{Ll}]*){0,2}$/u.test(name)) names.add(key(name));
    }
  }
  return [...names];
}

const key = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A commune the text says was recognised earlier ("02 xã (Lê Lai, Đức Long) đã được công nhận đạt
 * chuẩn") listed among those far from the standard ("các xã đạt dưới 10 tiêu chí: …, Đức Long").
 *
 * @example
 * recognisedButFar(readText(prepareText('Duy trì 02 xã (Lê Lai, Đức Long) đã được công nhận đạt chuẩn.\nCác xã đạt dưới 10 tiêu chí: xã Đức Long, xã Kim Đồng.')))[0].params.commune // 'Đức Long'
 */
export function recognisedButFar(reading: Reading): TextFindingDraft[] {
  const recognised = new Map<string, { line: number; name: string }>();
  for (const s of reading.sentences) {
    if (!RECOGNISED.test(s.folded) || /\b(chua|phan dau|du kien|se duoc|de nghi)\b[^.;]{0,30}\b(duoc cong nhan|dat chuan)/.test(s.folded)) continue;
    for (const name of communeNames(s, reading.text)) if (!recognised.has(name)) recognised.set(name, { line: reading.text.lineOf(s.start), name });
  }
  if (recognised.size === 0) return [];
  const findings: TextFindingDraft[] = [];
  for (const s of reading.sentences) {
    const far = FAR.exec(s.folded);
    if (!far || (far[2] && Number(far[2]) > 15) || RECOGNISED.test(s.folded)) continue;
    for (const name of communeNames(s, reading.text)) {
      const earlier = recognised.get(name);
      if (!earlier) continue;
      const written = writtenName(reading.text.flat.slice(s.start, s.end), name);
      findings.push({ code: 'text-commune-status', line: reading.text.lineOf(s.start), quote: s.quote, actual: written, expected: '', params: { commune: written, recognisedLine: earlier.line } });
    }
  }
  return findings;
}

function writtenName(flat: string, name: string): string {
  const words = flat.split(/[\s,;:()]+/);
  const n = name.split(' ').length;
  for (let i = 0; i + n <= words.length; i++) {
    const candidate = words.slice(i, i + n).join(' ');
    if (key(candidate) === name) return candidate;
  }
  return name;
}
