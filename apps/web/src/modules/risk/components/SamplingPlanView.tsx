import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { SamplingPickDto, SamplingPlanDto } from '@gongzhi/contracts';
import { Alert, Card, Descriptions, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime, formatNumber } from '../../../lib/format';
import { SamplingFactors } from './samplingFactors';
import { changedWeights, roundTo, WEIGHT_FIELDS, type WeightField } from './samplingWeights';

/** A sampling plan: the seed and weights up front (anyone can reproduce the picks), then the picks and their factors. */
export function SamplingPlanView({ plan }: { plan: SamplingPlanDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const changed = changedWeights(plan.weights);
  const weightName = (field: string) =>
    field.startsWith('byGrade.')
      ? `${t('riskConsole.sampling.form.grade')} ${field.slice('byGrade.'.length)}`
      : t(`riskConsole.sampling.form.fields.${field as WeightField}`);

  const columns: TableColumnsType<SamplingPickDto> = [
    { key: 'rank', title: t('riskConsole.sampling.picks.rank'), dataIndex: 'rank', align: 'right', fixed: 'left' },
    {
      key: 'name',
      title: t('riskConsole.sampling.picks.name'),
      render: (_, pick) => (
        <div style={{ maxWidth: 280 }}>
          {pick.name}
          <br />
          <Typography.Text type="secondary" copyable style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {pick.creditCode}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'weight',
      title: t('riskConsole.sampling.picks.weight'),
      align: 'right',
      render: (_, pick) => <strong>{roundTo(pick.weight, 4)}</strong>,
    },
    {
      key: 'random',
      title: t('riskConsole.sampling.picks.random'),
      align: 'right',
      render: (_, pick) => <span style={{ fontFamily: 'monospace' }}>{roundTo(pick.random, 6)}</span>,
    },
    {
      key: 'key',
      title: t('riskConsole.sampling.picks.key'),
      align: 'right',
      render: (_, pick) => <span style={{ fontFamily: 'monospace' }}>{roundTo(pick.key, 6)}</span>,
    },
    {
      key: 'factors',
      title: t('riskConsole.sampling.picks.factors'),
      render: (_, pick) => <SamplingFactors pick={pick} />,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Alert
        type="success"
        showIcon
        icon={<SafetyCertificateOutlined />}
        title={t('riskConsole.sampling.result.reproducible')}
        description={
          <Flex vertical gap={8}>
            <Typography.Text>{t('riskConsole.sampling.result.reproducibleHint')}</Typography.Text>
            <Flex gap={8} align="baseline" wrap>
              <Typography.Text type="secondary">{t('riskConsole.sampling.result.seed')}</Typography.Text>
              <Typography.Text
                copyable
                strong
                style={{ fontFamily: 'monospace', fontSize: 18 }}
                data-testid="plan-seed"
              >
                {plan.seed}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary">
              {t('riskConsole.sampling.result.population', {
                count: formatNumber(plan.populationCount, locale),
                size: formatNumber(plan.picks.length, locale),
              })}
              {' · '}
              {t('riskConsole.labelValue', {
                label: t('riskConsole.sampling.result.createdAt'),
                value: formatDateTime(plan.createdAt, locale) ?? '',
              })}
            </Typography.Text>
          </Flex>
        }
      />
      <Card
        size="small"
        title={t('riskConsole.sampling.result.weights')}
        extra={
          changed.length === 0 ? (
            <Tag color="blue">{t('riskConsole.sampling.result.defaultWeights')}</Tag>
          ) : (
            <Tag color="orange">
              {t('riskConsole.sampling.result.changedWeights', {
                fields: changed.map(weightName).join(t('common.listSeparator')),
              })}
            </Tag>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} data-testid="plan-weights">
          {WEIGHT_FIELDS.map((field) => (
            <Descriptions.Item key={field} label={t(`riskConsole.sampling.form.fields.${field}`)}>
              {plan.weights[field]}
            </Descriptions.Item>
          ))}
          {Object.entries(plan.weights.byGrade).map(([grade, weight]) => (
            <Descriptions.Item key={`grade:${grade}`} label={`${t('riskConsole.sampling.form.grade')} ${grade}`}>
              {weight}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <Card size="small" title={t('riskConsole.sampling.result.picks')}>
        <Table<SamplingPickDto>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          pagination={plan.picks.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          columns={columns}
          dataSource={plan.picks}
          data-testid="plan-picks"
        />
      </Card>
    </Flex>
  );
}
