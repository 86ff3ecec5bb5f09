/**
 * The expected communes as offices type the list (the command line's --communes-file and the pane's
 * box read it the same way): numbering, a number column, heading lines. 26j's probe: a list opening
 * with "Danh sách xã" gave a commune "Danh sách xã", reported missing.
 */
import { communesListed } from '../../src/domain/consolidate/expected';

describe('communesListed', () => {
  const WANT = ['Xã Bản Lầu', 'Nà Pàn', 'Đặc khu Lý Sơn'];
  test.each([
    ['one per line', 'Xã Bản Lầu\nNà Pàn\nĐặc khu Lý Sơn\n'],
    ['numbered, under "Danh sách xã"', 'Danh sách xã\n1. Xã Bản Lầu\n2. Nà Pàn\n3) Đặc khu Lý Sơn'],
    ['under "DANH SÁCH CÁC XÃ NĂM 2027:" in NFD, CRLF', 'DANH SÁCH CÁC XÃ NĂM 2027:\r\n1. Xã Bản Lầu\r\n2. Nà Pàn\r\n3. Đặc khu Lý Sơn'.normalize('NFD')],
    ['a copied table: "STT<tab>Tên xã"', 'STT\tTên xã\n1\tXã Bản Lầu\n2\tNà Pàn\n3\tĐặc khu Lý Sơn'],
    ['separated by ";"', 'Xã Bản Lầu; Nà Pàn; Đặc khu Lý Sơn'],
  ])('%s', (_name, text) => {
    expect(communesListed(text).map((n) => n.normalize('NFC'))).toEqual(WANT);
  });
});
