import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../../domain/engine';
import { READ_CODES } from '../../domain/findings/codes';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  understood: { display: 'block', margin: 0, color: tokens.colorNeutralForeground3 },
});

/** What was checked: the criteria set and why, the sheets and their kinds (and what was understood of each table), the counts. */
export function ReportSummary({ report, strings }: { report: CheckReport; strings: Strings }) {
  const styles = useStyles();
  const { errors, warnings, infos } = report.stats;
  const intent = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'success';
  return (
    <div className={styles.block}>
      <MessageBar intent={intent}>
        <MessageBarBody>
          <MessageBarTitle>{strings.summary(errors, warnings, infos)}</MessageBarTitle>
          {errors + warnings + infos === 0 ? strings.noIssues : null}
        </MessageBarBody>
      </MessageBar>
      <Text weight="semibold">{strings.catalog}</Text>
      <Text>{report.catalog.title} ({report.catalog.reason})</Text>
      <Text weight="semibold">{strings.sheets}</Text>
      <ul className={styles.list}>
        {report.sheets.map((sheet) => (
          <li key={sheet.name}>
            <Text>{sheet.name}: {strings.kinds[sheet.kind]}</Text>
            {report.issues.filter((issue) => issue.sheet === sheet.name && READ_CODES.includes(issue.code)).map((read) => (
              <Text as="p" size={200} className={styles.understood} key={read.cell}>{read.cell}: {read.message}</Text>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
