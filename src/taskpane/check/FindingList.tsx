import { useState } from 'react';
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../domain/findings/codes';
import { usePane } from '../pane';
import { grouped, suggestionText, type Group, type Shown } from './findings';

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  sheetName: { overflowWrap: 'anywhere', paddingTop: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  item: { display: 'flex', flexDirection: 'column', minWidth: 0, borderRadius: tokens.borderRadiusMedium, borderLeft: `3px solid transparent` },
  current: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Selected },
  main: { display: 'flex', alignItems: 'flex-start', justifyContent: 'flex-start', textAlign: 'left', width: '100%', minWidth: 0, boxSizing: 'border-box', height: 'auto', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, columnGap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  badge: { flexShrink: 0 },
  cell: { fontFamily: tokens.fontFamilyMonospace, flexShrink: 0 },
  message: { minWidth: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalXS },
  suggestion: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  cells: { listStyle: 'none', margin: 0, padding: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export type FindingActions = {
  onGoTo: (finding: Shown) => void;
  onFix?: (findings: Shown[]) => void;
  onIgnore?: (findings: Shown[]) => void;
  /** Keeps the buttons of the findings so that focus can come back to one after "go to". */
  register?: (key: string, element: HTMLElement | null) => void;
  current?: string | null;
  busy?: boolean;
};

const fixable = (f: Shown) => Boolean(f.suggestion?.write);

function Actions({ items, actions }: { items: Shown[]; actions: FindingActions }) {
  const styles = useStyles();
  const { strings, lang } = usePane();
  const first = items[0];
  const several = items.length > 1;
  const suggestion = first.suggestion;
  const canFix = actions.onFix && items.every(fixable);
  if (!suggestion && !actions.onIgnore) return null;
  const write = suggestion?.write;
  const how = write ? (suggestion?.via === 'formula' && write.formula ? strings.fixFormula(write.formula) : strings.fixValue(suggestionText(suggestion!, lang))) : undefined;
  return (
    <div className={styles.actions}>
      {suggestion && !several && <Text size={200} className={styles.suggestion}>{strings.shouldBe(suggestionText(suggestion, lang))}</Text>}
      {canFix && <Button size="small" appearance="primary" disabled={actions.busy} title={how} onClick={() => actions.onFix!(items)}>{several ? strings.fixAll(items.length) : strings.fix}</Button>}
      {actions.onIgnore && <Button size="small" appearance="subtle" disabled={actions.busy} title={strings.ignoreHint} onClick={() => actions.onIgnore!(items)}>{several ? strings.ignoreAll(items.length) : strings.ignore}</Button>}
    </div>
  );
}

function Item({ finding, actions }: { finding: Shown; actions: FindingActions }) {
  const styles = useStyles();
  const { strings } = usePane();
  const { draft, severity, message } = finding;
  return (
    <li className={mergeClasses(styles.item, actions.current === finding.key && styles.current)} aria-current={actions.current === finding.key ? 'true' : undefined}>
      <Button
        appearance="subtle" className={styles.main} ref={(el) => actions.register?.(finding.key, el)}
        onClick={() => actions.onGoTo(finding)} aria-label={`${strings.severity[severity]}: ${strings.goTo(draft.sheet, draft.cell)}. ${message}`}
      >
        <Badge className={styles.badge} appearance="filled" color={COLOR[severity]} shape="rounded">{strings.severity[severity]}</Badge>
        <span className={styles.cell}>{draft.cell}</span>
        <span className={styles.message}>{message}</span>
      </Button>
      <Actions items={[finding]} actions={actions} />
    </li>
  );
}

function GroupItem({ group, actions }: { group: Group; actions: FindingActions }) {
  const styles = useStyles();
  const { strings } = usePane();
  const containsCurrent = group.items.some((f) => f.key === actions.current);
  const [open, setOpen] = useState(false);
  const shown = open || containsCurrent;
  return (
    <li className={mergeClasses(styles.item, containsCurrent && styles.current)}>
      <Button
        appearance="subtle" className={styles.main} aria-expanded={shown} ref={(el) => actions.register?.(`group:${group.key}`, el)}
        onClick={() => setOpen(!shown)} aria-label={`${strings.severity[group.severity]}: ${strings.groupOf(group.items.length)}: ${group.message}`}
      >
        <Badge className={styles.badge} appearance="filled" color={COLOR[group.severity]} shape="rounded">{strings.severity[group.severity]}</Badge>
        <span className={styles.cell}>{strings.groupOf(group.items.length)}</span>
        <span className={styles.message}>{group.message}</span>
      </Button>
      <Actions items={group.items} actions={actions} />
      {shown && (
        <ul className={styles.cells} aria-label={strings.groupOf(group.items.length)}>
          {group.items.map((f) => (
            <li key={f.key}>
              <Button
                size="small" appearance={f.key === actions.current ? 'primary' : 'secondary'} ref={(el) => actions.register?.(f.key, el)}
                aria-current={f.key === actions.current ? 'true' : undefined}
                onClick={() => actions.onGoTo(f)} aria-label={`${strings.severity[f.severity]}: ${strings.goTo(f.draft.sheet, f.draft.cell)}. ${f.message}`}
              >
                {f.draft.cell}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The findings by sheet, alike ones grouped ("50 ô: …"); each goes to its cell, says what to write
 * and offers the fix and "Bỏ qua". `limit` entries at most (the rest behind "Xem thêm").
 */
export function FindingList({ findings, actions, limit = Infinity }: { findings: readonly Shown[]; actions: FindingActions; limit?: number }) {
  const styles = useStyles();
  const { strings } = usePane();
  const groups = grouped(findings);
  const sheets: { name: string; groups: Group[] }[] = [];
  for (const group of groups.slice(0, limit)) {
    const last = sheets[sheets.length - 1];
    if (last?.name === group.sheet) last.groups.push(group);
    else sheets.push({ name: group.sheet, groups: [group] });
  }
  return (
    <>
      {sheets.map((sheet) => (
        <section key={sheet.name} className={styles.sheet} aria-label={sheet.name}>
          <Text weight="semibold" className={styles.sheetName}>{strings.onSheet(sheet.name, findings.filter((f) => f.draft.sheet === sheet.name).length)}</Text>
          <ul className={styles.list} aria-label={sheet.name}>
            {sheet.groups.map((group) => (group.items.length === 1
              ? <Item key={group.key} finding={group.items[0]} actions={actions} />
              : <GroupItem key={group.key} group={group} actions={actions} />))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** How many entries the list shows for this many findings (groups count once). */
export const entries = (findings: readonly Shown[]) => grouped(findings).length;
