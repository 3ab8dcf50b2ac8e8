/** Pure rules of the resources: the order of the policy list. */
import type { PolicyDto } from '@gongzhi/contracts';

/** Open project calls first, the nearest deadline first; then everything else, the newest first. */
export function sortPolicies(policies: PolicyDto[]): PolicyDto[] {
  return [...policies].sort((a, b) => {
    if (a.open !== b.open) return a.open ? -1 : 1;
    if (a.open && b.open) return (a.deadline ?? '').localeCompare(b.deadline ?? '');
    return b.issuedOn.localeCompare(a.issuedOn);
  });
}
