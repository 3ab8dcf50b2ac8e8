import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import type { FrameworkScaleLevel } from '@gongzhi/contracts';
import { Alert, App, Button, Card, Descriptions, Flex, InputNumber, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { saveFile } from '../../../lib/http';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { evaluationApi } from '../../../modules/evaluation/api/evaluation.api';
import { FrameworkIndicatorTable } from '../../../modules/evaluation/components/FrameworkIndicatorTable';
import {
  localised,
  siblingSums,
  unbalancedGroups,
  weightsChanged,
  weightsOf,
} from '../../../modules/evaluation/components/indicators';
import { useEvaluationScope } from '../../../modules/evaluation/components/useEvaluationScope';
import { useFramework, useSaveWeights } from '../../../modules/evaluation/hooks/useFrameworks';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

/** The weights and threshold being edited. */
interface WeightsDraft {
  weights: Record<string, number | null>;
  threshold: number | null;
}

/**
 * /console/evaluation/frameworks/:id — a framework version: its scale, threshold and indicator tree;
 * the YAML download; and, for those who manage frameworks, the weights editor that saves a new version.
 */
function FrameworkDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const scope = useEvaluationScope();
  const result = useFramework(id);
  const save = useSaveWeights();
  const [draft, setDraft] = useState<WeightsDraft | null>(null);
  const [downloading, setDownloading] = useState(false);

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState error={result.error} record onRetry={() => void result.refetch()} />;
  const framework = result.data;
  const sums = draft ? siblingSums(framework.indicators, draft.weights) : undefined;
  const unbalanced = sums ? unbalancedGroups(sums) : [];
  const changed =
    draft !== null &&
    (weightsChanged(framework.indicators, draft.weights) || draft.threshold !== framework.improvementThreshold);

  const download = async () => {
    setDownloading(true);
    try {
      saveFile(await evaluationApi.frameworkFile(framework.id), `${framework.code}-v${framework.version}.yaml`);
    } catch (error) {
      void message.error(errorText(error, t));
    } finally {
      setDownloading(false);
    }
  };

  const saveVersion = () => {
    if (!draft) return;
    const weights: Record<string, number> = {};
    for (const indicator of framework.indicators) weights[indicator.code] = draft.weights[indicator.code] ?? 0;
    save.mutate(
      {
        id: framework.id,
        body: { weights, ...(draft.threshold !== null ? { improvementThreshold: draft.threshold } : {}) },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('evaluationConsole.frameworks.detail.versionSaved', { version: saved.version }));
          setDraft(null);
          navigate(`/console/evaluation/frameworks/${saved.id}`);
        },
      },
    );
  };

  const scaleColumns = [
    { key: 'level', title: t('evaluationConsole.frameworks.detail.level'), dataIndex: 'level' },
    {
      key: 'name',
      title: t('evaluationConsole.common.name'),
      render: (_: unknown, row: FrameworkScaleLevel) => localised(row.name, locale),
    },
    {
      key: 'score',
      title: t('evaluationConsole.frameworks.detail.levelScore'),
      align: 'right' as const,
      render: (_: unknown, row: FrameworkScaleLevel) => `${row.score}%`,
    },
    {
      key: 'description',
      title: t('evaluationConsole.frameworks.detail.description'),
      render: (_: unknown, row: FrameworkScaleLevel) => (
        <span style={{ display: 'inline-block', maxWidth: 520, whiteSpace: 'normal' }}>
          {localised(row.description, locale)}
        </span>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        backTo="/console/evaluation/frameworks"
        title={localised(framework.name, locale)}
        subtitle={framework.source ?? undefined}
        tags={
          <>
            <Tag>
              {t('evaluationConsole.common.frameworkVersion', { code: framework.code, version: framework.version })}
            </Tag>
            {framework.current ? (
              <Tag color="success">{t('evaluationConsole.frameworks.fields.current')}</Tag>
            ) : (
              <Tag>{t('evaluationConsole.frameworks.fields.older')}</Tag>
            )}
            {framework.builtIn ? <Tag color="blue">{t('evaluationConsole.frameworks.fields.builtIn')}</Tag> : null}
          </>
        }
        extra={
          <>
            {scope.canFramework && !draft ? (
              <Button
                icon={<EditOutlined />}
                onClick={() =>
                  setDraft({ weights: weightsOf(framework.indicators), threshold: framework.improvementThreshold })
                }
                data-testid="weights-edit"
              >
                {t('evaluationConsole.frameworks.detail.editWeights')}
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
              {t('evaluationConsole.frameworks.detail.downloadYaml')}
            </Button>
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t('evaluationConsole.frameworks.fields.leafCount')}>
              {framework.leafCount}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.frameworks.fields.assessmentCount')}>
              {framework.assessmentCount}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.frameworks.fields.createdAt')}>
              {formatDateTime(framework.createdAt, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.frameworks.detail.threshold')}>
              {draft ? (
                <InputNumber<number>
                  min={0}
                  max={100}
                  size="small"
                  value={draft.threshold}
                  onChange={(value) => setDraft({ ...draft, threshold: value })}
                  suffix="%"
                  aria-label={t('evaluationConsole.frameworks.detail.threshold')}
                  data-testid="threshold"
                />
              ) : (
                `${framework.improvementThreshold}%`
              )}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('evaluationConsole.frameworks.detail.thresholdHint')}
          </Typography.Text>
        </Card>
        <Card title={t('evaluationConsole.frameworks.detail.scale')}>
          <Table<FrameworkScaleLevel>
            rowKey="level"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={scaleColumns}
            dataSource={framework.scale}
            data-testid="framework-scale"
          />
        </Card>
        <Card title={t('evaluationConsole.frameworks.detail.indicators')}>
          {draft ? (
            <>
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('evaluationConsole.frameworks.detail.weightsLead')}
              />
              <FormAlert error={save.error} details={fieldErrorsOf(save.error)} />
            </>
          ) : null}
          <FrameworkIndicatorTable
            indicators={framework.indicators}
            weights={draft?.weights}
            sums={sums}
            onWeight={
              draft
                ? (code, weight) =>
                    setDraft((before) =>
                      before ? { ...before, weights: { ...before.weights, [code]: weight } } : before,
                    )
                : undefined
            }
          />
          {draft ? (
            <Flex gap={8} wrap align="center" style={{ marginTop: 16 }}>
              <Button
                type="primary"
                onClick={saveVersion}
                loading={save.isPending}
                disabled={unbalanced.length > 0 || !changed}
                data-testid="weights-save"
              >
                {t('evaluationConsole.frameworks.detail.saveVersion')}
              </Button>
              <Button
                onClick={() => {
                  setDraft(null);
                  save.reset();
                }}
              >
                {t('common.cancel')}
              </Button>
              {unbalanced.length > 0 ? (
                <Typography.Text type="danger">
                  {t('evaluationConsole.frameworks.detail.unbalanced', { count: unbalanced.length })}
                </Typography.Text>
              ) : !changed ? (
                <Typography.Text type="secondary">{t('evaluationConsole.frameworks.detail.noChanges')}</Typography.Text>
              ) : null}
            </Flex>
          ) : null}
        </Card>
      </Flex>
    </>
  );
}

export const FrameworkDetailPage = withPermission(['evaluation.read'], FrameworkDetail);
