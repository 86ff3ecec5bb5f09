import type { Analysis } from '../analysis/types';
import { viewsOf } from '../analysis/select';
import { sectionFromAssignment } from './fromAssignment';
import { sectionsFromTasks } from './fromTasks';
import { expandAbbreviations } from './abbreviations';
import { roman } from './roman';
import { issuerName, planFacts } from '../plantext/planFacts';
import type { Appendix, AppendixOptions, AppendixSection } from './types';

export const APPENDIX_TITLE = 'Phụ lục: Nội dung công việc, tiến độ thời gian, trách nhiệm thực hiện';

/**
 * The "(Kèm theo Kế hoạch số …/KH-UBND ngày … của UBND …)" line, blanks left where the number or
 * date is not given, as plans print it before they are signed; the issuing body as the workbook
 * names it ("của UBND tỉnh Lạng Sơn", or "của UBND tỉnh" when only the level is known).
 *
 * @example
 * attachedTo({ planNumber: '46', planDate: '22/02/2019' }, 'UBND tỉnh Lạng Sơn') === '(Kèm theo Kế hoạch số 46/KH-UBND ngày 22/02/2019 của UBND tỉnh Lạng Sơn)'
 */
export function attachedTo(options: AppendixOptions, issuer?: string): string {
  const number = options.planNumber?.trim();
  const ref = number ? (number.includes('/') ? number : `${number}/KH-UBND`) : '      /KH-UBND';
  return `(Kèm theo Kế hoạch số ${ref} ngày ${options.planDate?.trim() || '      '}${issuer ? ` của ${issuer}` : ''})`;
}

/**
 * Builds the responsibility appendix as data: the task sheets' sections in first-appearance
 * order, then the rows derived from the assignment sheet; sections numbered I, II, III …, tasks
 * 1, 2, 3 … restarting in each section.
 */
export function buildAppendix(analysis: Analysis, options: AppendixOptions = {}): Appendix {
  const context: Analysis = analysis;
  const warnings: Appendix['warnings'] = [];
  const sections: AppendixSection[] = [];
  for (const { grid, model } of viewsOf(context, 'tasks')) sections.push(...sectionsFromTasks(grid, model, warnings));
  for (const { view } of viewsOf(context, 'assignment')) {
    const derived = sectionFromAssignment(context, view, options, warnings);
    if (derived) sections.push(derived);
  }
  const expand = options.abbreviations === 'expand' ? expandAbbreviations : (text: string) => text;
  const numbered = sections.filter((s) => s.rows.length > 0 || s.title).map((section, i) => ({
    ...section,
    tt: roman(i + 1),
    rows: section.rows.map((row, k) => ({ ...row, tt: String(k + 1), directing: expand(row.directing), implementing: expand(row.implementing), coordinating: expand(row.coordinating) })),
  }));
  return { title: APPENDIX_TITLE, subtitle: attachedTo(options, issuerName(planFacts(analysis).issuer)), sections: numbered, warnings };
}
