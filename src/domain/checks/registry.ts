import type { Check } from './context';
import { formulaErrorsCheck } from './formulaErrors';
import { targetsArithmeticCheck } from './targetsArithmetic';
import { targetsSharesCheck } from './targetsShares';
import { targetsCriteriaCheck } from './targetsCriteria';
import { distributionCheck } from './distribution';
import { assignmentColumnsCheck } from './assignmentColumns';
import { assignmentMarksCheck } from './assignmentMarks';
import { assignmentCommunesCheck } from './assignmentCommunes';
import { assignmentTotalsCheck } from './assignmentTotals';
import { assignmentSummariesCheck } from './assignmentSummaries';
import { assignmentVillagesCheck } from './assignmentVillages';
import { assignmentGoalsCheck } from './assignmentGoals';
import { fundingSumsCheck } from './fundingSums';
import { fundingSharesCheck } from './fundingShares';
import { fundingMissingCheck } from './fundingMissing';
import { tasksTimelineCheck } from './tasksTimeline';
import { tasksMissingCheck } from './tasksMissing';
import { responsibilityLeadsCheck } from './responsibilityLeads';
import { responsibilityCoverageCheck } from './responsibilityCoverage';
import { tableRelationsCheck } from './tableRelations';
import { tasksFundsCheck } from './tasksFunds';
import { sheetReadCheck } from './sheetRead';
import { tableResponsibilityCheck } from './tableResponsibility';
import { matrixResponsibilityCheck } from './matrixResponsibility';
import { selfAssessmentCheck } from './selfAssessment';
import { tableMarksCheck } from './tableMarks';
import { communeGroupsCheck } from './communeGroups';
import { indicatorThresholdsCheck } from './indicatorThresholds';
import { assignmentMergedCheck } from './assignmentMerged';
import { unreadTablesCheck } from './unreadTables';
import { assignmentGroupsCheck } from './assignmentGroups';
import { communeSheetCheck } from './communeSheet';
import { statedThresholdsCheck } from './statedThresholds';
import { assignmentSharesCheck } from './assignmentShares';

/** Every check, run in this order. Adding a check is adding a file and a line here. */
export const CHECKS: readonly Check[] = [
  formulaErrorsCheck,
  targetsCriteriaCheck,
  targetsArithmeticCheck,
  targetsSharesCheck,
  distributionCheck,
  assignmentColumnsCheck,
  assignmentMarksCheck,
  assignmentCommunesCheck,
  assignmentTotalsCheck,
  assignmentSummariesCheck,
  assignmentVillagesCheck,
  assignmentGoalsCheck,
  fundingSumsCheck,
  fundingSharesCheck,
  fundingMissingCheck,
  tasksTimelineCheck,
  tasksMissingCheck,
  responsibilityLeadsCheck,
  responsibilityCoverageCheck,
  tableRelationsCheck,
  sheetReadCheck,
  tableResponsibilityCheck,
  matrixResponsibilityCheck,
  selfAssessmentCheck,
  tableMarksCheck,
  communeGroupsCheck,
  indicatorThresholdsCheck,
  assignmentMergedCheck,
  assignmentGroupsCheck,
  unreadTablesCheck,
  communeSheetCheck,
  statedThresholdsCheck,
  assignmentSharesCheck,
  tasksFundsCheck,
];
