import type { Analysis } from '../analysis/types';
import { viewsOf } from '../analysis/select';
import { responsibilityOf } from '../analysis/leads';
import { agencyKey } from '../text/agencies';
import { fold, hasAnyWords } from '../text/fold';

/** The agencies that lead a criterion of the chosen set, or any of its indicators, in order (whatever the form of the responsibility table). */
export function leadsOfCriterion(context: Analysis, number: number): string[] {
  const agencies: string[] = [];
  for (const lead of responsibilityOf(context).leads) {
    if (lead.number !== number || agencies.some((a) => agencyKey(a) === agencyKey(lead.agency))) continue;
    agencies.push(lead.agency);
  }
  return agencies;
}

/** The agencies that lead a village set (rows whose set names thôn, xóm or bản), optionally the model one. */
export function leadsOfVillages(context: Analysis, model: boolean): string[] {
  const agencies: string[] = [];
  for (const { model: sheet } of viewsOf(context, 'responsibility')) {
    for (const row of sheet.rows) {
      const set = fold(row.set);
      if (!hasAnyWords(set, ['thon', 'xom', 'ban', 'khu dan cu']) || hasAnyWords(set, ['kieu mau']) !== model) continue;
      if (!agencies.some((a) => agencyKey(a) === agencyKey(row.agency))) agencies.push(row.agency);
    }
  }
  return agencies;
}
