import { COMPLAINT_LIMITS } from '@gongzhi/contracts';

/** Photos are scaled so that their longer edge is at most this many pixels. */
export const MAX_IMAGE_EDGE = 2000;
/** JPEG qualities tried in turn until the photo fits the size limit. */
export const JPEG_QUALITIES = [0.85, 0.72, 0.6, 0.45] as const;

/** Why a file cannot be attached. */
export type AttachmentProblem = 'type' | 'size' | 'decode' | 'count';

export class AttachmentError extends Error {
  readonly problem: AttachmentProblem;
  constructor(problem: AttachmentProblem) {
    super(problem);
    this.name = 'AttachmentError';
    this.problem = problem;
  }
}

/** A file ready to send: its name, its content in Base64 and its decoded size. */
export interface PreparedAttachment {
  filename: string;
  contentBase64: string;
  bytes: number;
  /** The name the consumer picked (shown in the list). */
  originalName: string;
  mediaType: string;
}

/** What the form can do with a file: re-encode it as a photo, send it as it is (PDF), or refuse it. */
export function kindOfFile(file: { name: string; type: string }): 'image' | 'pdf' | null {
  const type = file.type.toLowerCase();
  if (type === 'application/pdf' || (!type && /\.pdf$/i.test(file.name))) return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (!type && /\.(jpe?g|png|webp|heic|heif)$/i.test(file.name)) return 'image';
  return null;
}

/** The size that fits in a `max`×`max` box with the same proportions; never enlarges. */
export function fitWithin(
  width: number,
  height: number,
  max: number = MAX_IMAGE_EDGE,
): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Characters of Base64 for `bytes` bytes (whole quads, with padding). */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** Bytes that a Base64 text decodes to. */
export function decodedBytes(base64: string): number {
  const clean = base64.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

/** True when the server takes a file of this many (decoded) bytes. */
export function fitsSizeLimit(bytes: number): boolean {
  return bytes > 0 && bytes <= COMPLAINT_LIMITS.attachmentBytesMax;
}

/** The Base64 payload of a `data:` URL. */
export function stripDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
}

/** A re-encoded photo's name: the original stem with `.jpg`, within the server's 200 characters. */
export function jpegName(name: string): string {
  const stem = name.replace(/\.[^./\\]{1,8}$/, '').trim() || 'photo';
  return `${stem.slice(0, 190)}.jpg`;
}

/** A name the server accepts (1–200 characters). */
export function safeName(name: string, fallback: string): string {
  const trimmed = name.trim();
  return (trimmed || fallback).slice(-200);
}

/**
 * Encodes at each quality in turn until the result fits `limit` bytes.
 * `encode` is the canvas's `toBlob` (a parameter so that the loop is testable without a DOM).
 */
export async function encodeWithinLimit(
  encode: (quality: number) => Promise<Blob | null>,
  limit: number = COMPLAINT_LIMITS.attachmentBytesMax,
  qualities: readonly number[] = JPEG_QUALITIES,
): Promise<Blob> {
  for (const quality of qualities) {
    const blob = await encode(quality);
    if (!blob) throw new AttachmentError('decode');
    if (blob.size <= limit) return blob;
  }
  throw new AttachmentError('size');
}

async function decodeImage(file: File): Promise<{ source: CanvasImageSource; width: number; height: number }> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { source: bitmap, width: bitmap.width, height: bitmap.height };
    } catch {
      // fall back to an <img> element (e.g. formats only the image decoder of the page knows)
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    return { source: image, width: image.naturalWidth, height: image.naturalHeight };
  } catch {
    throw new AttachmentError('decode');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A photo scaled to at most 2000 px and re-encoded as JPEG (this also drops the photo's location
 * and other metadata), lowering the quality until it fits the size limit.
 */
export async function resizeImage(file: File): Promise<Blob> {
  const decoded = await decodeImage(file);
  const size = fitWithin(decoded.width, decoded.height);
  if (size.width === 0) throw new AttachmentError('decode');
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new AttachmentError('decode');
  // JPEG has no transparency: a white page rather than black behind transparent PNG screenshots.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(decoded.source, 0, 0, size.width, size.height);
  if ('close' in decoded.source && typeof decoded.source.close === 'function') decoded.source.close();
  return encodeWithinLimit(
    (quality) => new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality)),
  );
}

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new AttachmentError('decode'));
    reader.readAsDataURL(blob);
  });
}

/** Turns a chosen file into an attachment of the intake: photos resized, PDFs as they are, others refused. */
export async function prepareAttachment(file: File): Promise<PreparedAttachment> {
  const kind = kindOfFile(file);
  if (kind === null) throw new AttachmentError('type');
  if (kind === 'pdf') {
    if (!fitsSizeLimit(file.size)) throw new AttachmentError('size');
    const contentBase64 = stripDataUrl(await readAsDataUrl(file));
    return {
      filename: safeName(file.name, 'document.pdf'),
      contentBase64,
      bytes: file.size,
      originalName: file.name,
      mediaType: 'application/pdf',
    };
  }
  const blob = await resizeImage(file);
  const contentBase64 = stripDataUrl(await readAsDataUrl(blob));
  return {
    filename: jpegName(file.name),
    contentBase64,
    bytes: blob.size,
    originalName: file.name,
    mediaType: 'image/jpeg',
  };
}
