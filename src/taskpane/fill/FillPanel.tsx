import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';
import { STRINGS } from '../strings';
import { FailedMessage } from '../FailedMessage';
import { ReportSummary } from '../check/ReportSummary';
import { FillPreview } from './FillPreview';
import { useFill } from './useFill';
import { writeCount } from '../../domain/fill/cells';
import { EXCEL_STRINGS } from '../excelStrings';

/** The first cells of a list, for a message: "'Giao'!E7, 'Giao'!F7 …". */
const cellList = (cells: readonly string[]) => cells.slice(0, 5).join(', ') + (cells.length > 5 ? ' …' : '');

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%' },
});

/** "Tự động điền": preview the formulas, confirm the cells to replace, write, check again. */
export function FillPanel({ host, lang }: { host: WorkbookHost; lang: Lang }) {
  const styles = useStyles();
  const strings = STRINGS[lang];
  const { status, preview, write, undo } = useFill(host, lang);
  const words = EXCEL_STRINGS[lang];
  const [overwrite, setOverwrite] = useState(false);
  const busy = status.kind === 'planning' || status.kind === 'writing' || status.kind === 'undoing';

  return (
    <section className={styles.panel} aria-label={strings.tabFill}>
      <Text>{strings.fillIntro}</Text>
      <Button onClick={() => { setOverwrite(false); void preview(); }} disabled={busy}>{strings.preview}</Button>
      {busy && (
        <div role="status" aria-live="polite">
          <Text>{status.kind === 'writing' ? strings.writing : status.kind === 'undoing' ? strings.undoing : strings.reading}</Text>
          <ProgressBar />
        </div>
      )}
      {status.kind === 'preview' && (
        <>
          <FillPreview keep={status.keep} replace={status.replace} overwrite={overwrite} onOverwrite={setOverwrite} lang={lang} />
          <Button
            appearance="primary"
            disabled={status.keep.refused.length > 0 || writeCount(overwrite ? status.replace : status.keep) === 0}
            onClick={() => void write(overwrite ? status.replace : status.keep)}
          >
            {strings.write}
          </Button>
        </>
      )}
      {status.kind === 'written' && (
        <>
          <Text weight="semibold">{strings.written(status.count)}</Text>
          {status.kept.length > 0 && (
            <MessageBar intent="warning"><MessageBarBody>{strings.keptUnnoted(status.kept.length, cellList(status.kept))}</MessageBarBody></MessageBar>
          )}
          {status.restored.length > 0 && (
            <MessageBar intent="info"><MessageBarBody>{strings.tableFilled(status.restored.length, cellList(status.restored))}</MessageBarBody></MessageBar>
          )}
          {status.changedSince.length > 0 && (
            <MessageBar intent="warning"><MessageBarBody>{words.resumedChanged(status.changedSince.length, cellList(status.changedSince))}</MessageBarBody></MessageBar>
          )}
          <ReportSummary report={status.report} strings={strings} />
          {status.undo && <Button onClick={() => void undo(status.undo!)}>{strings.undo}</Button>}
          {status.undo && <Text size={200}>{strings.undoHint}</Text>}
        </>
      )}
      {status.kind === 'undone' && (
        <>
          <Text weight="semibold">{strings.undone(status.count)}</Text>
          {status.refused.length > 0 && (
            <MessageBar intent="warning"><MessageBarBody>{words.undoRefused(status.refused.length, cellList(status.refused))}</MessageBarBody></MessageBar>
          )}
          {status.notesLeft.length > 0 && (
            <MessageBar intent="info"><MessageBarBody>{words.notesLeft(status.notesLeft.length, cellList(status.notesLeft))}</MessageBarBody></MessageBar>
          )}
          <ReportSummary report={status.report} strings={strings} />
        </>
      )}
      {status.kind === 'failed' && <FailedMessage title={status.undoFailed ? words.undoFailed : strings.fillFailed} error={status.error} lang={lang} />}
      {status.kind === 'failed' && status.undo && (
        <>
          <Text>{status.undoFailed ? words.undoAgain : status.resume ? words.resumeHint : strings.partlyWritten}</Text>
          {status.resume && status.plan && <Button appearance="primary" onClick={() => void write(status.plan!, status.resume)}>{words.resume}</Button>}
          <Button onClick={() => void undo(status.undo!)}>{strings.undo}</Button>
        </>
      )}
    </section>
  );
}
