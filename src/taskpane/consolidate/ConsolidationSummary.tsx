import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Consolidation } from '../../domain/consolidate/types';
import { exclusionText, unreadableMarks } from '../../domain/consolidate/report';
import { messageFor } from '../../domain/findings/messages';
import { usePane } from '../pane';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

function Section({ title, items }: { title: string; items: string[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <Text weight="semibold">{`${title} (${items.length})`}</Text>
      <ul className={styles.list}>{items.map((item) => <li key={item}>{item}</li>)}</ul>
    </section>
  );
}

/** What the consolidation gathered and everything the province office must act on. */
export function ConsolidationSummary({ result, sheets }: { result: Consolidation; sheets: string[] }) {
  const { lang, strings: words } = usePane();
  const strings = words.consolidate;
  const errors = result.issues.filter((i) => i.severity === 'error');
  const marks = unreadableMarks(result);
  const clean = result.missing.length + result.duplicates.length + result.excluded.length + result.unreadable.length + result.unexpected.length + result.blankRows.length + errors.length + marks.length === 0;
  return (
    <>
      <MessageBar intent={sheets.length === 0 ? 'error' : clean ? 'success' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{sheets.length ? strings.gathered(result.communes.length, result.files.length, result.planYear) : strings.nothing}</MessageBarTitle>
          {sheets.length > 0 && strings.written(sheets.join(', '))}
        </MessageBarBody>
      </MessageBar>
      <Section title={strings.missing} items={result.missing} />
      <Section title={strings.duplicates} items={result.duplicates.map((d) => `${d.name}: ${d.sources.map((s) => s.file).join(', ')}`)} />
      <Section title={strings.excluded} items={result.excluded.map((e) => `${e.file}: ${exclusionText(e.reason, lang)}`)} />
      <Section title={strings.unreadable} items={result.unreadable.map((u) => `${u.file}: ${u.reason}`)} />
      <Section title={strings.unexpected} items={result.unexpected} />
      <Section title={strings.blankRows} items={result.blankRows.map((b) => `${b.name} (${b.file})`)} />
      <Section title={strings.marks} items={marks.map((m) => `${m.name} (${m.file} ${m.sheet}!${m.cell}): "${m.value}"`)} />
      <Section title={strings.errors} items={errors.map((i) => `${i.file} ${i.sheet}!${i.cell}: ${messageFor(i, lang)}`)} />
    </>
  );
}
