import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WritePlan } from '../../domain/fill/types';
import { localize } from '../../domain/engine';
import type { Lang } from '../../domain/findings/codes';
import { STRINGS } from '../strings';
import { writeCount, writtenSheets } from '../../domain/fill/cells';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  cells: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

export type FillPreviewProps = { keep: WritePlan; replace: WritePlan; overwrite: boolean; onOverwrite: (on: boolean) => void; lang: Lang };

/** What the fill will write, what it keeps, and why it refuses when it does. */
export function FillPreview({ keep, replace, overwrite, onOverwrite, lang }: FillPreviewProps) {
  const styles = useStyles();
  const strings = STRINGS[lang];
  if (keep.refused.length > 0) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{strings.refusedTitle}</MessageBarTitle>
          <ul>
            {keep.refused.flatMap(({ sheet, reasons }) => localize(reasons, lang).map((f, i) => <li key={`${sheet}-${i}`}>{sheet}!{f.cell}: {f.message}</li>))}
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
      {sheets.length === 0 ? <Text>{strings.nothingToFill}</Text> : (
        <ul>{sheets.map((sheet) => <li key={sheet}>{strings.cellsIn(writeCount(plan, sheet), sheet)}</li>)}</ul>
      )}
      {keep.ignored.length > 0 && <Text>{strings.ignored(keep.ignored.join(', '))}</Text>}
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
