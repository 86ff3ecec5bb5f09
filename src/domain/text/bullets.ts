
/** The kind of numbering a row carries: it sets the row's level in a hierarchy. */
export type Marker = 'roman' | 'arabic' | 'decimal' | 'letter' | 'dash' | 'plus' | 'star' | 'capital';

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\.?$/;

/**
 * The marker of a TT cell or of a label's leading bullet: "I" roman, "1" / "1." arabic,
 * "1.1" decimal, "a)" letter, "-" dash, "+" plus.
 *
 * @example
 * markerOf('II') === 'roman'; markerOf('- Vốn NSTW') === 'dash'; markerOf('1.2') === 'decimal'
 */
export function markerOf(text: string): Marker | null {
  // TT cells repeat ("1", "2", "-", "I"): read each spelling once.
  let known = MARKERS.get(text);
  if (known === undefined) {
    if (MARKERS.size > 20_000) MARKERS.clear();
    MARKERS.set(text, (known = readMarker(text)));
  }
  return known;
}

const MARKERS = new Map<string, Marker | null>();

function readMarker(text: string): Marker | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (/^[-\u2010-\u2015\u2212•]/.test(trimmed)) return 'dash';
  if (trimmed.startsWith('+')) return 'plus';
  if (trimmed.startsWith('*')) return 'star';
  const head = trimmed.split(/\s+/)[0];
  // "A", "B.", "C)": the parts of a plan's table above its roman sections ("A. Vốn ngân sách nhà nước",
  // "B. Vốn ngoài ngân sách"); a lone "C" is that letter, never the roman hundred.
  if (/^[A-EĐ][.)]?$/.test(head)) return 'capital';
  if (ROMAN.test(head)) return 'roman';
  if (/^\d+\.\d+(\.\d+)*\.?$/.test(head)) return 'decimal';
  if (/^\d+[.)]?$/.test(head)) return 'arabic';
  if (/^[a-zđ][).]$/i.test(head)) return 'letter';
  return null;
}

/** True when a TT cell is a roman numeral (a section row of a task list). */
export function isRoman(text: string): boolean {
  return ROMAN.test(text.trim()) && text.trim() !== '';
}

/** The usual order of markers, outermost first: A, I, 1, 1.1, a), -, +, *. */
const RANK: Record<Marker, number> = { roman: 0, arabic: 1, decimal: 2, letter: 3, dash: 4, plus: 5, star: 6, capital: -1 };

/**
 * Levels of markers in first-appearance order: the first kind seen is level 0, the next new
 * kind level 1, and so on; "1.1" always sits one level under "1".
 */
export class MarkerLevels {
  private readonly order: Marker[] = [];

  /** The level a marker already has, without giving it one (-1 when the table has not used it yet). */
  seen(marker: Marker): number {
    if (marker === 'decimal') {
      const arabic = this.order.indexOf('arabic');
      if (arabic >= 0) return arabic + 1;
    }
    return this.order.indexOf(marker);
  }

  /**
   * True when an item marked `inner` sits under one marked `outer`: by the levels the table has
   * used, else by the usual order (I > 1 > 1.1 > a) > - > + > *).
   *
   * @example
   * new MarkerLevels().under('dash', 'arabic') === true
   */
  under(inner: Marker, outer: Marker): boolean {
    const a = this.seen(inner);
    const b = this.seen(outer);
    return a >= 0 && b >= 0 ? a > b : RANK[inner] > RANK[outer];
  }

  levelOf(marker: Marker): number {
    if (marker === 'decimal') {
      const arabic = this.order.indexOf('arabic');
      if (arabic >= 0) return arabic + 1;
    }
    if (!this.order.includes(marker)) this.order.push(marker);
    return this.order.indexOf(marker);
  }
}
