import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { BUILTIN_CATALOGS } from '../../domain/catalog/builtin';
import { catalogForYear } from '../../domain/catalog/select';
import { buildTemplate } from '../../domain/template/build';
import { TEMPLATE_KINDS, type TemplateKind } from '../../domain/template/types';
import { FailedMessage } from '../FailedMessage';
import { WorkProgress } from '../WorkProgress';
import { usePane } from '../pane';
import { stoppable, useWork } from '../useWork';
import { catalogName } from '../words';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%', minWidth: 0 },
  // A select is as wide as its longest option unless told otherwise: the pane's width, never more.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
});

type Status = { kind: 'idle' } | { kind: 'done'; names: string[] } | { kind: 'removed'; names: string[] } | { kind: 'failed'; error: unknown; inserted?: string[] };

/** "Tạo biểu mẫu": inserts blank, live templates for the chosen set, year and communes. */
export function TemplatePanel({ thisYear = new Date().getFullYear() }: { thisYear?: number }) {
  const styles = useStyles();
  const { strings, lang, host, mode } = usePane();
  const work = useWork();
  const [kind, setKind] = useState<TemplateKind>('plan');
  const [year, setYear] = useState(String(thisYear));
  const [catalogId, setCatalogId] = useState(catalogForYear(BUILTIN_CATALOGS, thisYear, false)?.id ?? BUILTIN_CATALOGS[0].id);
  const [communes, setCommunes] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const insert = async () => {
    try {
      const names = await work.run(async (w) => {
        const list = communes.split(/[\n;]+/).map((n) => n.trim()).filter(Boolean);
        const catalog = BUILTIN_CATALOGS.find((c) => c.id === catalogId)!;
        const template = buildTemplate(kind, { catalog, year: Number(year) || thisYear, communes: list.length ? list : Array.from({ length: 10 }, (_, i) => `Xã ${i + 1}`) });
        return host.insertTemplate(template, w);
      });
      if (names) setStatus({ kind: 'done', names });
    } catch (error) {
      // Excel stopped part way: the sheets inserted so far can be taken out.
      const inserted = ((error as { inserted?: { name: string }[] } | null)?.inserted ?? []).map((s) => s.name);
      setStatus({ kind: 'failed', error, inserted });
    }
  };

  const undo = async (names: string[]) => {
    if (!host.removeSheets) return;
    try {
      const removed = await work.run(() => host.removeSheets!(names));
      if (removed) setStatus({ kind: 'removed', names: removed });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  };

  return (
    <section className={styles.panel} aria-label={strings.tabs.template}>
      <Text>{strings.templateIntro}</Text>
      <Field label={strings.templateKind}>
        <Select className={styles.select} value={kind} onChange={(_, data) => setKind(data.value as TemplateKind)}>
          {TEMPLATE_KINDS.map((k) => <option key={k} value={k}>{strings.templateKinds[k]}</option>)}
        </Select>
      </Field>
      <Field label={strings.catalogLabel}>
        <Select className={styles.select} value={catalogId} onChange={(_, data) => setCatalogId(data.value)}>
          {BUILTIN_CATALOGS.map((c) => (
            <option key={c.id} value={c.id}>{catalogName({ id: c.id, title: c.title, builtin: true }, lang)}</option>
          ))}
        </Select>
      </Field>
      <Field label={strings.year}><Input type="number" value={year} onChange={(_, data) => setYear(data.value)} /></Field>
      <Field label={strings.communesLabel}><Textarea value={communes} onChange={(_, data) => setCommunes(data.value)} rows={5} placeholder={'Lê Lai\nĐức Long\nĐức Xuân'} /></Field>
      <Button appearance="primary" onClick={() => void insert()} disabled={work.busy}>{strings.insert}</Button>
      {work.progress && <WorkProgress state={work.progress} onCancel={stoppable(mode, work.progress) ? work.cancel : undefined} />}
      {status.kind === 'done' && <MessageBar intent="success" layout="multiline"><MessageBarBody>{strings.inserted(status.names.join(', '))}</MessageBarBody></MessageBar>}
      {status.kind === 'done' && host.removeSheets && <Button onClick={() => void undo(status.names)}>{strings.undo}</Button>}
      {status.kind === 'removed' && <MessageBar intent="info" layout="multiline"><MessageBarBody>{strings.removedSheets(status.names.join(', '))}</MessageBarBody></MessageBar>}
      {status.kind === 'failed' && !work.busy && <FailedMessage title={strings.templateFailed} error={status.error} />}
      {status.kind === 'failed' && !work.busy && status.inserted && status.inserted.length > 0 && host.removeSheets && <Button onClick={() => void undo(status.inserted!)}>{strings.undo}</Button>}
    </section>
  );
}
