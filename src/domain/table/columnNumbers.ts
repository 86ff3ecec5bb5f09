import type { ColumnFormula, Term } from './types';

/** One cell of a column-number row: its label ("5", "C") and the formula after "=", if any. */
export type NumberCell = { label: string; formula?: string };

const LABEL = /^\(?\s*(\d{1,2}|[A-Za-z])\s*\)?$/;

/**
 * Reads a cell of a column-number row: "(5)", "5", "C", "(5)=(3)+(4)", "6=5/4*100". Null for
 * anything else (a word, a blank).
 *
 * @example
 * readNumberCell('(5)=(3)+(4)') // { label: '5', formula: '(3)+(4)' }
 * readNumberCell('C')           // { label: 'C' }
 */
export function readNumberCell(value: unknown): NumberCell | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 100 ? { label: String(value) } : null;
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const at = text.indexOf('=');
  const left = (at === -1 ? text : text.slice(0, at)).trim();
  const match = LABEL.exec(left);
  if (!match) return null;
  const label = match[1].toUpperCase();
  if (at === -1) return { label };
  const formula = text.slice(at + 1).trim();
  return formula && /^[\s()\dA-Za-z+\-−*x×/.,%:…]+$/.test(formula) ? { label, formula } : null;
}

/** "(3)+…+(7)" written out: "(3)+(4)+(5)+(6)+(7)". */
function expandRuns(formula: string): string {
  return formula.replace(/(\(?)(\d{1,2})(\)?)\s*\+\s*(?:…|\.{2,})\s*\+\s*\(?(\d{1,2})\)?/g, (whole, open: string, from: string, close: string, to: string) => {
    const first = Number(from);
    const last = Number(to);
    if (last <= first || last - first > 30) return whole;
    return Array.from({ length: last - first + 1 }, (_, i) => `${open}${first + i}${close}`).join('+');
  });
}

type Node = { ref: string } | { constant: number } | { op: '+' | '-' | '*' | '/'; left: Node; right: Node } | { neg: Node };

function tokenize(text: string): string[] | null {
  const tokens: string[] = [];
  const source = text.replace(/[−–]/g, '-').replace(/[×xX](?=\s*\(?\s*\d)/g, '*').replace(/:/g, '/').replace(/%/g, '');
  const pattern = /\s*(\d+(?:[.,]\d+)?|[A-Za-z]|[()+\-*/])/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match) return null;
    tokens.push(match[1]);
    at = pattern.lastIndex;
  }
  return tokens;
}

/**
 * `bracketed`: the formula writes its columns in brackets ("(9)/4*100"), so a bare number is a
 * number, not column 4; in "5=4/3" every number is a column.
 */
function parse(tokens: string[], labels: ReadonlySet<string>, bracketed: boolean): Node | null {
  let at = 0;
  const peek = () => tokens[at];
  const expr = (): Node | null => {
    let left = term();
    while (left && (peek() === '+' || peek() === '-')) {
      const op = tokens[at++] as '+' | '-';
      const right = term();
      if (!right) return null;
      left = { op, left, right };
    }
    return left;
  };
  const term = (): Node | null => {
    let left = factor();
    while (left && (peek() === '*' || peek() === '/')) {
      const op = tokens[at++] as '*' | '/';
      const right = factor();
      if (!right) return null;
      left = { op, left, right };
    }
    return left;
  };
  const factor = (): Node | null => {
    const token = tokens[at++];
    if (token === undefined) return null;
    if (token === '-') {
      const inner = factor();
      return inner && { neg: inner };
    }
    if (token === '(') {
      // "(5)" is a column.
      if (labels.has(tokens[at]?.toUpperCase() ?? '') && tokens[at + 1] === ')') {
        const ref = tokens[at].toUpperCase();
        at += 2;
        return { ref };
      }
      const inner = expr();
      if (tokens[at++] !== ')') return null;
      return inner;
    }
    const upper = token.toUpperCase();
    const numeric = /^\d/.test(token);
    if (labels.has(upper) && !(Number(token) >= 100) && !(bracketed && numeric)) return { ref: upper };
    const number = Number(token.replace(',', '.'));
    return Number.isFinite(number) ? { constant: number } : null;
  };
  const node = expr();
  return node && at === tokens.length ? node : null;
}

type RefTerm = { sign: 1 | -1; ref: string };

function linearTerms(node: Node, sign: 1 | -1): RefTerm[] | null {
  if ('ref' in node) return [{ sign, ref: node.ref }];
  if ('neg' in node) return linearTerms(node.neg, sign === 1 ? -1 : 1);
  if ('op' in node && (node.op === '+' || node.op === '-')) {
    const left = linearTerms(node.left, sign);
    const right = linearTerms(node.right, node.op === '+' ? sign : sign === 1 ? -1 : 1);
    return left && right ? [...left, ...right] : null;
  }
  return null;
}

type Denominator = string | { value: number };

/** num / den × scale, in any of the ways offices write it: a/b, a/b*100, (a/b)x100, a*100/b, a/4*100. */
function ratioOf(node: Node): { numerator: string; denominator: Denominator; scale: number } | null {
  if (!('op' in node)) return null;
  const denominator: Denominator | null = node.op !== '/' ? null : 'ref' in node.right ? node.right.ref : 'constant' in node.right && node.right.constant > 0 ? { value: node.right.constant } : null;
  if (denominator !== null) {
    if ('ref' in node.left) return { numerator: node.left.ref, denominator, scale: 1 };
    const left = node.left;
    if ('op' in left && left.op === '*' && 'ref' in left.left && 'constant' in left.right) return { numerator: left.left.ref, denominator, scale: left.right.constant };
  }
  if (node.op === '*' && 'constant' in node.right) {
    const inner = ratioOf(node.left);
    return inner && inner.scale === 1 ? { ...inner, scale: node.right.constant } : null;
  }
  return null;
}

/**
 * The formula a column-number cell declares, in columns: a sum or difference of columns, or a
 * ratio (× 100). Null when the formula names an unknown column or is of another shape.
 *
 * @example
 * columnFormula('6', '(5)/(2)', new Map([['2', 1], ['5', 4], ['6', 5]]))
 * // { kind: 'ratio', target: 5, numerator: 4, denominator: 1, scale: 1, text: '(6) = (5)/(2)' }
 */
export function columnFormula(label: string, typed: string, columns: ReadonlyMap<string, number>): ColumnFormula | null {
  const target = columns.get(label);
  const formula = expandRuns(typed);
  const tokens = tokenize(formula);
  if (target === undefined || !tokens) return null;
  const node = parse(tokens, new Set(columns.keys()), /\(\s*\d{1,2}\s*\)/.test(formula));
  if (!node) return null;
  const text = `(${label}) = ${formula.replace(/\s+/g, '')}`;
  const ratio = ratioOf(node);
  if (ratio) {
    const numerator = columns.get(ratio.numerator);
    const denominator = typeof ratio.denominator === 'string' ? columns.get(ratio.denominator) : ratio.denominator;
    return numerator === undefined || denominator === undefined ? null : { kind: 'ratio', target, numerator, denominator, scale: ratio.scale, text };
  }
  const terms = linearTerms(node, 1);
  if (!terms || terms.length < 2) return null;
  const resolved: Term[] = [];
  for (const term of terms) {
    const col = columns.get(term.ref);
    if (col === undefined || col === target) return null;
    resolved.push({ sign: term.sign, col });
  }
  return { kind: 'linear', target, terms: resolved, text };
}
