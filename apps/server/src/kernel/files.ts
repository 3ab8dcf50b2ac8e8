/**
 * Files sent with workspace records (liaison attachments, notices to members, team and guidance documents):
 * checked by content (the evaluation evidence types), at most 20 MB; inline files come as base64.
 */
import { EVALUATION_LIMITS, type InlineFileInput, LIAISON_LIMITS } from '@gongzhi/contracts';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from './app-error.js';

/** PDF, JPEG, PNG, WebP, docx, xlsx, pptx, zip (the evaluation's evidence types). */
const TYPES: ReadonlySet<string> = new Set(EVALUATION_LIMITS.evidenceMediaTypes);
export const FILE_BYTES_MAX = LIAISON_LIMITS.fileBytesMax;

export interface CheckedFile {
  fileName: string;
  mimeType: string;
  size: number;
  content: Buffer;
}

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const cleaned = Array.from(base.normalize('NFC'))
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '"')
    .join('')
    .trim();
  return cleaned.slice(0, 200) || 'file';
}

/** A file checked by content: at most 20 MB, one of the evidence types; its name made safe. */
export async function checkFile(fileName: string, content: Buffer, field = 'file'): Promise<CheckedFile> {
  if (content.length === 0) throw AppError.validation(field, 'file_empty');
  if (content.length > FILE_BYTES_MAX) throw new AppError('payload_too_large', [], { limit: '20 MB' });
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !TYPES.has(detected.mime)) {
    throw AppError.validation(field, 'attachment_type', { detected: detected?.mime ?? 'unknown' });
  }
  return { fileName: safeFilename(fileName), mimeType: detected.mime, size: content.length, content };
}

/** A file sent inline (base64) with the record that holds it. */
export async function checkInlineFile(input: InlineFileInput | undefined, field = 'file'): Promise<CheckedFile | null> {
  if (!input) return null;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64))
    throw AppError.validation(`${field}.contentBase64`, 'format', { format: 'base64' });
  return checkFile(input.fileName, Buffer.from(input.contentBase64, 'base64'), field);
}
