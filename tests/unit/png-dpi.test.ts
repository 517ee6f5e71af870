// A print PNG records its resolution: the pHYs chunk, written by hand with its CRC.
import { describe, expect, it } from 'vitest';
import { crc32, pixelsPerMetre, pngChunks, readDpiChunk, withDpi } from '../../src/render/png-dpi';

const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

/** A PNG's chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: number[] = []): number[] {
  const body = new Uint8Array([...ascii(type), ...data]);
  const crc = crc32(body);
  const length = data.length;
  return [
    length >>> 24,
    (length >>> 16) & 255,
    (length >>> 8) & 255,
    length & 255,
    ...body,
    crc >>> 24,
    (crc >>> 16) & 255,
    (crc >>> 8) & 255,
    crc & 255,
  ];
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (...chunks: number[][]) => new Uint8Array([...SIGNATURE, ...chunks.flat()]);
const IHDR = chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

describe('PNG resolution', () => {
  it('refuses what is not a PNG, or a PNG without image data', () => {
    expect(() => withDpi(ascii('GIF89a..'), 300)).toThrow(/not the PNG signature/);
    expect(() => withDpi(png(IHDR, chunk('IEND')), 300)).toThrow(/no IDAT/);
    expect(() => pngChunks(png(IHDR).subarray(0, 20))).toThrow(/cut short/);
  });

  it('computes the PNG checksum and the pixels per metre PNG stores', () => {
    // The CRC of "IEND" ends every PNG file: AE 42 60 82.
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
    expect(pixelsPerMetre(300)).toBe(11811);
    expect(pixelsPerMetre(72)).toBe(2835);
  });

  it('writes pHYs before the first IDAT, with a valid CRC, replacing one already there', () => {
    const before = png(
      IHDR,
      chunk('pHYs', [0, 0, 11, 19, 0, 0, 11, 19, 1]),
      chunk('IDAT', [1, 2]),
      chunk('IEND'),
    );
    const after = withDpi(before, 300);
    const chunks = pngChunks(after);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(readDpiChunk(after)).toEqual({ x: 11811, y: 11811, unit: 1 });
    const phys = chunks[1]!;
    const stored = new DataView(after.buffer).getUint32(phys.start + phys.size - 4);
    expect(stored).toBe(crc32(after.subarray(phys.start + 4, phys.start + phys.size - 4)));
    expect(readDpiChunk(png(IHDR, chunk('IDAT', [1]), chunk('IEND')))).toBeUndefined();
  });
});
