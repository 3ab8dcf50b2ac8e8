import type { MembershipCreate, MembershipLevel } from '@gongzhi/contracts';
import type { Dayjs } from 'dayjs';
import { blankToNull } from '../../organisation/components/organisationFormValues';

export type AddMemberMode = 'new' | 'existing';

export interface AddMemberValues {
  mode: AddMemberMode;
  enterpriseId?: string;
  enterprise?: {
    creditCode?: string;
    name?: string;
    regionCode?: string | null;
    industryCode?: string | null;
    address?: string | null;
    contactPhone?: string | null;
    published?: boolean;
  };
  level: MembershipLevel;
  joinedOn: Dayjs;
  note?: string | null;
}

export function toMembershipCreate(values: AddMemberValues): MembershipCreate {
  const membership = {
    level: values.level,
    joinedOn: values.joinedOn.format('YYYY-MM-DD'),
    note: blankToNull(values.note),
  };
  if (values.mode === 'existing') return { enterpriseId: values.enterpriseId ?? '', ...membership };
  const enterprise = values.enterprise ?? {};
  return {
    enterprise: {
      creditCode: (enterprise.creditCode ?? '').trim(),
      name: (enterprise.name ?? '').trim(),
      regionCode: enterprise.regionCode ?? '',
      industryCode: blankToNull(enterprise.industryCode),
      address: blankToNull(enterprise.address),
      contactPhone: blankToNull(enterprise.contactPhone),
      published: enterprise.published ?? true,
    },
    ...membership,
  };
}
