import { useContext } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/findings/codes';
import { failureOf } from '../hosts/excel/failures';
import { failureText } from '../hosts/excel/failureMessages';
import { isCancelled } from './engine/types';
import { PaneContext } from './pane';
import { stringsFor } from './strings';

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  raw: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-wrap' },
  text: { overflowWrap: 'anywhere' },
});

/**
 * What went wrong, in the pane's words: the action that failed (title), what happened and what to do
 * (from the failure map, in the pane's language, worded when shown), and Excel's own code and message
 * in a "Chi tiết" disclosure. `error` is what the action threw (an Excel error, the add-in's own
 * refusal, or another error); the language is the pane's unless given.
 */
export function FailedMessage({ title, error, lang: given }: { title: string; error: unknown; lang?: Lang }) {
  const styles = useStyles();
  const pane = useContext(PaneContext);
  const lang = given ?? pane?.lang ?? 'vi';
  const strings = pane && pane.lang === lang ? pane.strings : stringsFor(lang, pane?.mode);
  if (isCancelled(error)) {
    return <MessageBar intent="info"><MessageBarBody>{strings.cancelled}</MessageBarBody></MessageBar>;
  }
  const failure = failureOf(error);
  const { what, todo } = failureText(failure, lang);
  const details = failure.code !== 'other' && failure.raw ? `${failure.excelCode ? `${failure.excelCode}: ` : ''}${failure.raw}` : undefined;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <Text block className={styles.text}>{what}</Text>
        <Text block className={styles.text}>{todo}</Text>
        {details && (
          <details className={styles.details}>
            <summary>{strings.rawDetails}</summary>
            <span className={styles.raw}>{details}</span>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
