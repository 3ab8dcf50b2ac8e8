import type { EvidenceDto } from '@gongzhi/contracts';

/** How to open an address: a console page (router link), a web address (new tab), or a file of the API. */
export type LinkTarget = 'console' | 'external' | 'download';

export function linkTargetOf(href: string): LinkTarget {
  if (/^https?:\/\//i.test(href)) return 'external';
  if (href === '/console' || href.startsWith('/console/') || href.startsWith('/console?')) return 'console';
  return 'download';
}

/** Where a piece of evidence opens: its href, or for a file without an API path, the evidence download route. */
export function evidenceHref(
  evidence: Pick<EvidenceDto, 'id' | 'kind' | 'href'>,
  fileUrl: (id: string) => string,
): string {
  if (evidence.kind === 'file' && !evidence.href.startsWith('/api/')) return fileUrl(evidence.id);
  return evidence.href;
}

/** A file size in KB or MB. */
export function formatSize(bytes: number | null): string | null {
  if (bytes === null) return null;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** True for an address the server takes as a "url" evidence link. */
export function isWebAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text.trim()).protocol);
  } catch {
    return false;
  }
}
