import { useEffect, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { SheetSnapshot } from '../../domain/sheet/snapshot';
import { isCellError } from '../../domain/sheet/snapshot';
import { a1, columnLetters } from '../../domain/sheet/address';


const useStyles = makeStyles({
  frame: { overflow: 'auto', height: '100%', maxHeight: '70vh', position: 'relative', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: { position: 'sticky', top: 0, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px' },
  rowHead: { position: 'sticky', left: 0, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'right', border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '1px 4px', maxWidth: '16em', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  formula: { background: '#E2EFDA' },
  flagged: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px', background: '#FFC7CE' },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-3px' },
});

function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toLocaleString('vi-VN', { maximumFractionDigits: 4 });
  return String(value);
}

export type GridPreviewProps = { sheet: SheetSnapshot; flagged: ReadonlySet<string>; selected?: string; label: string };

/** A read-only view of a sheet: computed cells tinted, cells with findings outlined, the chosen cell in view. */
export function GridPreview({ sheet, flagged, selected, label }: GridPreviewProps) {
  const styles = useStyles();
  const frame = useRef<HTMLDivElement | null>(null);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    // The chosen cell in view inside the preview only: the page (and the list of findings) stays where it is.
    const box = frame.current;
    const cell = selectedRef.current;
    if (!box || !cell) return;
    const [at, within] = [cell.getBoundingClientRect(), box.getBoundingClientRect()];
    box.scrollTop += at.top - within.top - within.height / 2 + at.height / 2;
    box.scrollLeft += at.left - within.left - within.width / 2 + at.width / 2;
  }, [selected, sheet]);
  const rows = sheet.values;
  const width = sheet.values[0]?.length ?? 0;
  return (
    <div className={styles.frame} role="region" aria-label={label} ref={frame} tabIndex={0}>
      <table className={styles.table} role="grid" aria-label={sheet.name}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: width }, (_, c) => <th key={c} className={styles.head} scope="col">{columnLetters(sheet.origin.col + c)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">{sheet.origin.row + r + 1}</th>
              {Array.from({ length: width }, (_, c) => {
                const address = a1(sheet.origin.row + r, sheet.origin.col + c);
                const classes = [styles.cell, sheet.formulas?.[r]?.[c] ? styles.formula : '', flagged.has(address) ? styles.flagged : '', selected === address ? styles.selected : ''].join(' ');
                return (
                  <td key={c} className={classes} data-cell={address} ref={selected === address ? selectedRef : undefined} aria-selected={selected === address} title={sheet.formulas?.[r]?.[c] ?? undefined}>
                    {shown(row[c])}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
