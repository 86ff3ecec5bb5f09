import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { READ_CODES } from '../../domain/findings/codes';
import { messageFor } from '../../domain/findings/messages';
import { describeReason } from '../../domain/report/reason';
import type { CheckData } from '../engine/types';
import { usePane } from '../pane';
import { catalogName } from '../words';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  understood: { display: 'block', margin: 0, color: tokens.colorNeutralForeground3 },
});

/** How the workbook was read: the criteria set and why, each sheet, what was understood of its tables. */
export function ReadDetails({ data }: { data: CheckData }) {
  const styles = useStyles();
  const { strings, lang } = usePane();
  return (
    <div className={styles.block}>
      <Text weight="semibold">{strings.catalog}</Text>
      <Text>{catalogName(data.catalog, lang)}. {strings.catalogWhy(describeReason(data.reason, lang))}</Text>
      <Text weight="semibold">{strings.sheets}</Text>
      <ul className={styles.list}>
        {data.sheets.map((sheet) => (
          <li key={sheet.name}>
            <Text>{strings.sheetLine(sheet.name, strings.kinds[sheet.kind], sheet.cells)}</Text>
            {data.drafts.filter((d) => d.sheet === sheet.name && READ_CODES.includes(d.code)).map((read) => (
              <Text as="p" size={200} className={styles.understood} key={`${read.code}-${read.cell}`}>{read.cell}: {messageFor(read, lang)}</Text>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
