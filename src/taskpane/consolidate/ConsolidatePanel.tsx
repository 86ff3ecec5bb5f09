import { communesListed } from '../../domain/consolidate/expected';
import { useRef, useState, type DragEvent } from 'react';
import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { FailedMessage } from '../FailedMessage';
import { WorkProgress } from '../WorkProgress';
import { usePane } from '../pane';
import { stoppable } from '../useWork';
import { ConsolidationSummary } from './ConsolidationSummary';
import { useConsolidate } from './useConsolidate';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%', minWidth: 0 },
  drop: { padding: tokens.spacingHorizontalL, border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  dragging: { borderTopColor: tokens.colorBrandStroke1, borderRightColor: tokens.colorBrandStroke1, borderBottomColor: tokens.colorBrandStroke1, borderLeftColor: tokens.colorBrandStroke1 },
  files: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: '10em', overflowY: 'auto', overflowWrap: 'anywhere' },
});

const ACCEPT = /\.(xlsx|xlsm|xls|ods|csv)$/i;

/** "Tổng hợp": many commune workbooks into the province's table, with a completeness report. */
export function ConsolidatePanel() {
  const styles = useStyles();
  const pane = usePane();
  const strings = pane.strings.consolidate;
  const [files, setFiles] = useState<File[]>([]);
  const [expected, setExpected] = useState('');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { status, run, work } = useConsolidate();
  const add = (chosen: FileList | null) => {
    const list = [...(chosen ?? [])].filter((f) => ACCEPT.test(f.name));
    setFiles((old) => [...old.filter((f) => !list.some((n) => n.name === f.name)), ...list].sort((a, b) => a.name.localeCompare(b.name)));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    add(event.dataTransfer.files);
  };
  const names = communesListed(expected);
  return (
    <section className={styles.panel} aria-label={pane.strings.tabs.consolidate}>
      <Text>{strings.intro}</Text>
      <div className={`${styles.drop} ${dragging ? styles.dragging : ''}`} onDragOver={(e) => { e.preventDefault(); e.stopPropagation(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop} data-testid="consolidate-drop">
        <Button onClick={() => input.current?.click()}>{strings.choose}</Button>
        <input ref={input} type="file" multiple accept=".xlsx,.xlsm,.xls,.ods,.csv" hidden data-testid="consolidate-input" aria-label={strings.choose} onChange={(e) => { add(e.target.files); e.target.value = ''; }} />
        <Text size={200}>{strings.dropHint}</Text>
        {files.length > 0 && (
          <>
            <Text weight="semibold">{strings.chosen(files.length)}</Text>
            <ul className={styles.files} aria-label={strings.chosen(files.length)}>{files.map((f) => <li key={f.name}>{f.name}</li>)}</ul>
            <Button size="small" appearance="subtle" onClick={() => setFiles([])}>{strings.clear}</Button>
          </>
        )}
      </div>
      <Field label={strings.expected} hint={strings.expectedHint}>
        <Textarea value={expected} onChange={(_, data) => setExpected(data.value)} rows={4} placeholder={'Lê Lai\nĐức Long\nĐức Xuân'} />
      </Field>
      <Button appearance="primary" disabled={files.length === 0 || work.busy} onClick={() => void run(files, names)}>{strings.run}</Button>
      {work.progress && <WorkProgress state={work.progress} onCancel={stoppable(pane.mode, work.progress) ? work.cancel : undefined} />}
      {status.kind === 'done' && !work.busy && <ConsolidationSummary result={status.result} sheets={status.sheets} />}
      {status.kind === 'failed' && !work.busy && <FailedMessage title={strings.failed} error={status.error} />}
    </section>
  );
}
