/**
 * The communes a merged commune was formed from, as a cell states them: "xã An Lạc, xã Bình Hòa",
 * "Sáp nhập xã A và xã B", "A + B + C", "Hình thành từ: thị trấn X; xã Y". Names keep their typing,
 * without the "xã/phường/thị trấn" prefix; an empty list for a blank.
 *
 * @example
 * formerCommunes('Sáp nhập xã An Lạc, xã Bình Hòa và thị trấn Đông Khê') // ['An Lạc', 'Bình Hòa', 'Đông Khê']
 */
export function formerCommunes(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const text = String(value).normalize('NFC').replace(/^\s*(hình thành từ|sáp nhập từ|sáp nhập|hợp nhất|trên cơ sở)\s*(các\s+)?(xã|đơn vị)?\s*:?\s*/iu, '').trim();
  if (!text || /^[-–—]+$/.test(text)) return [];
  return text
    .split(/\s*(?:[,;+\n]|\svà\s|\s-\s)\s*/u)
    .map((part) => part.replace(/^(toàn bộ|một phần|phần còn lại của)\s+/iu, '').replace(/^(xã|phường|thị trấn|tt\.?)\s+/iu, '').replace(/[.()]+$/u, '').trim())
    .filter((part) => part !== '');
}
