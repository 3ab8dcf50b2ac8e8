import type { AttachmentUpload, FieldError } from '@gongzhi/contracts';
import type { PreparedAttachment } from '../../complaint/components/attachmentFiles';

/** The files as the server takes them: name and Base64 content only. */
export function toUploads(files: readonly PreparedAttachment[] | undefined): AttachmentUpload[] {
  return (files ?? []).map(({ filename, contentBase64 }) => ({ filename, contentBase64 }));
}

/**
 * The server's messages about single files of a list (`evidence.1.contentBase64` → file 1), so that each
 * message can be shown next to the file it is about. Messages about the list itself are left out.
 */
export function fileErrors(fields: readonly FieldError[], listName: string): Map<number, string> {
  const out = new Map<number, string>();
  const pattern = new RegExp(`^${listName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)(\\.|$)`);
  for (const field of fields) {
    const match = pattern.exec(field.field);
    if (!match) continue;
    const index = Number(match[1]);
    const previous = out.get(index);
    out.set(index, previous && previous !== field.message ? `${previous}；${field.message}` : field.message);
  }
  return out;
}
