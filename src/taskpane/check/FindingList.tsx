import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../../domain/engine';
import { READ_CODES, type Finding, type Severity } from '../../domain/findings/codes';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  finding: { display: 'flex', alignItems: 'flex-start', justifyContent: 'flex-start', textAlign: 'left', width: '100%', boxSizing: 'border-box', minWidth: 0, height: 'auto', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, columnGap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0 },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em' },
  message: { fontWeight: tokens.fontWeightRegular, minWidth: 0, overflowWrap: 'anywhere' },
});

const ORDER: Severity[] = ['error', 'warning', 'info'];
const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export type FindingListProps = { report: CheckReport; strings: Strings; onSelect: (finding: Finding) => void };

/** The findings, by sheet then severity; each one takes the user to its cell. */
export function FindingList({ report, strings, onSelect }: FindingListProps) {
  const styles = useStyles();
  // What was understood of a table is shown with its sheet in the summary, not as a finding to act on.
  const listed = report.issues.filter((issue) => !READ_CODES.includes(issue.code));
  const sheets = report.sheets.filter((sheet) => listed.some((issue) => issue.sheet === sheet.name));
  return (
    <Accordion multiple collapsible defaultOpenItems={sheets.map((sheet) => sheet.name)}>
      {sheets.map((sheet) => {
        const issues = listed.filter((issue) => issue.sheet === sheet.name);
        return (
          <AccordionItem key={sheet.name} value={sheet.name}>
            <AccordionHeader>
              {sheet.name} ({issues.length})
            </AccordionHeader>
            <AccordionPanel>
              <ul aria-label={sheet.name} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {ORDER.flatMap((severity) =>
                  issues.filter((issue) => issue.severity === severity).map((issue, i) => (
                    <li key={`${severity}-${issue.cell}-${issue.code}-${i}`}>
                      <Button appearance="subtle" className={styles.finding} onClick={() => onSelect(issue)} aria-label={`${strings.severity[severity]}: ${strings.goTo(issue.sheet, issue.cell)}. ${issue.message}`}>
                        <Badge className={styles.badge} appearance="filled" color={COLOR[severity]} size="medium" shape="rounded">{strings.severity[severity]}</Badge>
                        <span className={styles.cell}>{issue.cell}</span>
                        <span className={styles.message}>{issue.message}</span>
                      </Button>
                    </li>
                  )),
                )}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
