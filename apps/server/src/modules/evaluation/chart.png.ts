/**
 * A small PNG writer and the bar chart of an assessment's export (issue #5): pure functions, an
 * RGBA buffer in, PNG bytes out. The chart has no text — its labels are written next to it in the
 * document, one per bar, so they are real text in the reader's font and language.
 */
import zlib from 'node:zlib';

export type Rgb = readonly [number, number, number];

let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE, as PNG and zlib use it) by table, for a Node without zlib.crc32. */
export function crc32Bytes(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crc32: (data: Uint8Array) => number =
  typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) >>> 0 : crc32Bytes;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** Encodes `width × height` RGBA pixels (row by row, 4 bytes each) as a PNG (8-bit RGBA, no filter). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`PNG size must be positive integers, got ${width}×${height}`);
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`PNG data must be ${width * height * 4} bytes, got ${rgba.length}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface BarChartOptions {
  /** image width in pixels (default 480) */
  width?: number;
  /** height of one bar's row in pixels (default 36) */
  rowHeight?: number;
  /** empty pixels around the plot (default 8) */
  padding?: number;
  barColour?: Rgb;
  previousColour?: Rgb;
  gridColour?: Rgb;
  axisColour?: Rgb;
  background?: Rgb;
}

export const CHART_COLOURS = {
  bar: [0x2f, 0x6f, 0xb3],
  previous: [0xa6, 0xa6, 0xa6],
  grid: [0xde, 0xde, 0xde],
  axis: [0x80, 0x80, 0x80],
  background: [0xff, 0xff, 0xff],
} as const satisfies Record<string, Rgb>;

/** Where everything is in the chart, in pixels: what the document aligns its labels with, and what tests probe. */
export interface BarChartLayout {
  width: number;
  height: number;
  padding: number;
  rowHeight: number;
  /** x of the 0 line; a value v ends (exclusive) at `x(v)` */
  plotLeft: number;
  plotWidth: number;
  x: (value: number) => number;
  /** per bar: the rows of pixels [top, bottom) of the bar and of the previous assessment's bar */
  rows: { top: number; barTop: number; barBottom: number; previousTop: number; previousBottom: number }[];
}

export function barChartLayout(count: number, options: BarChartOptions = {}): BarChartLayout {
  const width = Math.max(64, Math.round(options.width ?? 480));
  const rowHeight = Math.max(8, Math.round(options.rowHeight ?? 36));
  const padding = Math.max(1, Math.round(options.padding ?? 8));
  const plotLeft = padding;
  const plotWidth = width - 2 * padding;
  const barOffset = Math.round(rowHeight * 0.15);
  const barThickness = Math.max(3, Math.round(rowHeight * 0.42));
  const gap = Math.max(1, Math.round(rowHeight * 0.06));
  const previousThickness = Math.max(2, Math.round(rowHeight * 0.17));
  const rows = Array.from({ length: count }, (_, i) => {
    const top = padding + i * rowHeight;
    const barTop = top + barOffset;
    const barBottom = barTop + barThickness;
    const previousTop = barBottom + gap;
    return { top, barTop, barBottom, previousTop, previousBottom: previousTop + previousThickness };
  });
  const clamp = (v: number) => (Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : 0);
  return {
    width,
    height: 2 * padding + Math.max(1, count) * rowHeight,
    padding,
    rowHeight,
    plotLeft,
    plotWidth,
    x: (value) => plotLeft + Math.round((clamp(value) / 100) * plotWidth),
    rows,
  };
}

/**
 * A horizontal bar chart on a 0–100 scale: grid lines every 20, one row per bar (top to bottom in
 * the order given), the value as a thick bar and the previous assessment's value, when there is
 * one, as a thinner grey bar beneath it. A null value draws no bar.
 */
export function barChartPng(
  bars: readonly { value: number | null; previous: number | null }[],
  options: BarChartOptions = {},
): Buffer {
  const layout = barChartLayout(bars.length, options);
  const { width, height } = layout;
  const pixels = new Uint8Array(width * height * 4);
  const fill = (x0: number, y0: number, x1: number, y1: number, [r, g, b]: Rgb) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) {
        const i = (y * width + x) * 4;
        pixels[i] = r;
        pixels[i + 1] = g;
        pixels[i + 2] = b;
        pixels[i + 3] = 255;
      }
    }
  };
  fill(0, 0, width, height, options.background ?? CHART_COLOURS.background);
  const plotTop = layout.padding;
  const plotBottom = height - layout.padding;
  for (let v = 20; v <= 100; v += 20) {
    const x = layout.x(v);
    fill(x, plotTop, x + 1, plotBottom, options.gridColour ?? CHART_COLOURS.grid);
  }
  bars.forEach((bar, i) => {
    const row = layout.rows[i];
    if (!row) return;
    if (bar.value !== null) {
      fill(layout.plotLeft, row.barTop, layout.x(bar.value), row.barBottom, options.barColour ?? CHART_COLOURS.bar);
    }
    if (bar.previous !== null) {
      fill(
        layout.plotLeft,
        row.previousTop,
        layout.x(bar.previous),
        row.previousBottom,
        options.previousColour ?? CHART_COLOURS.previous,
      );
    }
  });
  fill(layout.plotLeft, plotTop, layout.plotLeft + 1, plotBottom, options.axisColour ?? CHART_COLOURS.axis);
  return encodePng(width, height, pixels);
}
