import type { CatalogReason } from '../catalog/select';
import type { Lang } from '../findings/codes';

/** Says in words why a catalog was chosen. */
export function describeReason(reason: CatalogReason, lang: Lang): string {
  const vi = lang === 'vi';
  switch (reason.kind) {
    case 'option':
      return vi ? `chọn bằng tùy chọn --catalog ${reason.id}` : `chosen with --catalog ${reason.id}`;
    case 'file':
      return vi ? `đọc từ tệp ${reason.file}` : `read from the file ${reason.file}`;
    case 'sheet':
      return vi ? `đọc từ trang "${reason.sheet}" của sổ làm việc` : `read from the workbook's sheet "${reason.sheet}"`;
    case 'year':
      return vi
        ? `theo năm ${reason.year} ghi ở trang "${reason.sheet}" ("${reason.text}")`
        : `from the year ${reason.year} written in sheet "${reason.sheet}" ("${reason.text}")`;
    case 'shape':
      return vi
        ? `theo ${reason.criteria} cột tiêu chí của trang "${reason.sheet}"`
        : `from the ${reason.criteria} criterion columns of sheet "${reason.sheet}"`;
    case 'default':
      return vi ? 'không thấy năm trong tiêu đề: dùng bộ tiêu chí mới nhất' : 'no year in the titles: the newest set';
    case 'advanced':
      return vi
        ? `tiêu đề trang "${reason.sheet}" nói đến nông thôn mới nâng cao ("${reason.text}") mà không ghi năm: dùng bộ tiêu chí nâng cao mới nhất`
        : `the title of sheet "${reason.sheet}" speaks of advanced new rural standards ("${reason.text}") without a year: the newest advanced set`;
  }
}
