import type { Lang } from '../domain/findings/codes';
import { FORMAT_NAMES, type FileFormat } from '../hosts/xlsx/formats';

/** The line a writer prints when its input was not an .xlsx: what it read, and that it wrote an .xlsx. */
export function convertedNote(format: FileFormat, output: string, lang: Lang): string {
  return lang === 'vi'
    ? `Đã đọc tệp ${FORMAT_NAMES[format]}; kết quả ghi dạng .xlsx vào ${output} (tệp gốc giữ nguyên).`
    : `Read a ${FORMAT_NAMES[format]} file; the result is written as .xlsx to ${output} (the original is left as it was).`;
}
