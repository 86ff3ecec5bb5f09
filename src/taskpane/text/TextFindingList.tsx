import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TextFinding } from '../../domain/plantext/findings';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  quote: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  fix: { color: tokens.colorPaletteGreenForeground1 },
});

/** The findings of a plan's text: line, message, the sentence quoted and its corrected wording. */
export function TextFindingList({ issues, strings }: { issues: readonly TextFinding[]; strings: Strings }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={strings.text.findings}>
      {issues.map((issue, i) => (
        <li key={`${issue.line}-${issue.code}-${i}`} className={styles.item}>
          <span className={styles.head}>
            <Badge appearance="filled" color={issue.severity === 'error' ? 'danger' : 'warning'} shape="rounded">{strings.severity[issue.severity]}</Badge>
            <Text weight="semibold">{strings.text.line(issue.line)}</Text>
          </span>
          <Text>{issue.message}</Text>
          <Text className={styles.quote}>“{issue.quote}”</Text>
          {typeof issue.params.corrected === 'string' && <Text className={styles.fix}>{strings.text.corrected(issue.params.corrected)}</Text>}
        </li>
      ))}
    </ul>
  );
}
