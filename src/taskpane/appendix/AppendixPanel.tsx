import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AppendixOptions } from '../../domain/appendix/types';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';
import { STRINGS } from '../strings';
import { FailedMessage } from '../FailedMessage';
import { useAction } from '../useAction';
import { AppendixOptionsForm } from './AppendixOptionsForm';
import { useAppendix } from './useAppendix';
import { downloadBytes } from '../download';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%' },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

/** "Phụ lục": options, preview of sections and row counts, generate, go to the sheet. */
export function AppendixPanel({ host, lang }: { host: WorkbookHost; lang: Lang }) {
  const styles = useStyles();
  const strings = STRINGS[lang];
  const [options, setOptions] = useState<AppendixOptions>({ abbreviations: 'keep' });
  const { status, run } = useAppendix(host, lang);
  const { failure, attempt } = useAction();
  const [undone, setUndone] = useState<string[] | null>(null);
  const shown = status.kind === 'preview' || status.kind === 'generated' ? status : null;
  const rows = shown ? shown.appendix.sections.reduce((n, s) => n + s.rows.length, 0) : 0;
  return (
    <section className={styles.panel} aria-label={strings.tabAppendix}>
      <Text>{strings.appendixIntro}</Text>
      <AppendixOptionsForm value={options} onChange={setOptions} strings={strings} />
      <div className={styles.actions}>
        <Button onClick={() => { setUndone(null); void run(options, false); }} disabled={status.kind === 'working'}>{strings.preview}</Button>
        <Button appearance="primary" onClick={() => { setUndone(null); void run(options, true); }} disabled={status.kind === 'working'}>{strings.generate}</Button>
      </div>
      {status.kind === 'working' && <div role="status" aria-live="polite"><ProgressBar /></div>}
      {shown && rows === 0 && <Text>{strings.noSource}</Text>}
      {shown && rows > 0 && (
        <>
          <Text weight="semibold">{strings.sections(shown.appendix.sections.length, rows)}</Text>
          <ul aria-label={strings.tabAppendix} style={{ margin: 0, paddingLeft: tokens.spacingHorizontalL, listStyle: "none" }}>
            {shown.appendix.sections.map((s) => <li key={s.tt}>{s.tt}. {s.title} ({s.rows.length})</li>)}
          </ul>
          <Button onClick={() => attempt(async () => {
            const [{ appendixDocx }, { layoutAppendix }] = await Promise.all([import('../../hosts/docx/writeAppendix'), import('../../domain/appendix/layout')]);
            downloadBytes(await appendixDocx(layoutAppendix(shown.appendix)), 'phu-luc.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
          })}>{strings.downloadDocx}</Button>
          {shown.warnings.map((w, i) => (
            <MessageBar key={i} intent="warning"><MessageBarBody>{w.sheet}!{w.cell}: {w.message}</MessageBarBody></MessageBar>
          ))}
        </>
      )}
      {status.kind === 'generated' && !undone && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{strings.generated(status.sheet)}</MessageBarTitle>
            <Button size="small" onClick={() => attempt(() => host.goTo(status.sheet, 'A1'))}>{strings.goToSheet}</Button>
            {host.undoSheets && <Button size="small" onClick={() => attempt(() => host.undoSheets!(['matrix', 'appendix']), setUndone)}>{strings.undo}</Button>}
          </MessageBarBody>
        </MessageBar>
      )}
      {undone && <Text>{undone.length > 0 ? strings.sheetsUndone(undone.join(', ')) : strings.nothingUndone}</Text>}
      {status.kind === 'failed' && <FailedMessage title={strings.appendixFailed} error={status.error} lang={lang} />}
      {status.kind === 'failed' && (status.error as { undo?: unknown } | null)?.undo !== undefined && host.undoSheets && !undone && (
        <Button size="small" onClick={() => attempt(() => host.undoSheets!(['matrix', 'appendix']), setUndone)}>{strings.undo}</Button>
      )}
      {failure && <FailedMessage title={strings.actionFailed} error={failure.error} lang={lang} />}
    </section>
  );
}
