import { useRef, useState } from 'react';
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { analyzePlanText, reportOfText, type TextCheck } from '../../domain/plantext/check';
import { writePlanText } from '../../domain/plantext/write';
import { analyzeWorkbook } from '../../domain/engine';
import { planFigures } from '../../domain/plantext/figures';
import type { WorkbookHost } from '../host';
import { downloadBytes } from '../download';
import { useAction } from '../useAction';
import type { Lang } from '../../domain/findings/codes';
import { STRINGS } from '../strings';
import { FailedMessage } from '../FailedMessage';
import { TextFindingList } from './TextFindingList';
import { UnreadList } from './UnreadList';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%' },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

type Status = { kind: 'idle' } | { kind: 'done'; check: TextCheck; source: string } | { kind: 'failed'; message: string };

/** "Kiểm tra văn bản": the numeric claims of the plan's text, pasted or opened from a .docx. */
export function TextPanel({ host, lang }: { host: WorkbookHost; lang: Lang }) {
  const styles = useStyles();
  const strings = STRINGS[lang];
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [compare, setCompare] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { failure, attempt } = useAction();
  const write = () => attempt(async () => {
    const paragraphs = writePlanText(analyzeWorkbook(await host.read()));
    if (paragraphs.length === 0) throw new Error(strings.text.nothingToWrite);
    const raw = paragraphs.join('\n');
    setText(raw);
    check(raw, '');
  });
  const check = (raw: string, source: string) => attempt(async () => {
    // Against the open workbook's figures when asked: the same ones "Viết từ sổ tính" writes from.
    const figures = compare ? planFigures(analyzeWorkbook(await host.read())) : undefined;
    // Kept as data: the messages are made when shown, in the language chosen then.
    setStatus({ kind: 'done', check: analyzePlanText(raw, figures), source });
  });
  const open = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // mammoth reads a .docx's paragraphs; it is loaded only when one is opened.
      const raw = /\.docx$/i.test(file.name) ? await (await import('../../hosts/docx/readDocx')).docxText(bytes) : (await import('../../hosts/xlsx/convert')).decodeText(bytes);
      setText(raw);
      check(raw, file.name);
    } catch (error) {
      setStatus({ kind: 'failed', message: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  const report = status.kind === 'done' ? reportOfText(status.check, lang) : undefined;
  return (
    <section className={styles.panel} aria-label={strings.tabText}>
      <Text>{strings.text.intro}</Text>
      <Field label={strings.text.paste}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} rows={8} resize="vertical" placeholder={strings.text.placeholder} />
      </Field>
      <Checkbox checked={compare} onChange={(_, data) => setCompare(data.checked === true)} label={strings.text.compare} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={!text.trim()} onClick={() => check(text, '')}>{strings.text.run}</Button>
        <Button onClick={() => input.current?.click()}>{strings.text.open}</Button>
        <Button onClick={write}>{strings.text.write}</Button>
        <Button disabled={!text.trim()} onClick={() => attempt(() => navigator.clipboard.writeText(text))}>{strings.text.copy}</Button>
        <Button disabled={!text.trim()} onClick={() => attempt(async () => {
          const { textDocx } = await import('../../hosts/docx/writeText');
          downloadBytes(await textDocx(text.split('\n')), 'van-ban-ke-hoach.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        })}>{strings.text.download}</Button>
        <input ref={input} type="file" accept=".docx,.txt" hidden data-testid="text-input" aria-label={strings.text.open} onChange={(e) => { const chosen = e.target.files?.[0]; if (chosen) void open(chosen); e.target.value = ''; }} />
      </div>
      {report && (
        <>
          <MessageBar intent={report.stats.errors ? 'warning' : 'success'}>
            <MessageBarBody>{strings.text.summary(report.stats.errors, report.stats.warnings, report.stats.lines)}</MessageBarBody>
          </MessageBar>
          <Text>{strings.text.coverage(report.stats.read, report.stats.unread)}</Text>
          <TextFindingList issues={report.issues} strings={strings} />
          {report.unread.length > 0 && <UnreadList unread={report.unread} strings={strings} />}
        </>
      )}
      {status.kind === 'failed' && <FailedMessage title={strings.text.failed} error={status.message} lang={lang} />}
      {failure && <FailedMessage title={strings.actionFailed} error={failure.error} lang={lang} />}
    </section>
  );
}
