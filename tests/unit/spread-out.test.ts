import { describe, expect, it } from 'vitest';
import { ROOM_PER_ACTOR, spreadOut } from '../../src/render/spread-out';

/** A heap like the spectral draft's: `count` actors of size 56 in a 600 × 400 box. */
function heap(count: number, seed = 7): { positions: Float64Array; sizes: Float64Array } {
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const positions = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    positions[2 * i] = (random() - 0.5) * 600;
    positions[2 * i + 1] = (random() - 0.5) * 400;
  }
  return { positions, sizes: new Float64Array(count).fill(56) };
}

function overlapping(positions: Float64Array, sizes: Float64Array): number {
  let pairs = 0;
  for (let i = 0; i < sizes.length; i++)
    for (let j = i + 1; j < sizes.length; j++) {
      const d = Math.hypot(
        positions[2 * i]! - positions[2 * j]!,
        positions[2 * i + 1]! - positions[2 * j + 1]!,
      );
      if (d < (sizes[i]! + sizes[j]!) / 2) pairs++;
    }
  return pairs;
}

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i]! - mb);
    aa += (x - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

describe('spreading a big draft out', () => {
  it('gives 1,000 heaped actors room: almost none left on another, the shape kept', () => {
    const { positions, sizes } = heap(1000);
    const before = Array.from(positions);
    expect(overlapping(positions, sizes)).toBeGreaterThan(10_000);
    spreadOut(positions, sizes);
    // Fewer than one actor in a hundred still touches another.
    expect(overlapping(positions, sizes)).toBeLessThan(10);
    const xs = (values: ArrayLike<number>, axis: 0 | 1) =>
      Array.from({ length: 1000 }, (_, i) => values[2 * i + axis]!);
    expect(correlation(xs(before, 0), xs(positions, 0))).toBeGreaterThan(0.8);
    expect(correlation(xs(before, 1), xs(positions, 1))).toBeGreaterThan(0.8);
    // The drawing covers about the room asked for, not a vast field.
    const width = Math.max(...xs(positions, 0)) - Math.min(...xs(positions, 0));
    const height = Math.max(...xs(positions, 1)) - Math.min(...xs(positions, 1));
    expect(width * height).toBeLessThan(3 * 1000 * (56 * ROOM_PER_ACTOR) ** 2);
  });

  it('separates actors drawn at one point', () => {
    const positions = new Float64Array(2 * 50).fill(100);
    const sizes = new Float64Array(50).fill(40);
    spreadOut(positions, sizes);
    expect(overlapping(positions, sizes)).toBe(0);
    expect(positions.every(Number.isFinite)).toBe(true);
  });

  it('leaves a drawing with room to spare where it is', () => {
    const positions = new Float64Array([0, 0, 500, 0, 0, 500, 500, 500]);
    const sizes = new Float64Array(4).fill(40);
    spreadOut(positions, sizes);
    expect(Array.from(positions)).toEqual([0, 0, 500, 0, 0, 500, 500, 500]);
  });
});
