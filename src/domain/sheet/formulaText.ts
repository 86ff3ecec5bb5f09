/**
 * Formulas as Excel compares them: Excel gives a written formula back in its own spelling — function
 * names in capitals, a sheet name quoted only where it must be (='Giao'!B6 comes back =Giao!B6, and
 * =Vốn!B6 may come back ='Vốn'!B6) — so two spellings of one formula must compare equal.
 */

/**
 * One spelling for a formula: sheet names unquoted (inner quotes undoubled), everything outside
 * string literals in capitals. Texts that are not formulas are returned as they are.
 *
 * @example
 * formulaKey("='Giao chỉ tiêu'!b6") === formulaKey('=GIAO CHỈ TIÊU!B6'); formulaKey('=sum(A1)') === '=SUM(A1)'
 */
export function formulaKey(text: string): string {
  if (!text.startsWith('=')) return text;
  let out = '';
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      const stop = end < 0 ? text.length : end + 1;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === "'") {
      const match = /^'((?:[^']|'')*)'!/.exec(text.slice(i));
      if (match) {
        out += `${match[1].replace(/''/g, "'").toUpperCase()}!`;
        i += match[0].length;
        continue;
      }
    }
    out += ch.toUpperCase();
    i++;
  }
  return out;
}

/**
 * Whether two cell contents as Excel's `formulas` gives them are the same (formulas in either spelling).
 *
 * @example
 * sameFormula("='Giao'!B6", '=Giao!B6') === true; sameFormula(12, '12') === true
 */
export function sameFormula(a: unknown, b: unknown): boolean {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return formulaKey(text(a)) === formulaKey(text(b));
}
