import { fold } from './fold';

/** Abbreviations of agencies and their expansions (from the plans' own usage). */
export const AGENCY_ABBREVIATIONS: readonly [string, string][] = [
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BQL', 'Ban Quản lý'],
  ['VPĐP', 'Văn phòng Điều phối nông thôn mới'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['TC-KH', 'Tài chính - Kế hoạch'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['VH-TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VH-TT', 'Văn hóa - Thông tin'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['KT&HT', 'Kinh tế và Hạ tầng'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['CHQS', 'Chỉ huy Quân sự'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['LHPN', 'Liên hiệp Phụ nữ'],
  ['HTX', 'hợp tác xã'],
  ['PTNT', 'Phát triển nông thôn'],
];

const FOLDED = AGENCY_ABBREVIATIONS.map(([short, long]) => [fold(short), fold(long)] as const).sort((a, b) => b[1].length - a[1].length);

/**
 * A key under which one agency written many ways compares equal: folded, expansions turned
 * into their abbreviations.
 *
 * @example
 * agencyKey('Phòng Nông nghiệp và PTNT') === agencyKey('Phòng NN&PTNT')
 */
export function agencyKey(name: unknown): string {
  let key = ` ${fold(name)} `;
  for (const [short, long] of FOLDED) key = key.split(` ${long} `).join(` ${short} `);
  key = key.replace(/ nong nghiep va ptnt /g, ' nn ptnt ').replace(/ van phong ubnd (va|&) hdnd /g, ' van phong hdnd va ubnd ');
  return key.trim();
}
