import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { writeCount } from '../../domain/fill/cells';
import { FailedMessage } from '../FailedMessage';
import { WorkProgress } from '../WorkProgress';
import { usePane } from '../pane';
import { stoppable } from '../useWork';
import { useAction } from '../useAction';
import { cellList } from '../words';
import { CheckSummary } from '../check/CheckSummary';
import { FindingList } from '../check/FindingList';
import { shownFindings } from '../check/findings';
import type { CheckData } from '../engine/types';
import { FillPreview, SkippedReasons } from './FillPreview';
import { useFill } from './useFill';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%', minWidth: 0 },
});

/** The check after a write: the summary, and what remains to act on (each going to its cell). */
function CheckedAgain({ data }: { data: CheckData }) {
  const { lang, host, strings } = usePane();
  const { failure, attempt } = useAction();
  const shown = shownFindings(data, lang, new Set());
  return (
    <>
      <Text weight="semibold">{strings.checkedAgain}</Text>
      <CheckSummary data={data} active={shown.active} ignored={0} />
      {shown.active.length > 0 && <FindingList findings={shown.active} limit={30} actions={{ onGoTo: (f) => attempt(() => host.goTo(f.draft.sheet, f.draft.cell)) }} />}
      {failure && <FailedMessage title={strings.actionFailed} error={failure.error} />}
    </>
  );
}

/**
 * "Tự động điền": preview the formulas, confirm the cells to replace, write, check again, undo; a
 * write Excel stopped goes on from there ("Ghi tiếp") or is undone.
 */
export function FillPanel() {
  const styles = useStyles();
  const { strings, mode } = usePane();
  const { status, preview, write, undo, work } = useFill();
  const [overwrite, setOverwrite] = useState(false);
  return (
    <section className={styles.panel} aria-label={strings.tabs.fill}>
      <Text>{strings.fillIntro}</Text>
      <Button onClick={() => { setOverwrite(false); void preview(); }} disabled={work.busy}>{strings.preview}</Button>
      {/* Writing in Excel cannot be stopped half way; reading and planning can, and everything in the web page. */}
      {work.progress && <WorkProgress state={work.progress} onCancel={stoppable(mode, work.progress) ? work.cancel : undefined} />}
      {status.kind === 'preview' && !work.busy && (
        <>
          <FillPreview keep={status.keep} replace={status.replace} overwrite={overwrite} onOverwrite={setOverwrite} />
          <Button
            appearance="primary"
            disabled={status.keep.refused.length > 0 || writeCount(overwrite ? status.replace : status.keep) === 0}
            onClick={() => void write(overwrite ? status.replace : status.keep)}
          >
            {strings.write}
          </Button>
        </>
      )}
      {status.kind === 'written' && !work.busy && (
        <>
          <Text weight="semibold">{strings.written(status.count)}</Text>
          {status.undo && <Button onClick={() => void undo(status.undo!)}>{strings.undo}</Button>}
          {status.undo && <Text size={200}>{strings.undoHint}</Text>}
          {status.kept.length > 0 && (
            <MessageBar intent="warning" layout="multiline"><MessageBarBody>{strings.keptUnnoted(status.kept.length, cellList(status.kept))}</MessageBarBody></MessageBar>
          )}
          {status.restored.length > 0 && (
            <MessageBar intent="info" layout="multiline"><MessageBarBody>{strings.tableFilled(status.restored.length, cellList(status.restored))}</MessageBarBody></MessageBar>
          )}
          {status.changedSince.length > 0 && (
            <MessageBar intent="warning" layout="multiline"><MessageBarBody>{strings.resumedChanged(status.changedSince.length, cellList(status.changedSince))}</MessageBarBody></MessageBar>
          )}
          <SkippedReasons plan={status.plan} only={['text-number', 'no-denominator', 'merged', 'guessed', 'no-room']} />
          <CheckedAgain data={status.data} />
        </>
      )}
      {status.kind === 'undone' && !work.busy && (
        <>
          <Text weight="semibold">{strings.undone(status.count)}</Text>
          {status.refused.length > 0 && (
            <MessageBar intent="warning" layout="multiline"><MessageBarBody>{strings.undoRefused(status.refused.length, cellList(status.refused))}</MessageBarBody></MessageBar>
          )}
          {status.notesLeft.length > 0 && (
            <MessageBar intent="info" layout="multiline"><MessageBarBody>{strings.notesLeft(status.notesLeft.length, cellList(status.notesLeft))}</MessageBarBody></MessageBar>
          )}
          <CheckedAgain data={status.data} />
        </>
      )}
      {status.kind === 'failed' && !work.busy && <FailedMessage title={status.undoFailed ? strings.undoFailed : strings.fillFailed} error={status.error} />}
      {status.kind === 'failed' && status.undo && !work.busy && (
        <>
          <Text>{status.undoFailed ? strings.undoAgain : status.resume ? strings.resumeHint : strings.partlyWritten}</Text>
          {status.resume && status.plan && <Button appearance="primary" onClick={() => void write(status.plan!, status.resume)}>{strings.resume}</Button>}
          <Button onClick={() => void undo(status.undo!)}>{strings.undo}</Button>
        </>
      )}
    </section>
  );
}
