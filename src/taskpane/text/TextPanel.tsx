import { useMemo, useRef, useState } from 'react';
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { analyzePlanText, reportOfText } from '../../domain/plantext/check';
import type { PlanFigures } from '../../domain/plantext/figures';
import { downloadBytes } from '../download';
import { useAction } from '../useAction';
import { FailedMessage } from '../FailedMessage';
import { WorkProgress } from '../WorkProgress';
import { usePane } from '../pane';
import { useWork } from '../useWork';
import { TextFindingList } from './TextFindingList';
import { UnreadList } from './UnreadList';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%', minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** A text checked: kept as the text and the figures it was compared with, so that the findings follow the language. */
type Checked = { raw: string; figures?: PlanFigures };

/** "Kiểm tra văn bản": the numeric claims of the plan's text, pasted or opened from a .docx. */
export function TextPanel() {
  const styles = useStyles();
  const { strings, lang, engine } = usePane();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [compare, setCompare] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { failure, attempt } = useAction();
  const work = useWork();
  // The text is read once; its findings are worded again when the language changes.
  const analysis = useMemo(() => (checked ? analyzePlanText(checked.raw, checked.figures) : null), [checked]);
  const report = useMemo(() => (analysis ? reportOfText(analysis, lang) : null), [analysis, lang]);

  const check = (raw: string) => attempt(async () => {
    // Against the open workbook's figures when asked: the same ones "Viết từ sổ làm việc" writes from.
    const figures = compare ? await work.run((w) => engine.figures(w)) : undefined;
    if (figures === null) return;
    setChecked({ raw, figures });
  });
  const write = () => attempt(async () => {
    const paragraphs = await work.run((w) => engine.planText(w));
    if (paragraphs === null) return;
    if (paragraphs.length === 0) throw new Error(strings.text.nothingToWrite);
    const raw = paragraphs.join('\n');
    setText(raw);
    setChecked({ raw });
  });
  const open = (file: File) => attempt(async () => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // mammoth reads a .docx's paragraphs; it is loaded only when one is opened.
      const raw = /\.docx$/i.test(file.name) ? await (await import('../../hosts/docx/readDocx')).docxText(bytes) : (await import('../../hosts/xlsx/convert')).decodeText(bytes);
      setText(raw);
      check(raw);
    } catch (error) {
      throw new Error(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return (
    <section className={styles.panel} aria-label={strings.tabs.text}>
      <Text>{strings.text.intro}</Text>
      <Field label={strings.text.paste}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} rows={8} resize="vertical" placeholder={strings.text.placeholder} />
      </Field>
      <Checkbox checked={compare} onChange={(_, data) => setCompare(data.checked === true)} label={strings.text.compare} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={!text.trim() || work.busy} onClick={() => check(text)}>{strings.text.run}</Button>
        <Button onClick={() => input.current?.click()}>{strings.text.open}</Button>
        <Button onClick={write} disabled={work.busy}>{strings.text.write}</Button>
        <Button disabled={!text.trim()} onClick={() => attempt(() => navigator.clipboard.writeText(text))}>{strings.text.copy}</Button>
        <Button disabled={!text.trim()} onClick={() => attempt(async () => {
          const { textDocx } = await import('../../hosts/docx/writeText');
          downloadBytes(await textDocx(text.split('\n')), 'van-ban-ke-hoach.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        })}>{strings.text.download}</Button>
        <input ref={input} type="file" accept=".docx,.txt" hidden data-testid="text-input" aria-label={strings.text.open} onChange={(e) => { const chosen = e.target.files?.[0]; if (chosen) open(chosen); e.target.value = ''; }} />
      </div>
      {work.progress && <WorkProgress state={work.progress} onCancel={work.cancel} />}
      {report && (
        <>
          <MessageBar intent={report.stats.errors ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>{strings.text.summary(report.stats.errors, report.stats.warnings, report.stats.lines)}</MessageBarBody>
          </MessageBar>
          <Text>{strings.text.coverage(report.stats.read, report.stats.unread)}</Text>
          <TextFindingList issues={report.issues} strings={strings} />
          {report.unread.length > 0 && <UnreadList unread={report.unread} strings={strings} />}
        </>
      )}
      {failure && <FailedMessage title={strings.text.failed} error={failure.error} />}
    </section>
  );
}
