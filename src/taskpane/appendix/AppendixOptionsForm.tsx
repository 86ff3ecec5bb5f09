import { Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { AppendixOptions } from '../../domain/appendix/types';
import type { Strings } from '../strings';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS } });

export type AppendixOptionsFormProps = { value: AppendixOptions; onChange: (value: AppendixOptions) => void; strings: Strings };

/** The appendix's options: plan number and date, who directs, the deadline, abbreviations. */
export function AppendixOptionsForm({ value, onChange, strings }: AppendixOptionsFormProps) {
  const styles = useStyles();
  const set = (key: keyof AppendixOptions) => (_: unknown, data: { value: string }) => onChange({ ...value, [key]: data.value || undefined });
  return (
    <div className={styles.form}>
      <Field label={strings.planNumber}><Input value={value.planNumber ?? ''} onChange={set('planNumber')} placeholder="46/KH-UBND" /></Field>
      <Field label={strings.planDate}><Input value={value.planDate ?? ''} onChange={set('planDate')} placeholder="22/02/2026" /></Field>
      <Field label={strings.directing}><Input value={value.directing ?? ''} onChange={set('directing')} placeholder="BCĐ tỉnh" /></Field>
      <Field label={strings.deadline}><Input value={value.deadline ?? ''} onChange={set('deadline')} placeholder="Năm 2026" /></Field>
      <Switch checked={value.abbreviations === 'expand'} onChange={(_, data) => onChange({ ...value, abbreviations: data.checked ? 'expand' : 'keep' })} label={strings.expand} />
    </div>
  );
}
