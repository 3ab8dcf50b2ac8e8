import { createHash } from 'node:crypto';
import { type AttachmentUpload, COMPLAINT_LIMITS } from '@gongzhi/contracts';
import { fileTypeFromBuffer } from 'file-type';
import type { FieldProblem } from '../../kernel/app-error.js';
import { safeFilename } from '../../kernel/files.js';

export interface DecodedAttachment {
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATA_URL_PREFIX = /^data:[\w.+-]+\/[\w.+-]+;base64,/;
const ALLOWED: readonly string[] = COMPLAINT_LIMITS.attachmentMediaTypes;

/**
 * Decodes base64 attachments and checks each by its content (magic bytes), never its name:
 * JPEG, PNG, WebP or PDF, at most 5 MB. Every problem names its attachment.
 */
export async function decodeAttachments(
  uploads: readonly AttachmentUpload[],
  fieldPrefix = 'attachments',
): Promise<{ files: DecodedAttachment[]; problems: FieldProblem[] }> {
  const files: DecodedAttachment[] = [];
  const problems: FieldProblem[] = [];
  for (const [i, upload] of uploads.entries()) {
    const field = `${fieldPrefix}.${i}.contentBase64`;
    const base64 = upload.contentBase64.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
    if (base64.length % 4 !== 0 || !BASE64.test(base64)) {
      problems.push({ field, issue: 'attachment_encoding' });
      continue;
    }
    const content = Buffer.from(base64, 'base64');
    if (content.length === 0) {
      problems.push({ field, issue: 'attachment_encoding' });
      continue;
    }
    if (content.length > COMPLAINT_LIMITS.attachmentBytesMax) {
      problems.push({ field, issue: 'attachment_size', params: { limit: '5 MB' } });
      continue;
    }
    const detected = await fileTypeFromBuffer(content);
    if (!detected || !ALLOWED.includes(detected.mime)) {
      problems.push({ field, issue: 'attachment_type', params: { detected: detected?.mime ?? 'unknown' } });
      continue;
    }
    files.push({
      filename: safeFilename(upload.filename),
      mediaType: detected.mime,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    });
  }
  return { files, problems };
}
