/** The sheets the add-in generates, and the defined names that mark them as its own. */
export const GENERATED = {
  appendix: { definedName: 'NTM_PLAN_PHU_LUC', title: 'Phụ lục' },
  matrix: { definedName: 'NTM_PLAN_MA_TRAN', title: 'Ma trận phụ trách' },
  chart: { definedName: 'NTM_PLAN_BIEU_DO', title: 'Biểu đồ tiêu chí' },
} as const;

export type GeneratedKind = keyof typeof GENERATED;
