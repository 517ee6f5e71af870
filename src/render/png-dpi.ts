/**
 * Records a PNG's resolution in a pHYs chunk, so that page-layout software
 * places a print export at the size it was made for (browsers' encoders
 * write none, and a PNG without one is read as 72 or 96 dpi). The chunk goes
 * before the first IDAT, as the PNG specification requires; one already
 * there is replaced.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | undefined;

/** CRC-32 (ISO 3309, the PNG chunks' checksum) of these bytes. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Pixels per metre at `dpi` dots per inch, rounded as PNG stores it: 300 dpi is 11,811. */
export function pixelsPerMetre(dpi: number): number {
  return Math.round(dpi / 0.0254);
}

/** A pHYs chunk: length, type, pixels per metre on x and y, unit (1: metre), CRC. */
function physChunk(perMetre: number): Uint8Array {
  const chunk = new Uint8Array(4 + 4 + 9 + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1;
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  return chunk;
}

/** The chunks of a PNG: where each starts, its type and its whole length (with header and CRC). */
export function pngChunks(png: Uint8Array): { type: string; start: number; size: number }[] {
  if (png.length < 8 || SIGNATURE.some((byte, i) => png[i] !== byte)) {
    throw new Error('Not a PNG image: its first eight bytes are not the PNG signature.');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; start: number; size: number }[] = [];
  for (let at = 8; at + 8 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const size = 12 + length;
    if (at + size > png.length)
      throw new Error(`The PNG's ${type} chunk at byte ${at} is cut short.`);
    chunks.push({ type, start: at, size });
    at += size;
  }
  return chunks;
}

/** The PNG with a pHYs chunk saying `dpi`, before its first IDAT (any pHYs it had is dropped). */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  const chunks = pngChunks(png);
  const idat = chunks.findIndex((chunk) => chunk.type === 'IDAT');
  if (idat < 0) throw new Error('The PNG has no image data (no IDAT chunk).');
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  chunks.forEach((chunk, i) => {
    if (i === idat) parts.push(physChunk(pixelsPerMetre(dpi)));
    if (chunk.type !== 'pHYs') parts.push(png.subarray(chunk.start, chunk.start + chunk.size));
  });
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The resolution a PNG's pHYs chunk records, in pixels per metre, or undefined without one. */
export function readDpiChunk(png: Uint8Array): { x: number; y: number; unit: number } | undefined {
  const chunk = pngChunks(png).find((c) => c.type === 'pHYs');
  if (!chunk) return undefined;
  const view = new DataView(png.buffer, png.byteOffset + chunk.start + 8, 9);
  return { x: view.getUint32(0), y: view.getUint32(4), unit: view.getUint8(8) };
}
