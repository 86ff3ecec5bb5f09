import type { DistributionGroup } from '../catalog/schema';

/** Labels of the cells and blocks the fill adds (Vietnamese, as the plans write them). */
export const FILL_LABELS = {
  communeBaseline: 'Số TC đã đạt',
  communePlanned: (year?: number) => `Số TC phấn đấu${year ? ` ${year}` : ''}`,
  communeEnd: 'Số TC cuối năm',
  communeGroup: 'Nhóm TC',
  criterionBaseline: 'Tổng số xã đã đạt',
  criterionPlanned: (year?: number) => `Tổng số xã phấn đấu${year ? ` năm ${year}` : ''}`,
  criterionEnd: 'Tổng số xã đạt cuối năm',
  criterionPercent: 'Tỷ lệ xã đạt cuối năm (%)',
  communes: 'Tổng số xã',
  average: 'Bình quân tiêu chí/xã cuối năm',
  group: (group: DistributionGroup) => `Số xã đạt ${group.label} tiêu chí`,
  share: 'Tỷ lệ (%)',
  total: 'Tổng cộng',
  criterionPercentMet: 'Tỷ lệ xã đạt (%)',
  averageMet: 'Bình quân tiêu chí/xã',
};
