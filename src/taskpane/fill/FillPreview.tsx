import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SkipReason, WritePlan } from '../../domain/fill/types';
import { messageFor } from '../../domain/findings/messages';
import { writeCount, writtenSheets } from '../../domain/fill/cells';
import { usePane } from '../pane';
import { cellList } from '../words';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  cells: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

const REASONS: readonly SkipReason[] = ['text-number', 'no-denominator', 'typed-value', 'user-formula', 'merged', 'guessed', 'no-room'];

/** Cells the fill leaves alone, by why: what a clerk can do about each. */
export function SkippedReasons({ plan, only }: { plan: WritePlan; only?: readonly SkipReason[] }) {
  const styles = useStyles();
  const { strings } = usePane();
  const reasons = REASONS.filter((r) => (!only || only.includes(r)) && plan.skipped.some((s) => s.reason === r));
  if (reasons.length === 0) return null;
  return (
    <ul className={styles.list}>
      {reasons.map((reason) => {
        const cells = plan.skipped.filter((s) => s.reason === reason).map((s) => `${s.sheet}!${s.cell}`);
        // Lines not added are counted one by one, at the row under the table where they would have started.
        return <li key={reason}><Text>{strings.skippedBy[reason](cells.length)}: <span className={styles.cells}>{cellList([...new Set(cells)])}</span></Text></li>;
      })}
    </ul>
  );
}

export type FillPreviewProps = { keep: WritePlan; replace: WritePlan; overwrite: boolean; onOverwrite: (on: boolean) => void };

/** What the fill will write, what it keeps and why, and why it refuses when it does. */
export function FillPreview({ keep, replace, overwrite, onOverwrite }: FillPreviewProps) {
  const styles = useStyles();
  const { strings, lang } = usePane();
  if (keep.refused.length > 0) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.refusedTitle}</MessageBarTitle>
          <ul className={styles.list}>
            {keep.refused.flatMap(({ sheet, reasons }) => reasons.map((f, i) => <li key={`${sheet}-${i}`}>{sheet}!{f.cell}: {messageFor(f, lang)}</li>))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const plan = overwrite ? replace : keep;
  const sheets = writtenSheets(plan);
  const replaced = replace.writes.filter((w) => w.replaces !== undefined);
  return (
    <div className={styles.block}>
      <Text weight="semibold">{strings.previewTitle}</Text>
      {sheets.length > 0 && <ul className={styles.list}>{sheets.map((sheet) => <li key={sheet}>{strings.cellsIn(writeCount(plan, sheet), sheet)}</li>)}</ul>}
      {sheets.length === 0 && plan.skipped.length === 0 && <Text>{strings.nothingToFill}</Text>}
      {sheets.length === 0 && plan.skipped.length > 0 && <Text>{strings.nothingToWrite}</Text>}
      <SkippedReasons plan={plan} only={['text-number', 'no-denominator', 'merged', 'guessed', 'no-room']} />
      {keep.ignored.length > 0 && <Text>{strings.ignoredSheets(keep.ignored.join(', '))}</Text>}
      {replaced.length > 0 && (
        <>
          <Checkbox checked={overwrite} onChange={(_, data) => onOverwrite(Boolean(data.checked))} label={strings.overwrite(replaced.length)} />
          {[...new Set(replaced.map((w) => w.sheet))].map((sheet) => (
            <Text key={sheet} className={styles.cells}>{sheet}: {replaced.filter((w) => w.sheet === sheet).map((w) => w.cell).join(', ')}</Text>
          ))}
          {!overwrite && <Text>{strings.kept(keep.skipped.filter((s) => s.reason === 'typed-value' || s.reason === 'user-formula').length)}</Text>}
        </>
      )}
    </div>
  );
}
