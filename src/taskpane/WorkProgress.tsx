import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkState } from './useWork';
import { useContext } from 'react';
import { PaneContext } from './pane';
import type { Strings } from './strings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  line: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Where a long piece of work is: its step, a bar (a percentage where it is known), and "Dừng". */
export function WorkProgress({ state, onCancel, strings: given }: { state: WorkState; onCancel?: () => void; strings?: Strings }) {
  const styles = useStyles();
  const pane = useContext(PaneContext);
  const strings = given ?? pane!.strings;
  const known = state.total > 0;
  const share = known ? Math.min(1, state.done / state.total) : undefined;
  return (
    <div className={styles.box} role="status" aria-live="polite">
      <div className={styles.line}>
        <Text>{strings.steps[state.step]}{share !== undefined ? ` ${strings.percentDone(Math.round(share * 100))}` : ''}</Text>
        {onCancel && <Button size="small" onClick={onCancel}>{strings.cancel}</Button>}
      </div>
      <ProgressBar value={share} aria-label={strings.steps[state.step]} />
    </div>
  );
}
