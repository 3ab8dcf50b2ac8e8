import { DownloadOutlined, RiseOutlined, SyncOutlined } from '@ant-design/icons';
import type { AssessmentDto } from '@gongzhi/contracts';
import { Alert, App, Button, Card, Descriptions, Flex, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { isApiError } from '../../../lib/http';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { useCurrentUser } from '../../../modules/auth/hooks/currentUser';
import { ReasonDialog } from '../../../modules/credit/components/ReasonDialog';
import { AssessmentResults } from '../../../modules/evaluation/components/AssessmentResults';
import { CommentList } from '../../../modules/evaluation/components/CommentList';
import {
  AssessmentKindTag,
  AssessmentStatusTag,
  ScoreText,
} from '../../../modules/evaluation/components/EvaluationTags';
import { EvidenceLinkDialog } from '../../../modules/evaluation/components/EvidenceLinkDialog';
import { IndicatorTree, type TreeContext } from '../../../modules/evaluation/components/IndicatorTree';
import { groupCodesOf, indicatorTree, localised } from '../../../modules/evaluation/components/indicators';
import { useEvaluationScope } from '../../../modules/evaluation/components/useEvaluationScope';
import {
  useAssessment,
  useAssessmentStep,
  useExportAssessment,
  useRefreshFacts,
} from '../../../modules/evaluation/hooks/useAssessments';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

type Decision = 'approve' | 'request_changes';

/** The latest comment that came with a review decision. */
function lastReview(assessment: AssessmentDto) {
  return [...assessment.comments].reverse().find((comment) => comment.decision !== null);
}

/**
 * /console/evaluation/assessments/:id — the working page: the indicator tree with facts, scores,
 * evidence and comments; the results with charts and the comparison; the workflow buttons the
 * server allows (`can`), exports and the refresh of the platform's facts.
 */
function AssessmentDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const scope = useEvaluationScope();
  const result = useAssessment(id);
  const step = useAssessmentStep(id);
  /** The review has its own dialog, and its own error there. */
  const reviewStep = useAssessmentStep(id);
  const refresh = useRefreshFacts(id);
  const exporter = useExportAssessment();
  const [linking, setLinking] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<Decision | null>(null);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const indicators = result.data?.framework.indicators;
  const tree = useMemo(() => indicatorTree(indicators ?? []), [indicators]);

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState error={result.error} record onRetry={() => void result.refetch()} />;
  const assessment = result.data;
  const { can } = assessment;
  const none = t('common.none');
  const open = new Set(groupCodesOf(tree).filter((code) => !closed.has(code)));
  const review = lastReview(assessment);

  const failed = (error: unknown) => {
    // A refused step names what is missing in its field messages (e.g. the indicators not scored yet).
    const details = fieldErrorsOf(error).map((field) => field.message);
    void message.error(details.length > 0 ? details.join(t('common.listSeparator')) : errorText(error, t));
    if (isApiError(error) && error.code === 'version_conflict') void result.refetch();
  };

  const confirmStep = (kind: 'submit' | 'finalise') => {
    modal.confirm({
      title: t('evaluationConsole.common.confirmTitle'),
      content:
        kind === 'submit'
          ? t('evaluationConsole.detail.submitConfirm')
          : t('evaluationConsole.detail.finaliseConfirm', {
              threshold: `${assessment.framework.improvementThreshold}%`,
            }),
      okText: kind === 'submit' ? t('evaluationConsole.detail.submit') : t('evaluationConsole.detail.finalise'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await step.mutateAsync({ kind, version: assessment.version });
          void message.success(
            kind === 'submit' ? t('evaluationConsole.detail.submitted') : t('evaluationConsole.detail.finalised'),
          );
        } catch (error) {
          failed(error);
        }
      },
    });
  };

  const download = (format: 'docx' | 'xlsx') =>
    exporter.mutate(
      { id: assessment.id, format, lang: locale },
      { onSuccess: () => void message.success(t('evaluationConsole.common.exported')), onError: failed },
    );

  const context: TreeContext = { assessment, me, canListUsers: scope.canListUsers, onLink: setLinking };

  return (
    <>
      <PageHeader
        backTo="/console/evaluation/assessments"
        title={assessment.title}
        tags={
          <>
            <AssessmentStatusTag status={assessment.status} testId="assessment-status" />
            <AssessmentKindTag kind={assessment.kind} />
          </>
        }
        extra={
          <>
            {can.submit ? (
              <Button
                type="primary"
                onClick={() => confirmStep('submit')}
                loading={step.isPending}
                data-testid="submit-assessment"
              >
                {t('evaluationConsole.detail.submit')}
              </Button>
            ) : null}
            {can.review ? (
              <>
                <Button type="primary" onClick={() => setReviewing('approve')} data-testid="approve-assessment">
                  {t('evaluationConsole.detail.approve')}
                </Button>
                <Button danger onClick={() => setReviewing('request_changes')} data-testid="request-changes-assessment">
                  {t('evaluationConsole.detail.requestChanges')}
                </Button>
              </>
            ) : null}
            {can.finalise ? (
              <Button
                type="primary"
                onClick={() => confirmStep('finalise')}
                loading={step.isPending}
                data-testid="finalise-assessment"
              >
                {t('evaluationConsole.detail.finalise')}
              </Button>
            ) : null}
            {can.score ? (
              <Button
                icon={<SyncOutlined />}
                loading={refresh.isPending}
                onClick={() =>
                  refresh.mutate(undefined, {
                    onSuccess: () => void message.success(t('evaluationConsole.detail.factsRefreshed')),
                    onError: failed,
                  })
                }
                data-testid="refresh-facts"
              >
                {t('evaluationConsole.detail.refreshFacts')}
              </Button>
            ) : null}
            {assessment.status === 'final' ? (
              <Button
                icon={<RiseOutlined />}
                onClick={() => navigate(`/console/evaluation/actions?assessmentId=${assessment.id}`)}
                data-testid="assessment-actions"
              >
                {t('evaluationConsole.detail.actionsLink')}
              </Button>
            ) : null}
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.isPending && exporter.variables?.format === 'docx'}
              onClick={() => download('docx')}
              data-testid="export-docx"
            >
              {t('evaluationConsole.common.exportDocx')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.isPending && exporter.variables?.format === 'xlsx'}
              onClick={() => download('xlsx')}
              data-testid="export-xlsx"
            >
              {t('evaluationConsole.common.exportXlsx')}
            </Button>
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="assessment-facts">
            <Descriptions.Item label={t('evaluationConsole.common.organisation')}>
              {assessment.organisationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.common.assessor')}>
              {assessment.assessorOrganisationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.common.period')}>
              {t('evaluationConsole.common.periodValue', { from: assessment.periodStart, to: assessment.periodEnd })}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.common.framework')}>
              {localised(assessment.framework.name, locale)} ·{' '}
              {t('evaluationConsole.common.frameworkVersion', {
                code: assessment.frameworkCode,
                version: assessment.frameworkVersion,
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.common.total')}>
              <span data-testid="assessment-total" data-total={assessment.total ?? ''}>
                <ScoreText score={assessment.total} strong />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.common.progress')}>
              <span data-testid="assessment-progress">
                {t('evaluationConsole.common.progressValue', {
                  scored: assessment.scoredLeaves,
                  total: assessment.totalLeaves,
                })}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.common.dueDate')}>
              {assessment.dueDate ?? none}
            </Descriptions.Item>
            {assessment.assessors.length > 0 ? (
              <Descriptions.Item label={t('evaluationConsole.detail.assessors')}>
                {assessment.assessors.map((person) => person.name).join(t('common.listSeparator'))}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="facts-computed-at">
            {assessment.factsComputedAt
              ? t('evaluationConsole.detail.factsComputedAt', {
                  time: formatDateTime(assessment.factsComputedAt, locale),
                })
              : t('evaluationConsole.detail.factsNever')}
          </Typography.Text>
        </Card>
        {review ? (
          <Alert
            type={
              review.decision === 'request_changes' && assessment.status === 'changes_requested' ? 'warning' : 'info'
            }
            showIcon
            data-testid="last-review"
            title={`${t('evaluationConsole.detail.lastReview')} · ${t(`evaluationConsole.enums.decision.${review.decision ?? 'approve'}`)}`}
            description={
              <>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{review.body}</Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('evaluationConsole.detail.reviewBy', {
                    author: review.authorName,
                    organisation: review.authorOrganisationName,
                    time: formatDateTime(review.createdAt, locale),
                  })}
                </Typography.Text>
              </>
            }
          />
        ) : null}
        <Tabs
          items={[
            {
              key: 'indicators',
              label: t('evaluationConsole.detail.tabs.indicators'),
              children: (
                <>
                  {can.score ? null : (
                    <Alert
                      type="info"
                      showIcon
                      style={{ marginBottom: 12 }}
                      title={t('evaluationConsole.detail.readOnly')}
                    />
                  )}
                  <Flex gap={8} wrap style={{ marginBottom: 12 }}>
                    <Button size="small" onClick={() => setClosed(new Set())}>
                      {t('evaluationConsole.detail.expandAll')}
                    </Button>
                    <Button size="small" onClick={() => setClosed(new Set(groupCodesOf(tree)))}>
                      {t('evaluationConsole.detail.collapseAll')}
                    </Button>
                  </Flex>
                  <IndicatorTree
                    nodes={tree}
                    context={context}
                    open={open}
                    onToggle={(code, isOpen) =>
                      setClosed((before) => {
                        const next = new Set(before);
                        if (isOpen) next.delete(code);
                        else next.add(code);
                        return next;
                      })
                    }
                  />
                </>
              ),
            },
            {
              key: 'results',
              label: t('evaluationConsole.detail.tabs.results'),
              children: <AssessmentResults assessment={assessment} />,
            },
            {
              key: 'comments',
              label: t('evaluationConsole.detail.tabs.comments'),
              children: (
                <Card>
                  <CommentList
                    assessmentId={assessment.id}
                    comments={assessment.comments}
                    empty={t('evaluationConsole.comments.empty')}
                    placeholder={t('evaluationConsole.comments.placeholder')}
                    showIndicator
                  />
                </Card>
              ),
            },
          ]}
        />
      </Flex>
      <EvidenceLinkDialog assessmentId={assessment.id} code={linking} onClose={() => setLinking(null)} />
      <ReasonDialog
        open={reviewing !== null}
        title={
          reviewing === 'request_changes'
            ? t('evaluationConsole.detail.requestChangesTitle', { title: assessment.title })
            : t('evaluationConsole.detail.approveTitle', { title: assessment.title })
        }
        label={t('evaluationConsole.detail.reviewComment')}
        okText={
          reviewing === 'request_changes'
            ? t('evaluationConsole.detail.requestChanges')
            : t('evaluationConsole.detail.approve')
        }
        danger={reviewing === 'request_changes'}
        save={reviewStep}
        onClose={() => setReviewing(null)}
        onReload={() => void result.refetch()}
        onSubmit={(comment) =>
          reviewing &&
          reviewStep.mutate(
            { kind: 'review', body: { decision: reviewing, comment, version: assessment.version } },
            {
              onSuccess: () => {
                void message.success(t('evaluationConsole.detail.reviewed'));
                setReviewing(null);
              },
            },
          )
        }
      />
    </>
  );
}

export const AssessmentDetailPage = withPermission(['evaluation.read'], AssessmentDetail);
