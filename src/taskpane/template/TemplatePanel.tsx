import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { BUILTIN_CATALOGS } from '../../domain/catalog/builtin';
import { catalogForYear } from '../../domain/catalog/select';
import { buildTemplate } from '../../domain/template/build';
import { TEMPLATE_KINDS, type TemplateKind } from '../../domain/template/types';
import type { Lang } from '../../domain/findings/codes';
import type { WorkbookHost } from '../host';
import { STRINGS } from '../strings';
import { FailedMessage } from '../FailedMessage';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%' },
});

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; names: string[] } | { kind: 'removed'; names: string[] } | { kind: 'failed'; error: unknown; inserted?: string[] };

/** "Tạo biểu mẫu": inserts blank, live templates for the chosen set, year and communes. */
export function TemplatePanel({ host, lang, thisYear = new Date().getFullYear() }: { host: WorkbookHost; lang: Lang; thisYear?: number }) {
  const styles = useStyles();
  const strings = STRINGS[lang];
  const [kind, setKind] = useState<TemplateKind>('plan');
  const [year, setYear] = useState(String(thisYear));
  const [catalogId, setCatalogId] = useState(catalogForYear(BUILTIN_CATALOGS, thisYear, false)?.id ?? BUILTIN_CATALOGS[0].id);
  const [communes, setCommunes] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const insert = async () => {
    setStatus({ kind: 'working' });
    try {
      const names = communes.split(/[\n;]+/).map((n) => n.trim()).filter(Boolean);
      const catalog = BUILTIN_CATALOGS.find((c) => c.id === catalogId)!;
      const template = buildTemplate(kind, { catalog, year: Number(year) || thisYear, communes: names.length ? names : Array.from({ length: 10 }, (_, i) => `Xã ${i + 1}`) });
      setStatus({ kind: 'done', names: await host.insertTemplate(template) });
    } catch (error) {
      // Excel stopped part way: the sheets inserted so far can be taken out.
      const inserted = ((error as { inserted?: { name: string }[] } | null)?.inserted ?? []).map((s) => s.name);
      setStatus({ kind: 'failed', error, inserted });
    }
  };

  const undo = async (names: string[]) => {
    if (!host.removeSheets) return;
    setStatus({ kind: 'working' });
    try {
      setStatus({ kind: 'removed', names: await host.removeSheets(names) });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  };

  return (
    <section className={styles.panel} aria-label={strings.tabTemplate}>
      <Text>{strings.templateIntro}</Text>
      <Field label={strings.templateKind}>
        <Select value={kind} onChange={(_, data) => setKind(data.value as TemplateKind)}>
          {TEMPLATE_KINDS.map((k) => <option key={k} value={k}>{strings.templateKinds[k]}</option>)}
        </Select>
      </Field>
      <Field label={strings.catalogLabel}>
        <Select value={catalogId} onChange={(_, data) => setCatalogId(data.value)}>
          {BUILTIN_CATALOGS.map((c) => <option key={c.id} value={c.id}>{`${c.period.from}–${c.period.to}: ${c.title}`}</option>)}
        </Select>
      </Field>
      <Field label={strings.year}><Input type="number" value={year} onChange={(_, data) => setYear(data.value)} /></Field>
      <Field label={strings.communesLabel}><Textarea value={communes} onChange={(_, data) => setCommunes(data.value)} rows={5} placeholder={'Lê Lai\nĐức Long\nĐức Xuân'} /></Field>
      <Button appearance="primary" onClick={() => void insert()} disabled={status.kind === 'working'}>{strings.insert}</Button>
      {status.kind === 'working' && <div role="status" aria-live="polite"><ProgressBar /></div>}
      {status.kind === 'done' && <MessageBar intent="success"><MessageBarBody>{strings.inserted(status.names.join(', '))}</MessageBarBody></MessageBar>}
      {status.kind === 'done' && host.removeSheets && <Button onClick={() => void undo(status.names)}>{strings.undo}</Button>}
      {status.kind === 'removed' && <MessageBar intent="info"><MessageBarBody>{strings.removedSheets(status.names.join(', '))}</MessageBarBody></MessageBar>}
      {status.kind === 'failed' && <FailedMessage title={strings.templateFailed} error={status.error} lang={lang} />}
      {status.kind === 'failed' && status.inserted && status.inserted.length > 0 && host.removeSheets && <Button onClick={() => void undo(status.inserted!)}>{strings.undo}</Button>}
    </section>
  );
}
