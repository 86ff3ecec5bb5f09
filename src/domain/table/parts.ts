import { type Marker, type MarkerLevels } from '../text/bullets';
import type { Row } from './types';

/** Markers a "Trong đó" lists its parts with ("- vốn ngân sách trung ương", "+ …", "a) …"). */
const PART_MARKERS: readonly Marker[] = ['dash', 'plus', 'star', 'letter'];

/**
 * An open "Trong đó": the row it is a part of, with its marker (none for a totals row), the marker of
 * its first part ('plain' for parts typed with no marker under a "Trong đó:" line of its own) and the
 * parts listed so far. `headed`: the "Trong đó:" line states no number, it heads the lines under it.
 */
type Block = { whole?: Row; wholeMarker: Marker | null; headed: boolean; first?: Marker | 'plain'; open: { row: Row; marker: Marker }[] };

/**
 * The "Trong đó" lines of a table as its rows are read top to bottom: which row each part belongs to.
 * A "Trong đó" line sits under the row just above it (an item, a total, or a part); the items it lists
 * sit under it while their marker is deeper than that row's and no shallower than its first part's,
 * and end at a marker of the parent's level or higher (the next sibling, the next section). State is
 * per table read: one instance per call of `readRows`.
 */
export class AmongParts {
  private blocks: Block[] = [];
  /** The last item, total or part read, with its marker: what a "Trong đó" line sits under. */
  private last?: { row: Row; marker: Marker | null };
  /** The last "Trong đó" line, when nothing but its parts came after it. */
  private line?: { row: Row; block: Block };

  constructor(private readonly levels: MarkerLevels) {}

  /** An item (with its marker) or a totals row (null) was read: parts listed before it are closed. */
  item(row: Row, marker: Marker | null): void {
    this.blocks = [];
    this.line = undefined;
    this.last = { row, marker };
  }

  /** Any other row (an average, a share, a count): every "Trong đó" is closed. */
  close(): void {
    this.blocks = [];
    this.line = undefined;
    this.last = undefined;
  }

  /**
   * A "Trong đó" line: a part itself when it states numbers ("Trong đó: vốn sự nghiệp | 200"), else
   * (`headed`) the head of the parts below it.
   */
  open(row: number, label: string, tt: string, headed: boolean): Row {
    // Two "Trong đó" lines in a row sit under the same row.
    const block: Block = this.line && this.last?.row === this.line.row
      ? { whole: this.line.block.whole, wholeMarker: this.line.block.wholeMarker, headed, open: [] }
      : { whole: this.last?.row, wholeMarker: this.last?.marker ?? null, headed, open: [] };
    const line: Row = { row, role: 'among', label, tt, level: block.whole ? block.whole.level : -1, partOf: block.whole?.row };
    // A part with its own "Trong đó" nests: its parts are read first, then the outer list goes on.
    if (!(this.last && this.blocks.some((b) => b.open.some((p) => p.row === this.last!.row)))) this.blocks = [];
    this.blocks.push(block);
    this.line = { row: line, block };
    this.last = { row: line, marker: null };
    return line;
  }

  /**
   * The row as a part of an open "Trong đó", or null when it is not one (then it closes them).
   * `plain`: a label with no TT and no marker in a table whose items have a TT column — under a
   * "Trong đó:" line of its own ("Trong đó: | Vốn ngân sách trung ương | Vốn ngân sách địa phương"), a part.
   */
  part(row: number, label: string, tt: string, marker: Marker | null, plain: boolean): Row | null {
    while (this.blocks.length > 0) {
      const block = this.blocks[this.blocks.length - 1];
      if (marker && this.fits(block, marker)) return this.add(block, { row, role: 'among', label, tt, level: 0 }, marker);
      if (!marker && plain && label !== '' && block.headed && (block.first === undefined || block.first === 'plain')) {
        block.first = 'plain';
        const part: Row = { row, role: 'among', label, tt, level: block.whole ? block.whole.level + 1 : 0, partOf: block.whole?.row };
        this.last = { row: part, marker: null };
        return part;
      }
      this.blocks.pop();
    }
    this.line = undefined;
    return null;
  }

  private fits(block: Block, marker: Marker): boolean {
    if (!PART_MARKERS.includes(marker)) return false;
    if (block.wholeMarker && !this.levels.under(marker, block.wholeMarker)) return false;
    if (block.first === 'plain') return false;
    return block.first === undefined || marker === block.first || this.levels.under(marker, block.first);
  }

  private add(block: Block, row: Row, marker: Marker): Row {
    block.first ??= marker;
    while (block.open.length > 0 && !this.levels.under(marker, block.open[block.open.length - 1].marker)) block.open.pop();
    const whole = block.open.length > 0 ? block.open[block.open.length - 1].row : block.whole;
    row.partOf = whole?.row;
    row.level = whole ? whole.level + 1 : 0;
    block.open.push({ row, marker });
    this.last = { row, marker };
    return row;
  }
}
