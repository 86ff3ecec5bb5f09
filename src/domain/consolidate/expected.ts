import { fold } from '../text/fold';

// A heading line of a list, not a commune: "STT", "Tên xã", "Danh sách xã", "Danh sách các xã năm 2027", "Đơn vị".
const HEADING = /^(stt|tt|so tt|ten xa|ten don vi|xa|xa phuong|don vi|cac xa|danh sach\b.*)$/;

/**
 * The communes a typed list names, one per line (or separated by ";"): numbering ("1.", "2)"), a
 * number column before a tab and heading lines ("STT", "Tên xã", "Danh sách xã …") left out. The
 * command line's --communes-file and the pane's box read lists here.
 *
 * @example
 * communesListed('Danh sách xã\n1. Xã Bản Lầu\n2. Nà Pàn') // ['Xã Bản Lầu', 'Nà Pàn']
 */
export function communesListed(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/[\r\n;]+/)
    .map((line) => line.split('\t').filter((f) => f.trim() && !/^\s*\d+[.)]?\s*$/.test(f)).pop() ?? '')
    .map((line) => line.replace(/^\s*\d+[.)]\s*/, '').trim())
    .filter((line) => line && !HEADING.test(fold(line.replace(/:$/, ''))));
}
