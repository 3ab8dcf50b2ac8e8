import type { CommitmentDto, CreditArchiveDto, CreditRecordDto } from '@gongzhi/contracts';
import { Button, Card, Empty, Flex, Space, Table, Tabs, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime, formatDecimal } from '../../../lib/format';
import { useLocalPage } from '../hooks/useLocalPage';
import { CommitmentTable } from './CommitmentTable';
import { CreditObjectionTable, CreditRepairTable } from './CreditCaseTables';
import { CreditGradeCard } from './CreditGradeCard';
import { CreditMeasureTable } from './CreditMeasureTable';
import { CreditRecordTable } from './CreditRecordTable';
import { CreditGradeTag } from './CreditTags';
import { CreditWarningTable } from './CreditWarningTable';
import { todayInShanghai } from './dates';

interface CreditArchiveViewProps {
  archive: CreditArchiveDto;
  loading: boolean;
  /** The enterprise's own staff: object, apply for repair, withdraw commitments. */
  canObject?: boolean;
  onObject?: (record: CreditRecordDto) => void;
  onRepair?: (record: CreditRecordDto) => void;
  onWithdraw?: (commitment: CommitmentDto) => void;
  /** Shown above the commitments (e.g. the enterprise's "sign" button). */
  commitmentsExtra?: ReactNode;
}

/** One enterprise's archive in tabs: grades with explanations and history, records, cases, commitments, warnings and measures. */
export function CreditArchiveView({
  archive,
  loading,
  canObject = false,
  onObject,
  onRepair,
  onWithdraw,
  commitmentsExtra,
}: CreditArchiveViewProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const [tab, setTab] = useState('grades');
  const today = todayInShanghai();
  const records = useLocalPage(archive.records, loading);
  const objections = useLocalPage(archive.objections, loading, 5);
  const repairs = useLocalPage(archive.repairs, loading, 5);
  const commitments = useLocalPage(archive.commitments, loading);
  const warnings = useLocalPage(archive.warnings, loading, 5);
  const measures = useLocalPage(archive.measures, loading, 5);
  const associationName = (id: string) =>
    archive.grades.find((grade) => grade.associationId === id)?.associationName ??
    archive.records.find((record) => record.associationId === id)?.associationName ??
    '';

  const recordActions = canObject
    ? (record: CreditRecordDto) => {
        const repairLater = !record.abilities.repair && record.repairableFrom && record.repairableFrom > today;
        return (
          <Flex vertical align="flex-start" gap={2}>
            <Space size={0} wrap>
              {record.abilities.object ? (
                <Button type="link" size="small" onClick={() => onObject?.(record)} data-action="object">
                  {t('creditConsole.recordDetail.object')}
                </Button>
              ) : null}
              {record.abilities.repair ? (
                <Button type="link" size="small" onClick={() => onRepair?.(record)} data-action="repair">
                  {t('creditConsole.recordDetail.repair')}
                </Button>
              ) : null}
            </Space>
            {record.abilities.object && record.objectableUntil ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('creditConsole.archive.objectionWindow', { date: record.objectableUntil })}
              </Typography.Text>
            ) : null}
            {repairLater ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('creditConsole.archive.repairFrom', { date: record.repairableFrom })}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      }
    : undefined;

  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        {
          key: 'grades',
          label: t('creditConsole.archive.tabs.grades'),
          children: (
            <Flex vertical gap={16}>
              {archive.grades.length === 0 ? (
                <Card>
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('creditConsole.archive.noGrade')} />
                </Card>
              ) : (
                archive.grades.map((grade) => <CreditGradeCard key={grade.associationId} grade={grade} />)
              )}
              <Card title={t('creditConsole.archive.history')}>
                <Table
                  size="small"
                  rowKey={(row) => `${row.associationId}:${row.runId}`}
                  dataSource={archive.history}
                  pagination={archive.history.length > 10 ? { pageSize: 10 } : false}
                  locale={{ emptyText: t('creditConsole.archive.historyEmpty') }}
                  columns={[
                    { key: 'asOf', title: t('creditConsole.evaluations.fields.asOf'), dataIndex: 'asOf' },
                    {
                      key: 'association',
                      title: t('creditConsole.common.association'),
                      render: (_, row) => associationName(row.associationId),
                    },
                    {
                      key: 'grade',
                      title: t('creditConsole.common.grade'),
                      render: (_, row) => <CreditGradeTag grade={row.grade} />,
                    },
                    {
                      key: 'score',
                      title: t('creditConsole.common.score'),
                      align: 'right',
                      render: (_, row) => formatDecimal(row.score, locale, 2),
                    },
                    {
                      key: 'publishedAt',
                      title: t('creditConsole.evaluations.fields.publishedAt'),
                      render: (_, row) => formatDateTime(row.publishedAt, locale),
                    },
                  ]}
                />
              </Card>
            </Flex>
          ),
        },
        {
          key: 'records',
          label: `${t('creditConsole.archive.tabs.records')} (${archive.records.length})`,
          children: (
            <Card>
              <CreditRecordTable {...records} showEnterprise={false} showAssociation actions={recordActions} />
            </Card>
          ),
        },
        {
          key: 'cases',
          label: t('creditConsole.archive.tabs.cases'),
          children: (
            <Flex vertical gap={16}>
              <Card title={t('creditConsole.archive.objectionsTitle')}>
                <CreditObjectionTable {...objections} showEnterprise={false} />
              </Card>
              <Card title={t('creditConsole.archive.repairsTitle')}>
                <CreditRepairTable {...repairs} showEnterprise={false} />
              </Card>
            </Flex>
          ),
        },
        {
          key: 'commitments',
          label: `${t('creditConsole.archive.tabs.commitments')} (${archive.commitments.length})`,
          children: (
            <Card extra={commitmentsExtra}>
              <CommitmentTable {...commitments} showEnterprise={false} showAssociation onWithdraw={onWithdraw} />
            </Card>
          ),
        },
        {
          key: 'warnings',
          label: t('creditConsole.archive.tabs.warnings'),
          children: (
            <Flex vertical gap={16}>
              <Card title={t('creditConsole.archive.warningsTitle')}>
                <CreditWarningTable {...warnings} showEnterprise={false} showAssociation />
              </Card>
              <Card title={t('creditConsole.archive.measuresTitle')}>
                <CreditMeasureTable {...measures} showEnterprise={false} showAssociation />
              </Card>
            </Flex>
          ),
        },
      ]}
    />
  );
}
