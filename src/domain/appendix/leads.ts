import type { CheckContext } from '../checks/context';
import { sheetsOf } from '../checks/context';
import { rowsBySet } from '../checks/responsibilitySets';
import { agencyKey } from '../text/agencies';
import { fold, hasAnyWords } from '../text/fold';

/** The agencies that lead a criterion of the chosen set, or any of its indicators, in order. */
export function leadsOfCriterion(context: CheckContext, number: number): string[] {
  const agencies: string[] = [];
  for (const { model } of sheetsOf(context, 'responsibility')) {
    for (const { catalog, rows } of rowsBySet(model, context)) {
      if (catalog?.id !== context.catalog.id) continue;
      for (const row of rows) {
        if (!row.codes.some((ref) => ref.number === number)) continue;
        if (!agencies.some((a) => agencyKey(a) === agencyKey(row.agency))) agencies.push(row.agency);
      }
    }
  }
  return agencies;
}

/** The agencies that lead a village set (rows whose set names thôn, xóm or bản), optionally the model one. */
export function leadsOfVillages(context: CheckContext, model: boolean): string[] {
  const agencies: string[] = [];
  for (const { model: sheet } of sheetsOf(context, 'responsibility')) {
    for (const row of sheet.rows) {
      const set = fold(row.set);
      if (!hasAnyWords(set, ['thon', 'xom', 'ban', 'khu dan cu']) || hasAnyWords(set, ['kieu mau']) !== model) continue;
      if (!agencies.some((a) => agencyKey(a) === agencyKey(row.agency))) agencies.push(row.agency);
    }
  }
  return agencies;
}
