import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/findings/codes';
import { failureOf } from '../hosts/excel/failures';
import { failureText } from '../hosts/excel/failureMessages';
import { EXCEL_STRINGS } from './excelStrings';

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  raw: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-wrap' },
});

/**
 * What went wrong, in the pane's words: the action that failed (title), what happened and what to do
 * (from the failure map, in the pane's language), and Excel's own code and message in a "Chi tiết"
 * disclosure. `error` is what the action threw (an Excel error, the add-in's own refusal, or a text).
 */
export function FailedMessage({ title, error, lang }: { title: string; error: unknown; lang: Lang }) {
  const styles = useStyles();
  const failure = failureOf(error);
  const { what, todo } = failureText(failure, lang);
  const details = failure.code !== 'other' && failure.raw ? `${failure.excelCode ? `${failure.excelCode}: ` : ''}${failure.raw}` : undefined;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <Text block>{what}</Text>
        <Text block>{todo}</Text>
        {details && (
          <details className={styles.details}>
            <summary>{EXCEL_STRINGS[lang].details}</summary>
            <span className={styles.raw}>{details}</span>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
