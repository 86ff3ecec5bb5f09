import type { Grid } from '../sheet/grid';
import { parseCodeList } from '../text/codes';
import { startsWithWords } from '../text/fold';
import { headerCandidates, headerLabels } from '../table/header';
import { assignRoles, type RoleRule } from './roles';
import { mayWin, type RecognizeContext, type Recognizer } from './context';
import type { ResponsibilityModel, ResponsibilityRow } from './models';

type ResponsibilityRole = 'set' | 'agency' | 'codes';

const RULES: RoleRule<ResponsibilityRole>[] = [
  { role: 'set', phrases: ['bo tieu chi', 'bo tc', 'loai xa', 'cap do', 'doi tuong', 'loai'] },
  { role: 'agency', phrases: ['co quan', 'phong ban', 'don vi', 'phong', 'co quan chu tri', 'don vi phu trach', 'ten co quan'], unless: ['tieu chi', 'chi tieu'] },
  { role: 'codes', phrases: ['tieu chi', 'chi tieu', 'ma tieu chi', 'ma chi tieu', 'ma'] },
];

function readRows(grid: Grid, cols: ResponsibilityModel['cols'], headerBottom: number): ResponsibilityRow[] {
  const rows: ResponsibilityRow[] = [];
  let agency = '';
  let set = '';
  for (let row = headerBottom + 1; row <= grid.bottom; row++) {
    const agencyText = grid.raw(row, cols.agency).trim();
    if (agencyText) agency = agencyText;
    if (cols.set !== undefined && grid.raw(row, cols.set).trim()) set = grid.raw(row, cols.set).trim();
    const codes = parseCodeList(grid.value(row, cols.codes));
    if (!codes.length || !agency) continue;
    rows.push({ row, agency, codes, set });
  }
  return rows;
}

function recognizeResponsibility(grid: Grid, context: RecognizeContext) {
  let best: { model: ResponsibilityModel; score: number } | null = null;
  for (const header of headerCandidates(grid, context.planYear)) {
    const labels = new Map(headerLabels(header));
    for (const [col, label] of labels) {
      if (startsWithWords(label, ['co quan', 'don vi', 'phong'])) labels.set(col, `co quan ${label}`);
    }
    const roles = assignRoles(labels, RULES);
    const agency = roles.get('agency')?.[0];
    const codes = roles.get('codes')?.[0];
    if (agency === undefined || codes === undefined) continue;
    const cols = { agency, codes, set: roles.get('set')?.[0] };
    if (!mayWin(grid, header.bottom, 15 + (cols.set !== undefined ? 5 : 0), context, best)) continue;
    const rows = readRows(grid, cols, header.bottom);
    if (rows.length < 2) continue;
    const score = 15 + rows.length + (cols.set !== undefined ? 5 : 0);
    if (!best || score > best.score) best = { score, model: { kind: 'responsibility', header: { top: header.top, bottom: header.bottom }, cols, rows } };
  }
  return best;
}

export const responsibilityRecognizer: Recognizer = { kind: 'responsibility', recognize: recognizeResponsibility };
