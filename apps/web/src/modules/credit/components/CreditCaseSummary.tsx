import type { CreditObjectionDto, CreditRepairDto } from '@gongzhi/contracts';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreditAttachmentList } from './CreditAttachmentList';
import { CreditDueTag } from './CreditDueTag';

interface CreditCaseSummaryProps {
  /** Where the labels are: `creditConsole.{texts}.fields.…`. */
  texts: 'objections' | 'repairs';
  kase: CreditObjectionDto | CreditRepairDto;
  /** The enterprise's own words (the objection's reason, the repair's statement) and their label. */
  statement: { label: string; text: string };
  /** Label each attachment with its purpose (the repair's three documents). */
  showPurpose?: boolean;
}

/** What a decision dialog shows of the case: the enterprise, its words, its files and the deadline. */
export function CreditCaseSummary({ texts, kase, statement, showPurpose }: CreditCaseSummaryProps) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t(`creditConsole.${texts}.fields.enterprise`)}>{kase.enterpriseName}</Descriptions.Item>
      <Descriptions.Item label={statement.label}>
        <Typography.Paragraph className="gz-pre" style={{ margin: 0 }}>
          {statement.text}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('creditConsole.common.attachments')}>
        <CreditAttachmentList recordId={kase.recordId} attachments={kase.attachments} showPurpose={showPurpose} />
      </Descriptions.Item>
      <Descriptions.Item label={t(`creditConsole.${texts}.fields.dueOn`)}>
        <CreditDueTag dueOn={kase.dueOn} overdue={kase.overdue} />
      </Descriptions.Item>
    </Descriptions>
  );
}
