import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { barChartLayout, barChartPng, CHART_COLOURS, crc32Bytes, encodePng } from './chart.png.js';

interface Decoded {
  width: number;
  height: number;
  pixel: (x: number, y: number) => [number, number, number, number];
  chunks: string[];
}

/** A reader for what encodePng writes (8-bit RGBA, filter None), checking every chunk's CRC. */
function decodePng(png: Buffer): Decoded {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: string[] = [];
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32Bytes(png.subarray(at + 4, at + 8 + length)));
    chunks.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  expect(raw.length).toBe(stride * height);
  for (let y = 0; y < height; y++) expect(raw[y * stride]).toBe(0);
  return {
    width,
    height,
    chunks,
    pixel: (x, y) => {
      const i = y * stride + 1 + x * 4;
      return [raw[i] ?? -1, raw[i + 1] ?? -1, raw[i + 2] ?? -1, raw[i + 3] ?? -1];
    },
  };
}

const rgba = (c: readonly [number, number, number]) => [...c, 255];

describe('encodePng', () => {
  it('writes signature, IHDR, IDAT and IEND, and the pixels come back', () => {
    const pixels = new Uint8Array([
      255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 128, 10, 20, 30, 0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    const png = decodePng(encodePng(3, 2, pixels));
    expect(png.chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([png.width, png.height]).toEqual([3, 2]);
    expect(png.pixel(0, 0)).toEqual([255, 0, 0, 255]);
    expect(png.pixel(2, 0)).toEqual([0, 0, 255, 128]);
    expect(png.pixel(0, 1)).toEqual([10, 20, 30, 0]);
    expect(png.pixel(2, 1)).toEqual([5, 6, 7, 8]);
  });

  it('refuses data of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(RangeError);
  });

  it('computes the CRC-32 by table as zlib does', () => {
    const data = Buffer.from('IEND');
    expect(crc32Bytes(data)).toBe(0xae426082);
    const random = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7919) % 256));
    expect(crc32Bytes(random)).toBe(zlib.crc32(random) >>> 0);
  });
});

describe('barChartPng', () => {
  const bars = [
    { value: 100, previous: 60 },
    { value: 50, previous: null },
    { value: null, previous: 30 },
  ];
  const options = { width: 300, rowHeight: 30, padding: 6 };
  const layout = barChartLayout(bars.length, options);
  const png = decodePng(barChartPng(bars, options));
  const row = (i: number) => {
    const r = layout.rows[i];
    if (!r) throw new Error(`no row ${i}`);
    return r;
  };
  const barY = (i: number) => row(i).barTop + 1;
  const previousY = (i: number) => row(i).previousTop + 1;

  it('has the size of its layout: one row per bar', () => {
    expect([png.width, png.height]).toEqual([300, 2 * 6 + 3 * 30]);
    expect(layout.x(0)).toBe(6);
    expect(layout.x(100)).toBe(300 - 6);
    expect(row(2).previousBottom).toBeLessThanOrEqual(row(2).top + 30);
    expect(row(0).previousTop).toBeGreaterThanOrEqual(row(0).barBottom);
  });

  it('draws a bar of 100 across the scale and a bar of 50 to the middle', () => {
    const bar = rgba(CHART_COLOURS.bar);
    const background = rgba(CHART_COLOURS.background);
    expect(png.pixel(layout.x(50), barY(0))).toEqual(bar);
    expect(png.pixel(layout.x(100) - 1, barY(0))).toEqual(bar);
    expect(png.pixel(layout.x(25), barY(1))).toEqual(bar);
    expect(png.pixel(layout.x(50) - 1, barY(1))).toEqual(bar);
    expect(png.pixel(layout.x(50) + 1, barY(1))).toEqual(background);
    expect(png.pixel(layout.x(75), barY(1))).toEqual(background);
    // no value: no bar
    expect(png.pixel(layout.x(10), barY(2))).toEqual(background);
  });

  it('draws the previous value as a grey bar beneath, only where there is one', () => {
    const previous = rgba(CHART_COLOURS.previous);
    const background = rgba(CHART_COLOURS.background);
    expect(png.pixel(layout.x(30), previousY(0))).toEqual(previous);
    expect(png.pixel(layout.x(70), previousY(0))).toEqual(background);
    expect(png.pixel(layout.x(30), previousY(1))).toEqual(background);
    expect(png.pixel(layout.x(10), previousY(2))).toEqual(previous);
    expect(png.pixel(layout.x(50), previousY(2))).toEqual(background);
  });

  it('draws grid lines every 20 between the bars', () => {
    const between = row(0).top + 1; // above the first bar
    for (const v of [20, 40, 60, 80, 100]) expect(png.pixel(layout.x(v), between)).toEqual(rgba(CHART_COLOURS.grid));
    expect(png.pixel(layout.x(0), between)).toEqual(rgba(CHART_COLOURS.axis));
    expect(png.pixel(layout.x(30), between)).toEqual(rgba(CHART_COLOURS.background));
    expect(png.pixel(0, 0)).toEqual(rgba(CHART_COLOURS.background));
  });

  it('clamps values outside 0–100', () => {
    const clamped = decodePng(barChartPng([{ value: 150, previous: -20 }], options));
    const one = barChartLayout(1, options);
    const r = one.rows[0];
    if (!r) throw new Error('no row');
    expect(clamped.pixel(one.x(100) - 1, r.barTop)).toEqual(rgba(CHART_COLOURS.bar));
    expect(clamped.pixel(one.x(100) + 1, r.barTop)).toEqual(rgba(CHART_COLOURS.background));
    expect(clamped.pixel(one.x(10), r.previousTop)).toEqual(rgba(CHART_COLOURS.background));
  });
});
