import type { ReferralDto, ReferralStatus } from '@gongzhi/contracts';
import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../lib/useListParams';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { can, hasOrganisationKind, useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { ReferralFeedbackDialog } from '../../modules/complaint/components/ReferralFeedbackDialog';
import { ReferralStatusSelect } from '../../modules/complaint/components/ReferralStatusSelect';
import { ReferralTable } from '../../modules/complaint/components/ReferralTable';
import { useReferrals } from '../../modules/complaint/hooks/useReferrals';
import { ListCard } from '../../ui/ListCard';
import { PageHeader } from '../../ui/PageHeader';

const FILTERS = ['status'] as const;

/** A regulator's inbox of referrals (with feedback), or the referrals an association has sent. */
function Referrals() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const [answering, setAnswering] = useState<ReferralDto | null>(null);
  const result = useReferrals({
    status: list.filters.status as ReferralStatus | undefined,
    page: list.page,
    pageSize: list.pageSize,
  });
  const answers = can(me, 'complaint.referral') && hasOrganisationKind(me, 'regulator');

  return (
    <>
      <PageHeader title={t('referral.title')} subtitle={t('referral.lead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <ReferralStatusSelect
              style={{ width: 160 }}
              {...list.filterProps<ReferralStatus>('status', t('referral.statusFilter'))}
            />
          </Flex>
        }
      >
        {(table) => <ReferralTable {...table} onFeedback={answers ? setAnswering : undefined} />}
      </ListCard>
      {answers ? (
        <ReferralFeedbackDialog
          referral={answering}
          onClose={() => setAnswering(null)}
          onReload={() => void result.refetch()}
        />
      ) : null}
    </>
  );
}

export const ReferralsPage = withPermission(['complaint.referral', 'complaint.handle'], Referrals);
