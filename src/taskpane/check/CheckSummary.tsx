import { forwardRef } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { usePane } from '../pane';
import type { CheckData } from '../engine/types';
import { counts, type Shown } from './findings';

/** One line: what the check found (ignored ones apart), in how many sheets and cells. */
export const CheckSummary = forwardRef<HTMLDivElement, { data: CheckData; active: readonly Shown[]; ignored: number }>(function CheckSummary({ data, active, ignored }, ref) {
  const { strings } = usePane();
  const { severity } = counts(active);
  const cells = data.sheets.reduce((t, s) => t + s.cells, 0);
  const intent = severity.error > 0 ? 'error' : severity.warning > 0 ? 'warning' : 'success';
  return (
    <div ref={ref} tabIndex={-1} data-testid="check-summary" style={{ outline: 'none' }}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.summary(severity.error, severity.warning, severity.info)}</MessageBarTitle>
          {strings.summaryDetail(data.sheets.length, cells)}{ignored > 0 ? ` · ${strings.ignoredCount(ignored)}` : ''}
          {active.length === 0 ? ` · ${strings.noIssues}` : null}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
});
