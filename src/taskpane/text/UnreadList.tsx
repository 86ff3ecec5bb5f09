import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Unread } from '../../domain/plantext/check';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  quote: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

/** The sentences with figures the check could not read, and tables no reader recognised: each with its line, for a person to check. */
export function UnreadList({ unread, strings }: { unread: readonly Unread[]; strings: Strings }) {
  const styles = useStyles();
  return (
    <section aria-label={strings.text.unread}>
      <Text weight="semibold">{strings.text.unread}</Text>
      <ul className={styles.list}>
        {unread.map((u) => (
          <li key={`${u.line}-${u.kind}`} className={styles.item}>
            <Text weight="semibold">{strings.text.line(u.line)}</Text>
            <Text className={styles.quote}>“{u.quote}”</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
