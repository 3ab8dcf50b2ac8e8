import type { WarningStatus } from '@gongzhi/contracts';

/** draft → published → withdrawn; a draft may also be withdrawn; nothing comes back from withdrawn. */
const NEXT: Record<WarningStatus, readonly WarningStatus[]> = {
  draft: ['draft', 'published', 'withdrawn'],
  published: ['published', 'withdrawn'],
  withdrawn: ['withdrawn'],
};

export function allowedWarningStatuses(from: WarningStatus): readonly WarningStatus[] {
  return NEXT[from];
}

/** A published warning's text is what consumers read: it is not edited in place (withdraw and publish anew). */
export function editableText(status: WarningStatus): boolean {
  return status === 'draft';
}
