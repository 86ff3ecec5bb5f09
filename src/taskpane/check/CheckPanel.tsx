import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, MessageBar, MessageBarBody, Select, Switch, Text, ToggleButton, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Severity } from '../../domain/findings/codes';
import { ignoredKey, ignoredOf } from '../../domain/findings/ignored';
import type { WritePlan } from '../../domain/fill/types';
import type { UndoRecord } from '../../domain/fill/undo';
import { FailedMessage } from '../FailedMessage';
import { useAction } from '../useAction';
import { WorkProgress } from '../WorkProgress';
import { usePane } from '../pane';
import { cellList } from '../words';
import { FindingList, entries } from './FindingList';
import { CheckSummary } from './CheckSummary';
import { ReadDetails } from './ReadDetails';
import { ProgressChart } from './ProgressChart';
import { useCheck } from './useCheck';
import { counts, filtered, shownFindings, SEVERITIES, type Shown } from './findings';

/** What a write Excel stopped left to undo, if anything. */
const undoOf = (error: unknown) => (error as { undo?: unknown } | null)?.undo;
/** The fill's undo record a fix Excel stopped part way left (its cells), if any. */
const fixUndoOf = (error: unknown): UndoRecord | undefined => {
  const undo = undoOf(error) as UndoRecord | undefined;
  return undo && Array.isArray(undo.cells) && undo.cells.length > 0 ? undo : undefined;
};

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%', minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  sheetSelect: { minWidth: '8em', maxWidth: '100%', flexGrow: 1, flexBasis: '10em' },
  nav: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  findings: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  details: { minWidth: 0 },
});

/** Entries shown at first: a national workbook may have thousands of findings. */
const PAGE = 25;
const ALL = new Set<Severity>(SEVERITIES);

type Fixed = { cells: string[]; undo?: UndoRecord; kept: string[] };

/**
 * "Kiểm tra": one summary line and the findings first — each saying what to write, with "Sửa" and
 * "Bỏ qua"; filters by sheet and level, previous and next; how the workbook was read, the chart and
 * the options folded below.
 */
export function CheckPanel() {
  const styles = useStyles();
  const { strings, lang, host, mode } = usePane();
  const check = useCheck();
  const { failure, attempt, clear } = useAction();
  // The chart's and the highlight's failures are shown beside their buttons, in the folded part.
  const chartAction = useAction();
  const highlightAction = useAction();
  const [sheet, setSheet] = useState<string | null>(null);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(ALL);
  const [current, setCurrent] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<{ key: string } | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [showIgnored, setShowIgnored] = useState(false);
  const [fixed, setFixed] = useState<Fixed | null>(null);
  const [fixUndone, setFixUndone] = useState<{ refused: string[]; notesLeft: string[] } | null>(null);
  const [highlighted, setHighlighted] = useState(false);
  const [chartSheet, setChartSheet] = useState<string | null>(null);
  const [chartUndone, setChartUndone] = useState<string[] | null>(null);
  const buttons = useRef(new Map<string, HTMLElement>());
  const summary = useRef<HTMLDivElement>(null);
  const { data } = check;

  // After a check the user started, the summary takes the focus (a screen reader reads it).
  useEffect(() => { if (check.runs > 0) summary.current?.focus(); }, [check.runs]);
  useEffect(() => {
    if (!focusKey) return;
    const button = buttons.current.get(focusKey.key);
    button?.focus();
    button?.scrollIntoView?.({ block: 'nearest' });
  }, [focusKey]);

  const ignoredKeys = useMemo(() => new Set(check.ignored.map(ignoredKey)), [check.ignored]);
  const shown = useMemo(() => (data ? shownFindings(data, lang, ignoredKeys) : null), [data, lang, ignoredKeys]);
  const order = useMemo(() => data?.sheets.map((s) => s.name) ?? [], [data]);
  const list = useMemo(() => (shown ? filtered(shown.active, { sheet, severities }, order) : []), [shown, sheet, severities, order]);
  const tally = useMemo(() => counts(shown?.active ?? []), [shown]);
  const position = list.findIndex((f) => f.key === current);

  const goTo = (finding: Shown) => {
    setCurrent(finding.key);
    attempt(() => host.goTo(finding.draft.sheet, finding.draft.cell), () => setFocusKey({ key: finding.key }));
  };
  const move = (delta: number) => {
    if (list.length === 0) return;
    const next = position < 0 ? (delta > 0 ? 0 : list.length - 1) : (position + delta + list.length) % list.length;
    const finding = list[next];
    // The list shows the entry the finding is in.
    if (entries(list.slice(0, next + 1)) > limit) setLimit(entries(list.slice(0, next + 1)) + PAGE);
    goTo(finding);
  };

  const fix = (items: Shown[]) => attempt(async () => {
    const writes = items.map((f) => f.suggestion!.write!);
    const sheets = [...new Set(writes.map((w) => w.sheet))];
    const plan: WritePlan = { writes, columns: [], merges: [], skipped: [], refused: [], ignored: [], basis: Object.fromEntries(sheets.map((s) => [s, data!.basis[s]])) };
    const result = await host.applyPlan(plan);
    setFixUndone(null);
    setFixed({ cells: writes.map((w) => w.cell), undo: host.undo ? result.undo : undefined, kept: result.kept });
    await check.refresh();
  });
  const undoFix = (record: UndoRecord) => attempt(async () => {
    const outcome = await host.undo!(record);
    setFixed(null);
    // Cells a person changed since the fix are left as they are, and named.
    setFixUndone({ refused: outcome?.refused ?? [], notesLeft: outcome?.notesLeft ?? [] });
    await check.refresh();
  });
  const ignore = (items: Shown[]) => attempt(() => {
    const known = new Set(check.ignored.map(ignoredKey));
    return check.saveIgnored([...check.ignored, ...items.map((f) => ignoredOf(f.draft)).filter((i) => !known.has(ignoredKey(i)))]);
  });
  const unignore = (finding: Shown) => attempt(() => check.saveIgnored(check.ignored.filter((i) => ignoredKey(i) !== ignoredKey(ignoredOf(finding.draft)))));
  const toggleHighlight = (on: boolean) => highlightAction.attempt(async () => {
    await host.clearHighlights();
    if (on && shown) await host.highlight(shown.active.filter((f) => f.severity === 'error').map((f) => ({ sheet: f.draft.sheet, cell: f.draft.cell })));
    setHighlighted(on);
  });
  const toggleSeverity = (severity: Severity) => {
    const next = new Set(severities);
    if (next.has(severity)) next.delete(severity); else next.add(severity);
    setSeverities(next.size === 0 ? ALL : next);
    setLimit(PAGE);
  };

  const sheetsWithFindings = order.filter((name) => tally.sheet.has(name));
  return (
    <section className={styles.panel} aria-label={strings.tabs.check}>
      <div className={styles.row}>
        <Button appearance={data ? 'secondary' : 'primary'} size={data ? 'small' : 'medium'} onClick={() => { clear(); chartAction.clear(); highlightAction.clear(); void check.run(); }} disabled={check.work.busy}>{data ? strings.runAgain : strings.run}</Button>
      </div>
      {!data && !check.work.busy && !check.failure && <Text>{strings.emptyState}</Text>}
      {check.work.progress && <WorkProgress state={check.work.progress} onCancel={check.work.cancel} />}
      {check.failure !== null && <FailedMessage title={strings.failed} error={check.failure} />}
      {failure && <FailedMessage title={strings.actionFailed} error={failure.error} />}
      {failure && fixUndoOf(failure.error) && host.undo && (
        <>
          <Text>{strings.partlyWritten}</Text>
          <Button size="small" onClick={() => undoFix(fixUndoOf(failure.error)!)}>{strings.undo}</Button>
        </>
      )}
      {data && shown && (
        <>
          <CheckSummary ref={summary} data={data} active={shown.active} ignored={shown.ignored.length} />
          {fixed && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {strings.fixed(cellList(fixed.cells), fixed.cells.length)}{' '}
                {fixed.kept.length > 0 && strings.keptUnnoted(fixed.kept.length, cellList(fixed.kept))}
                {fixed.undo && <Button size="small" onClick={() => undoFix(fixed.undo!)}>{strings.undo}</Button>}
              </MessageBarBody>
            </MessageBar>
          )}
          {fixUndone && <Text>{strings.fixUndone}</Text>}
          {fixUndone && fixUndone.refused.length > 0 && (
            <MessageBar intent="warning" layout="multiline"><MessageBarBody>{strings.undoRefused(fixUndone.refused.length, cellList(fixUndone.refused))}</MessageBarBody></MessageBar>
          )}
          {fixUndone && fixUndone.notesLeft.length > 0 && (
            <MessageBar intent="info" layout="multiline"><MessageBarBody>{strings.notesLeft(fixUndone.notesLeft.length, cellList(fixUndone.notesLeft))}</MessageBarBody></MessageBar>
          )}
          {shown.active.length > 0 && (
            <div className={styles.findings}>
              <div className={styles.row}>
                {sheetsWithFindings.length > 1 && (
                  <Select className={styles.sheetSelect} size="small" aria-label={strings.sheetFilter} value={sheet ?? ''} onChange={(_, d) => { setSheet(d.value || null); setLimit(PAGE); }}>
                    <option value="">{strings.allSheets(shown.active.length)}</option>
                    {sheetsWithFindings.map((name) => <option key={name} value={name}>{strings.onSheet(name, tally.sheet.get(name) ?? 0)}</option>)}
                  </Select>
                )}
                <div className={styles.row} role="group" aria-label={strings.severityFilter}>
                  {SEVERITIES.filter((s) => tally.severity[s] > 0).map((s) => (
                    <ToggleButton key={s} size="small" checked={severities.has(s) && severities.size < SEVERITIES.length} onClick={() => toggleSeverity(s)}>{strings.severities[s](tally.severity[s])}</ToggleButton>
                  ))}
                </div>
              </div>
              {list.length > 1 && (
                <div className={styles.nav}>
                  <Button size="small" onClick={() => move(-1)}>‹ {strings.previous}</Button>
                  <Text size={200} aria-live="polite">{position >= 0 ? strings.position(position + 1, list.length) : strings.position(0, list.length)}</Text>
                  <Button size="small" onClick={() => move(1)}>{strings.next} ›</Button>
                </div>
              )}
              {list.length === 0 && <Text>{strings.nothingShown}</Text>}
              <FindingList
                findings={list} limit={limit}
                actions={{ onGoTo: goTo, onFix: fix, onIgnore: host.saveIgnored ? ignore : undefined, current, busy: check.work.busy, register: (key, el) => { if (el) buttons.current.set(key, el); else buttons.current.delete(key); } }}
              />
              {entries(list) > limit && <Button appearance="subtle" onClick={() => setLimit(limit + PAGE)}>{strings.showMore(Math.min(PAGE, entries(list) - limit))}</Button>}
            </div>
          )}
          {shown.ignored.length > 0 && (
            <>
              <Button appearance="subtle" size="small" onClick={() => setShowIgnored(!showIgnored)}>{showIgnored ? strings.hideIgnored : strings.showIgnored(shown.ignored.length)}</Button>
              {showIgnored && (
                <ul style={{ margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' }} aria-label={strings.showIgnored(shown.ignored.length)}>
                  {shown.ignored.map((f) => (
                    <li key={f.key}>
                      <Text size={200}>{f.draft.sheet}!{f.draft.cell}: {f.message} </Text>
                      <Button size="small" appearance="subtle" onClick={() => unignore(f)}>{strings.unignore}</Button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <Accordion collapsible multiple className={styles.details}>
            <AccordionItem value="read">
              <AccordionHeader size="small">{strings.details}</AccordionHeader>
              <AccordionPanel><ReadDetails data={data} /></AccordionPanel>
            </AccordionItem>
            {data.progress.length > 0 && (
              <AccordionItem value="chart">
                <AccordionHeader size="small">{strings.chart}</AccordionHeader>
                <AccordionPanel>
                  <ProgressChart rows={data.progress} title={strings.chartTitle} nowLabel={strings.chartNow} endLabel={strings.chartEnd} />
                  {host.insertChart && mode === 'excel' && (
                    <Button size="small" onClick={() => chartAction.attempt(() => host.insertChart!(data.progress), (name) => { setChartUndone(null); setChartSheet(name); })}>{strings.insertChart}</Button>
                  )}
                  {chartAction.failure && <FailedMessage title={strings.actionFailed} error={chartAction.failure.error} />}
                  {chartSheet && <Text block>{strings.chartInserted(chartSheet)}</Text>}
                  {/* Inserted, or stopped part way with something to take back. */}
                  {(chartSheet || (chartAction.failure && undoOf(chartAction.failure.error) !== undefined)) && host.undoSheets && (
                    <Button size="small" onClick={() => chartAction.attempt(() => host.undoSheets!(['chart']), (deleted) => { setChartSheet(null); setChartUndone(deleted); })}>{strings.undo}</Button>
                  )}
                  {chartUndone && <Text block>{chartUndone.length > 0 ? strings.sheetsUndone(chartUndone.join(', ')) : strings.nothingUndone}</Text>}
                </AccordionPanel>
              </AccordionItem>
            )}
            {host.canHighlight && tally.severity.error > 0 && (
              <AccordionItem value="settings">
                <AccordionHeader size="small">{strings.settings}</AccordionHeader>
                <AccordionPanel>
                  <Switch checked={highlighted} onChange={(_, d) => toggleHighlight(d.checked)} label={strings.highlight} />
                  <Text size={200} block>{strings.highlightHint}</Text>
                  {highlightAction.failure && <FailedMessage title={strings.actionFailed} error={highlightAction.failure.error} />}
                </AccordionPanel>
              </AccordionItem>
            )}
          </Accordion>
        </>
      )}
    </section>
  );
}
