import { useState } from 'react';
import { Button, ProgressBar, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';
import { STRINGS } from '../strings';
import { FailedMessage } from '../FailedMessage';
import { useAction } from '../useAction';
import { FindingList } from './FindingList';
import { ReportSummary } from './ReportSummary';
import { useCheck } from './useCheck';
import { ProgressChart } from './ProgressChart';

/** What a write Excel stopped left to undo, if anything. */
const undoOf = (error: unknown) => (error as { undo?: unknown } | null)?.undo;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%', overflowX: 'hidden' },
});

/** "Kiểm tra": runs the checks on the open workbook and lists the findings. */
export function CheckPanel({ host, lang }: { host: WorkbookHost; lang: Lang }) {
  const styles = useStyles();
  const strings = STRINGS[lang];
  const { status, run } = useCheck(host, lang);
  const [highlighted, setHighlighted] = useState(false);
  const [chartSheet, setChartSheet] = useState<string | null>(null);
  const [chartUndone, setChartUndone] = useState<string[] | null>(null);
  const { failure, attempt } = useAction();

  const toggleHighlight = async (on: boolean) => {
    if (status.kind !== 'done') return;
    await host.clearHighlights();
    if (on) await host.highlight(status.report.issues.filter((i) => i.severity === 'error'));
    setHighlighted(on);
  };

  return (
    <section className={styles.panel} aria-label={strings.tabCheck}>
      <Button appearance="primary" onClick={run} disabled={status.kind === 'running'}>
        {strings.run}
      </Button>
      {status.kind === 'idle' && <Text>{strings.emptyState}</Text>}
      {status.kind === 'running' && (
        <div role="status" aria-live="polite">
          <Text>{status.step === 'reading' ? strings.reading : strings.checking}</Text>
          <ProgressBar value={status.step === 'reading' && status.total > 1 ? status.done / status.total : undefined} />
        </div>
      )}
      {status.kind === 'failed' && <FailedMessage title={strings.failed} error={status.error} lang={lang} />}
      {failure && <FailedMessage title={strings.actionFailed} error={failure.error} lang={lang} />}
      {failure && undoOf(failure.error) !== undefined && host.undoSheets && (
        <Button size="small" onClick={() => attempt(() => host.undoSheets!(['chart']), (deleted) => { setChartSheet(null); setChartUndone(deleted); })}>{strings.undo}</Button>
      )}
      {status.kind === 'done' && (
        <>
          <ReportSummary report={status.report} strings={strings} />
          {status.progress.length > 0 && (
            <>
              <ProgressChart rows={status.progress} title={strings.chartTitle} nowLabel={strings.chartNow} endLabel={strings.chartEnd} />
              {host.insertChart && (
                <Button size="small" onClick={() => attempt(() => host.insertChart!(status.progress), (sheet) => { setChartUndone(null); setChartSheet(sheet); })}>{strings.insertChart}</Button>
              )}
              {chartSheet && <Text>{strings.chartInserted(chartSheet)}</Text>}
              {chartSheet && host.undoSheets && (
                <Button size="small" onClick={() => attempt(() => host.undoSheets!(['chart']), (deleted) => { setChartSheet(null); setChartUndone(deleted); })}>{strings.undo}</Button>
              )}
              {chartUndone && <Text>{chartUndone.length > 0 ? strings.sheetsUndone(chartUndone.join(', ')) : strings.nothingUndone}</Text>}
            </>
          )}
          {host.canHighlight && status.report.stats.errors > 0 && (
            <Switch checked={highlighted} onChange={(_, data) => attempt(() => toggleHighlight(data.checked))} label={strings.highlight} title={strings.highlightHint} />
          )}
          <FindingList report={status.report} strings={strings} onSelect={(finding) => attempt(() => host.goTo(finding.sheet, finding.cell))} />
        </>
      )}
    </section>
  );
}
