/**
 * The parts of a zip (an .xlsx) read with the platform's own inflater where it has one
 * (`DecompressionStream`, in browsers, workers and Node 18+), several times faster than a JavaScript
 * inflater on a large sheet. Only plain zips: anything else (zip64, encryption, another method) is
 * null, and the caller uses JSZip.
 */
export type ZipPart = { name: string; method: number; offset: number; compressedSize: number; size: number };

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The parts a zip's central directory lists, by name; null when it is not a plain zip this reader handles. */
export function zipParts(bytes: Uint8Array): Map<string, ZipPart> | null {
  if (typeof DecompressionStream === 'undefined' || bytes.length < 22) return null;
  const data = view(bytes);
  // The end of central directory record: within the last 64 kB (its comment) of the file.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (data.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return null;
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null;
  const parts = new Map<string, ZipPart>();
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== 0x02014b50) return null;
    const flags = data.getUint16(at + 8, true);
    const method = data.getUint16(at + 10, true);
    const compressedSize = data.getUint32(at + 20, true);
    const size = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const local = data.getUint32(at + 42, true);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff || local === 0xffffffff) return null;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || data.getUint32(local, true) !== 0x04034b50) return null;
    const offset = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
    if (offset + compressedSize > bytes.length) return null;
    parts.set(name, { name, method, offset, compressedSize, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** A part's bytes, inflated by the platform. */
export async function partBytes(bytes: Uint8Array, part: ZipPart): Promise<Uint8Array> {
  const raw = bytes.subarray(part.offset, part.offset + part.compressedSize);
  if (part.method === 0) return raw;
  const stream = new Blob([raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
