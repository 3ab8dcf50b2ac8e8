import type { CreditModelDto } from '@gongzhi/contracts';
import { Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { CreditGradeTag, CreditRecordTypeTag, CreditSeverityTag } from './CreditTags';

type Definition = CreditModelDto['definition'];

/** A model version read-only: score range, rules, vetoes, grades (with both labels), procedure, rationale. */
export function ModelDefinitionView({ model }: { model: CreditModelDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const definition: Definition = model.definition;
  const none = t('common.none');
  return (
    <Flex vertical gap={16}>
      {model.rationale ? (
        <div>
          <Typography.Title level={5}>{t('creditConsole.models.fields.rationale')}</Typography.Title>
          <Typography.Paragraph className="gz-pre">{model.rationale}</Typography.Paragraph>
        </div>
      ) : null}
      <Descriptions title={t('creditConsole.models.sections.scores')} size="small" column={{ xs: 1, sm: 3 }} bordered>
        <Descriptions.Item label={t('creditConsole.models.scores.baseScore')}>{definition.baseScore}</Descriptions.Item>
        <Descriptions.Item label={t('creditConsole.models.scores.minScore')}>{definition.minScore}</Descriptions.Item>
        <Descriptions.Item label={t('creditConsole.models.scores.maxScore')}>{definition.maxScore}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('creditConsole.models.sections.grades')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="code"
        dataSource={definition.grades}
        columns={[
          {
            key: 'code',
            title: t('creditConsole.models.grade.code'),
            render: (_, grade) => <CreditGradeTag grade={grade.code} />,
          },
          {
            key: 'label',
            title:
              locale === 'zh-CN' ? t('creditConsole.models.grade.labelZh') : t('creditConsole.models.grade.labelEn'),
            render: (_, grade) => grade.label[locale],
          },
          { key: 'minScore', title: t('creditConsole.models.grade.minScore'), dataIndex: 'minScore' },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('creditConsole.models.sections.rules')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(rule) => `${rule.recordType}/${rule.severity ?? '*'}`}
        dataSource={definition.rules}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'type',
            title: t('creditConsole.models.rule.recordType'),
            render: (_, rule) => <CreditRecordTypeTag type={rule.recordType} />,
          },
          {
            key: 'severity',
            title: t('creditConsole.models.rule.severity'),
            render: (_, rule) =>
              rule.severity ? <CreditSeverityTag severity={rule.severity} /> : t('creditConsole.common.anySeverity'),
          },
          {
            key: 'points',
            title: t('creditConsole.models.rule.points'),
            align: 'right',
            render: (_, rule) => (
              <Typography.Text type={rule.points < 0 ? 'danger' : rule.points > 0 ? 'success' : undefined}>
                {rule.points > 0 ? `+${rule.points}` : rule.points}
              </Typography.Text>
            ),
          },
          { key: 'window', title: t('creditConsole.models.rule.windowMonths'), dataIndex: 'windowMonths' },
          {
            key: 'decay',
            title: t('creditConsole.models.rule.decay'),
            render: (_, rule) => t(`creditConsole.enums.decay.${rule.decay}`),
          },
          {
            key: 'cap',
            title: t('creditConsole.models.rule.cap'),
            render: (_, rule) => rule.cap ?? t('creditConsole.models.rule.noCap'),
          },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('creditConsole.models.sections.vetoes')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(veto) => `${veto.recordType}/${veto.severity}/${veto.maxGrade}`}
        dataSource={definition.vetoes}
        locale={{ emptyText: none }}
        columns={[
          {
            key: 'type',
            title: t('creditConsole.models.veto.recordType'),
            render: (_, veto) => <CreditRecordTypeTag type={veto.recordType} />,
          },
          {
            key: 'severity',
            title: t('creditConsole.models.veto.severity'),
            render: (_, veto) => <CreditSeverityTag severity={veto.severity} />,
          },
          {
            key: 'maxGrade',
            title: t('creditConsole.models.veto.maxGrade'),
            render: (_, veto) => <CreditGradeTag grade={veto.maxGrade} />,
          },
        ]}
      />
      <Descriptions title={t('creditConsole.models.sections.procedure')} size="small" column={1} bordered>
        {(
          [
            'objectionWindowDays',
            'objectionDecisionWorkingDays',
            'repairDecisionWorkingDays',
            'complaintWarningCount',
            'complaintWarningMonths',
          ] as const
        ).map((key) => (
          <Descriptions.Item key={key} label={t(`creditConsole.models.procedure.${key}`)}>
            {definition.procedure[key]}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Flex>
  );
}
