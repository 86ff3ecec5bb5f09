import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AppendixOptions } from '../../domain/appendix/types';
import { messageFor } from '../../domain/findings/messages';
import { FailedMessage } from '../FailedMessage';
import { WorkProgress } from '../WorkProgress';
import { usePane } from '../pane';
import { stoppable } from '../useWork';
import { useAction } from '../useAction';
import { AppendixOptionsForm } from './AppendixOptionsForm';
import { useAppendix } from './useAppendix';
import { downloadBytes } from '../download';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, listStyle: 'none', overflowWrap: 'anywhere' },
});

/** "Phụ lục": options, preview of sections and row counts, generate, go to the sheet, undo. */
export function AppendixPanel() {
  const styles = useStyles();
  const { strings, lang, host, mode } = usePane();
  const [options, setOptions] = useState<AppendixOptions>({ abbreviations: 'keep' });
  const { status, run, work } = useAppendix();
  const { failure, attempt } = useAction();
  const [undone, setUndone] = useState<string[] | null>(null);
  const shown = (status.kind === 'preview' || status.kind === 'generated') && !work.busy ? status : null;
  const rows = shown ? shown.appendix.sections.reduce((n, s) => n + s.rows.length, 0) : 0;
  return (
    <section className={styles.panel} aria-label={strings.tabs.appendix}>
      <Text>{strings.appendixIntro}</Text>
      <AppendixOptionsForm value={options} onChange={setOptions} strings={strings} />
      <div className={styles.actions}>
        <Button onClick={() => { setUndone(null); void run(options, false); }} disabled={work.busy}>{strings.preview}</Button>
        <Button appearance="primary" onClick={() => { setUndone(null); void run(options, true); }} disabled={work.busy}>{strings.generate}</Button>
      </div>
      {work.progress && <WorkProgress state={work.progress} onCancel={stoppable(mode, work.progress) ? work.cancel : undefined} />}
      {shown && rows === 0 && <Text>{strings.noSource}</Text>}
      {shown && rows > 0 && (
        <>
          <Text weight="semibold">{strings.sections(shown.appendix.sections.length, rows)}</Text>
          <ul aria-label={strings.tabs.appendix} className={styles.list}>
            {shown.appendix.sections.map((s) => <li key={s.tt}>{s.tt}. {s.title} ({s.rows.length})</li>)}
          </ul>
          <Button onClick={() => attempt(async () => {
            const [{ appendixDocx }, { layoutAppendix }] = await Promise.all([import('../../hosts/docx/writeAppendix'), import('../../domain/appendix/layout')]);
            downloadBytes(await appendixDocx(layoutAppendix(shown.appendix)), 'phu-luc.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
          })}>{strings.downloadDocx}</Button>
          {shown.warnings.map((w, i) => (
            <MessageBar key={i} intent="warning" layout="multiline"><MessageBarBody>{w.sheet}!{w.cell}: {messageFor(w, lang)}</MessageBarBody></MessageBar>
          ))}
        </>
      )}
      {status.kind === 'generated' && !work.busy && !undone && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.generated(status.sheet)}</MessageBarTitle>
            <div className={styles.actions}>
              <Button size="small" onClick={() => attempt(() => host.goTo(status.sheet, 'A1'))}>{strings.goToSheet}</Button>
              {host.undoSheets && <Button size="small" onClick={() => attempt(() => host.undoSheets!(['matrix', 'appendix']), setUndone)}>{strings.undo}</Button>}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {undone && <Text>{undone.length > 0 ? strings.sheetsUndone(undone.join(', ')) : strings.nothingUndone}</Text>}
      {status.kind === 'failed' && <FailedMessage title={strings.appendixFailed} error={status.error} />}
      {status.kind === 'failed' && (status.error as { undo?: unknown } | null)?.undo !== undefined && host.undoSheets && !undone && (
        <Button size="small" onClick={() => attempt(() => host.undoSheets!(['matrix', 'appendix']), setUndone)}>{strings.undo}</Button>
      )}
      {failure && <FailedMessage title={strings.actionFailed} error={failure.error} />}
    </section>
  );
}
