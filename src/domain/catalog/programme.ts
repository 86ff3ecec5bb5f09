/**
 * The name of the national programme a plan of a year belongs to: from 2026 the merged programme
 * (Nghị quyết 257/2025/QH15), before it the NTM programme of the period.
 *
 * @example
 * programmeName(2027) // 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững … giai đoạn 2026 - 2035'
 */
export function programmeName(year: number): string {
  if (year >= 2026) return 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035';
  const [from, to] = year >= 2021 ? [2021, 2025] : year >= 2016 ? [2016, 2020] : [2010, 2020];
  return `Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn ${from} - ${to}`;
}
