import type { ImprovementActionDto } from '@gongzhi/contracts';
import { Button, Descriptions, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { ActionStatusTag, ScoreText } from './EvaluationTags';
import { localised } from './indicators';

export type ActionMode = 'update' | 'implemented' | 'verification';

interface ActionTableProps extends PagedTableProps<ImprovementActionDto> {
  /** The user may work on actions (evaluation.assess); the buttons are left out otherwise. */
  editable: boolean;
  showOrganisation: boolean;
  onAction: (action: ImprovementActionDto, mode: ActionMode) => void;
}

const TEXT = { whiteSpace: 'pre-wrap', margin: 0 } as const;

/** Improvement actions: the indicator and score that opened each, its owner and due date (red when overdue). */
export function ActionTable({ editable, showOrganisation, onAction, ...table }: ActionTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const indicatorOf = (row: ImprovementActionDto) =>
    row.indicatorCode ? `${row.indicatorCode} ${localised(row.indicatorName, locale)}`.trim() : row.title || none;
  const columns: TableColumnsType<ImprovementActionDto> = [
    {
      key: 'indicator',
      title: t('evaluationConsole.actions.fields.indicator'),
      render: (_, row) => <span style={{ display: 'inline-block', maxWidth: 260 }}>{indicatorOf(row)}</span>,
    },
    ...(showOrganisation
      ? ([
          {
            key: 'organisation',
            title: t('evaluationConsole.actions.fields.organisation'),
            dataIndex: 'organisationName',
          },
        ] satisfies TableColumnsType<ImprovementActionDto>)
      : []),
    {
      key: 'score',
      title: t('evaluationConsole.actions.fields.score'),
      align: 'right',
      render: (_, row) => <ScoreText score={row.score} />,
    },
    {
      key: 'status',
      title: t('evaluationConsole.actions.fields.status'),
      render: (_, row) => <ActionStatusTag status={row.status} />,
    },
    {
      key: 'owner',
      title: t('evaluationConsole.actions.fields.owner'),
      render: (_, row) => row.ownerName ?? none,
    },
    {
      key: 'dueDate',
      title: t('evaluationConsole.actions.fields.dueDate'),
      render: (_, row) =>
        row.overdue ? (
          <Flex gap={4} align="center" data-overdue="true">
            <Typography.Text type="danger" strong>
              {row.dueDate ?? none}
            </Typography.Text>
            <Tag color="red">{t('evaluationConsole.actions.overdue')}</Tag>
          </Flex>
        ) : (
          (row.dueDate ?? none)
        ),
    },
    {
      key: 'assessment',
      title: t('evaluationConsole.actions.fields.assessment'),
      render: (_, row) =>
        row.assessmentId ? (
          <Link
            to={`/console/evaluation/assessments/${row.assessmentId}`}
            style={{ display: 'inline-block', maxWidth: 240 }}
          >
            {row.assessmentTitle ?? row.assessmentId}
          </Link>
        ) : (
          none
        ),
    },
    ...(editable
      ? ([
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, row) => (
              <Flex gap={4} wrap>
                {row.status !== 'closed' ? (
                  <Button size="small" onClick={() => onAction(row, 'update')} data-testid={`action-edit-${row.id}`}>
                    {t('evaluationConsole.actions.edit')}
                  </Button>
                ) : null}
                {row.status === 'open' ? (
                  <Button
                    size="small"
                    onClick={() => onAction(row, 'implemented')}
                    data-testid={`action-implemented-${row.id}`}
                  >
                    {t('evaluationConsole.actions.implemented')}
                  </Button>
                ) : null}
                {row.status === 'implemented' ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => onAction(row, 'verification')}
                    data-testid={`action-verify-${row.id}`}
                  >
                    {t('evaluationConsole.actions.verify')}
                  </Button>
                ) : null}
              </Flex>
            ),
          },
        ] satisfies TableColumnsType<ImprovementActionDto>)
      : []),
  ];
  return (
    <DataTable<ImprovementActionDto>
      {...table}
      columns={columns}
      data-testid="improvement-actions"
      expandable={{
        expandedRowRender: (row) => (
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('evaluationConsole.actions.fields.analysis')}>
              <Typography.Paragraph style={TEXT}>{row.analysis || none}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.actions.fields.measure')}>
              <Typography.Paragraph style={TEXT}>{row.measure || none}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.actions.fields.implementation')}>
              <Typography.Paragraph style={TEXT}>{row.implementation || none}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.actions.fields.verification')}>
              <Typography.Paragraph style={TEXT}>{row.verification || none}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.actions.fields.closedAt')}>
              {formatDateTime(row.closedAt, locale) ?? none}
            </Descriptions.Item>
          </Descriptions>
        ),
      }}
    />
  );
}
