import type { ComplaintDetailDto } from '@gongzhi/contracts';
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueTag } from './DueTag';

/** The running deadline, each step's deadline and date, and the time-limit version the case was opened under. */
export function ComplaintDeadlinesCard({ complaint }: { complaint: ComplaintDetailDto }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const limit = complaint.timeLimit;
  const dated = (key: keyof ComplaintDetailDto & `${string}On`, label: string) =>
    complaint[key] ? [{ key, label, children: String(complaint[key]) }] : [];
  const due = (key: 'acceptanceDue' | 'responseDue' | 'mediationDue') => ({
    key,
    label: t(`complaint.fields.${key}`),
    children: complaint[key] ?? none,
  });
  return (
    <Card title={t('complaint.sections.deadlines')}>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'dueOn',
            label: t('complaint.fields.dueOn'),
            children: (
              <DueTag
                dueOn={complaint.dueOn}
                dueKind={complaint.dueKind}
                dueState={complaint.dueState}
                provisional={complaint.dueProvisional}
              />
            ),
          },
          due('acceptanceDue'),
          due('responseDue'),
          due('mediationDue'),
          ...dated('acceptedOn', t('complaint.fields.acceptedOn')),
          ...dated('forwardedOn', t('complaint.fields.forwardedOn')),
          ...dated('mediationStartedOn', t('complaint.fields.mediationStartedOn')),
          ...(complaint.pausedSince
            ? [{ key: 'pausedSince', label: t('complaint.fields.pausedSince'), children: complaint.pausedSince }]
            : []),
          ...(complaint.pausedWorkingDays > 0
            ? [
                {
                  key: 'pausedWorkingDays',
                  label: t('complaint.fields.pausedWorkingDays'),
                  children: complaint.pausedWorkingDays,
                },
              ]
            : []),
          ...dated('closedOn', t('complaint.fields.closedOn')),
          {
            key: 'timeLimit',
            label: t('complaint.fields.timeLimit'),
            children: (
              <span>
                {t('complaint.timeLimitText', {
                  version: limit.version,
                  acceptance: limit.acceptanceDays,
                  response: limit.enterpriseResponseDays,
                  mediation: limit.mediationDays,
                })}
                <br />
                <Typography.Text type="secondary">
                  {t('complaint.timeLimitRule', { rule: limit.ruleName })}
                </Typography.Text>
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
