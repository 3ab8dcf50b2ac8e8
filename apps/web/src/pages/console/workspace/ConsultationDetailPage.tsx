import {
  COMMENT_ANSWERS,
  type CommentAnswer,
  type ConsultationCommentDto,
  type ConsultationDto,
} from '@gongzhi/contracts';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { isApiError } from '../../../lib/http';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { ClauseText } from '../../../modules/rules/components/ClauseText';
import { timeLeft } from '../../../modules/rules/components/clauses';
import { AnswerTag, ConsultationStatusTag } from '../../../modules/rules/components/RulesTags';
import {
  useAnswer,
  useCloseConsultation,
  useComment,
  useConsultation,
  useDownloadReport,
  useReport,
} from '../../../modules/rules/hooks/useRules';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

/** The time left, refreshed every minute. */
function Countdown({ deadline }: { deadline: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const left = timeLeft(deadline, now);
  return (
    <Typography.Text type={left ? undefined : 'secondary'} data-testid="consultation-countdown">
      {left ? t('rulesConsole.consultation.countdown', left) : t('rulesConsole.consultation.ended')}
    </Typography.Text>
  );
}

function AnswerForm({
  consultationId,
  comment,
  onFailed,
}: {
  consultationId: string;
  comment: ConsultationCommentDto;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [answer, setAnswer] = useState<CommentAnswer | undefined>(comment.answer ?? undefined);
  const [reason, setReason] = useState(comment.answerReason);
  const save = useAnswer(consultationId);
  const needsReason = answer !== undefined && answer !== 'adopted' && reason.trim() === '';
  return (
    <Flex vertical gap={6} style={{ marginTop: 8 }} data-testid={`answer-form-${comment.id}`}>
      <EnumSelect<CommentAnswer>
        value={answer}
        onChange={setAnswer}
        values={COMMENT_ANSWERS}
        label={(v) => t(`rulesConsole.enums.answer.${v}`)}
        placeholder={t('rulesConsole.consultation.answer')}
        aria-label={t('rulesConsole.consultation.answer')}
        style={{ maxWidth: 220 }}
        data-testid="answer-select"
      />
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('rulesConsole.consultation.reason')}
        aria-label={t('rulesConsole.consultation.reason')}
        autoSize={{ minRows: 1, maxRows: 5 }}
        maxLength={5000}
        status={needsReason ? 'warning' : undefined}
        data-testid="answer-reason"
      />
      {needsReason ? (
        <Typography.Text type="warning">{t('rulesConsole.consultation.reasonRequired')}</Typography.Text>
      ) : null}
      <div>
        <Button
          size="small"
          type="primary"
          disabled={!answer || needsReason}
          loading={save.isPending}
          data-testid="answer-save"
          onClick={() =>
            answer &&
            save.mutate(
              { commentId: comment.id, body: { answer, reason: reason.trim(), version: comment.version } },
              { onSuccess: () => void message.success(t('rulesConsole.consultation.answered')), onError: onFailed },
            )
          }
        >
          {t('rulesConsole.consultation.saveAnswer')}
        </Button>
      </div>
    </Flex>
  );
}

function CommentItem({
  c,
  comment,
  onFailed,
}: {
  c: ConsultationDto;
  comment: ConsultationCommentDto;
  onFailed: (error: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const who = [comment.authorOrganisation ?? t('rulesConsole.consultation.anonymous'), comment.authorName]
    .filter(Boolean)
    .join(' · ');
  const answerable = c.canManage && c.publishedVersionId === null;
  return (
    <Card size="small" data-testid={`comment-${comment.id}`} style={{ background: '#fafafa' }}>
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{who}</Typography.Text>
        {comment.mine ? (
          <Typography.Text type="secondary">({t('rulesConsole.consultation.mine')})</Typography.Text>
        ) : null}
        <Typography.Text type="secondary">{formatDateTime(comment.createdAt, locale)}</Typography.Text>
        <AnswerTag answer={comment.answer} />
      </Flex>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>{comment.body}</Typography.Paragraph>
      {comment.answer && !answerable ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('rulesConsole.consultation.reason')}：{comment.answerReason || t('common.none')}
        </Typography.Paragraph>
      ) : null}
      {answerable ? <AnswerForm consultationId={c.id} comment={comment} onFailed={onFailed} /> : null}
    </Card>
  );
}

/** The per-clause (or general) comment box. */
function CommentBox({
  c,
  clauseKey,
  onFailed,
}: {
  c: ConsultationDto;
  clauseKey: string | null;
  onFailed: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const send = useComment(c.id);
  if (!c.canComment) return null;
  if (!open) {
    return (
      <Button
        size="small"
        type="link"
        onClick={() => setOpen(true)}
        data-testid={`comment-open-${clauseKey ?? 'general'}`}
      >
        {clauseKey ? t('rulesConsole.consultation.commentOn') : t('rulesConsole.consultation.generalComment')}
      </Button>
    );
  }
  return (
    <Flex vertical gap={6} style={{ marginTop: 6 }}>
      <Input.TextArea
        value={body}
        onChange={(e) => setBody(e.target.value)}
        placeholder={t('rulesConsole.consultation.commentPlaceholder')}
        aria-label={t('rulesConsole.consultation.comment')}
        autoSize={{ minRows: 2, maxRows: 8 }}
        maxLength={5000}
        data-testid="comment-text"
      />
      <Space>
        <Button
          type="primary"
          size="small"
          disabled={body.trim() === ''}
          loading={send.isPending}
          data-testid="comment-submit"
          onClick={() =>
            send.mutate(
              { clauseKey, body: body.trim() },
              {
                onSuccess: () => {
                  setBody('');
                  setOpen(false);
                  void message.success(t('rulesConsole.consultation.submitted'));
                },
                onError: onFailed,
              },
            )
          }
        >
          {t('rulesConsole.consultation.submit')}
        </Button>
        <Button size="small" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Flex>
  );
}

function ReportPanel({ c, onFailed }: { c: ConsultationDto; onFailed: (e: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const report = useReport(c.id);
  const download = useDownloadReport();
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <Card
      title={t('rulesConsole.report.title')}
      data-testid="consultation-report-panel"
      extra={
        <Button
          onClick={() => download.mutate({ id: c.id, lang: locale }, { onError: onFailed })}
          loading={download.isPending}
          data-testid="consultation-report-download"
        >
          {t('rulesConsole.consultation.download')}
        </Button>
      }
    >
      <Typography.Paragraph data-testid="consultation-report-counts">
        {t('rulesConsole.report.counts', { ...r.counts, participants: r.participants })}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('rulesConsole.report.summary')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
        {r.summary || t('rulesConsole.report.noSummary')}
      </Typography.Paragraph>
      {r.clauses.map((g) => (
        <div key={g.clauseKey ?? 'general'} style={{ marginBottom: 12 }}>
          <Typography.Text strong>
            {g.clauseKey === null ? t('rulesConsole.consultation.general') : g.heading}
          </Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {g.comments.map((x) => (
              <li key={x.id}>
                {x.body} — {x.authorOrganisation ?? t('rulesConsole.consultation.anonymous')} —{' '}
                {x.answer ? t(`rulesConsole.enums.answer.${x.answer}`) : t('rulesConsole.consultation.unanswered')}
                {x.answerReason ? `（${x.answerReason}）` : ''}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Card>
  );
}

function Detail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const result = useConsultation(id);
  const close = useCloseConsultation(id);
  const [closing, setClosing] = useState(false);
  const [summary, setSummary] = useState('');
  const [showReport, setShowReport] = useState(false);

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState error={result.error} record onRetry={() => void result.refetch()} />;
  const c = result.data;
  const failed = (error: unknown) => {
    const details = fieldErrorsOf(error).map((f) => f.message);
    void message.error(details.length > 0 ? details.join(t('common.listSeparator')) : errorText(error, t));
    if (isApiError(error) && error.code === 'version_conflict') void result.refetch();
  };
  const general = c.comments.filter((x) => x.clauseKey === null);
  const keys = new Set(c.clauses.map((x) => x.key));
  const orphan = c.comments.filter((x) => x.clauseKey !== null && !keys.has(x.clauseKey));

  return (
    <>
      <PageHeader
        backTo="/console/workspace/consultations"
        title={c.title}
        tags={
          <>
            <ConsultationStatusTag status={c.status} testId="consultation-status" />
            {c.status === 'open' ? <Countdown deadline={c.deadline} /> : null}
          </>
        }
        extra={
          <Space wrap>
            <Button onClick={() => setShowReport((v) => !v)} data-testid="consultation-report">
              {t('rulesConsole.consultation.report')}
            </Button>
            {c.canManage && c.status === 'open' ? (
              <Button danger onClick={() => setClosing(true)} data-testid="consultation-close">
                {t('rulesConsole.consultation.close')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('rulesConsole.consultations.fields.association')}>
              {c.organisationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('rulesConsole.consultations.fields.document')}>
              <Link to={`/console/workspace/documents/${c.documentId}`}>
                {c.documentTitle} · {t('rulesConsole.documents.versionValue', { number: c.versionNumber })}
              </Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('rulesConsole.consultations.fields.audience')}>
              {t(`rulesConsole.enums.audience.${c.audience}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('rulesConsole.consultations.fields.deadline')}>
              {formatDateTime(c.deadline, locale)}
              {c.closedAt
                ? ` · ${t('rulesConsole.consultation.closedOn', { at: formatDateTime(c.closedAt, locale) })}`
                : ''}
            </Descriptions.Item>
          </Descriptions>
          {c.description ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
          ) : null}
          {c.publishedVersionId ? (
            <Alert
              type="success"
              showIcon
              data-testid="consultation-published"
              message={
                <Link to={`/console/workspace/documents/${c.documentId}`}>
                  {t('rulesConsole.consultation.publishedVersion', { number: c.versionNumber })}
                </Link>
              }
            />
          ) : null}
          {!c.canComment && !c.canManage && c.status === 'open' ? (
            <Typography.Text type="secondary">{t('rulesConsole.consultation.cannotComment')}</Typography.Text>
          ) : null}
        </Card>
        {showReport ? <ReportPanel c={c} onFailed={failed} /> : null}
        <Card title={t('rulesConsole.consultation.text')} data-testid="consultation-text">
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {c.versionTitle}
          </Typography.Title>
          <ClauseText
            preamble={c.preamble}
            clauses={c.clauses}
            extra={(clause) => {
              const of = c.comments.filter((x) => x.clauseKey === clause.key);
              return (
                <Flex vertical gap={6} style={{ marginTop: 4, paddingInlineStart: 12 }}>
                  {of.map((x) => (
                    <CommentItem key={x.id} c={c} comment={x} onFailed={failed} />
                  ))}
                  <CommentBox c={c} clauseKey={clause.key} onFailed={failed} />
                </Flex>
              );
            }}
          />
        </Card>
        <Card title={t('rulesConsole.consultation.general')} data-testid="consultation-general">
          <Flex vertical gap={6}>
            {[...orphan, ...general].map((x) => (
              <CommentItem key={x.id} c={c} comment={x} onFailed={failed} />
            ))}
            {general.length + orphan.length === 0 ? (
              <Typography.Text type="secondary">{t('rulesConsole.consultation.noComments')}</Typography.Text>
            ) : null}
            <CommentBox c={c} clauseKey={null} onFailed={failed} />
          </Flex>
        </Card>
      </Flex>
      <Modal
        open={closing}
        title={t('rulesConsole.consultation.closeTitle')}
        okText={t('rulesConsole.consultation.close')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: close.isPending }}
        onCancel={() => setClosing(false)}
        onOk={() =>
          close.mutate(
            { summary, version: c.version },
            {
              onSuccess: () => {
                setClosing(false);
                void message.success(t('rulesConsole.consultation.closed'));
              },
              onError: failed,
            },
          )
        }
        footer={(_, { OkBtn, CancelBtn }) => (
          <>
            <CancelBtn />
            <span data-testid="consultation-close-confirm">
              <OkBtn />
            </span>
          </>
        )}
      >
        <Typography.Paragraph>{t('rulesConsole.consultation.closeSummary')}</Typography.Paragraph>
        <Input.TextArea
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={5000}
          aria-label={t('rulesConsole.consultation.closeSummary')}
          data-testid="consultation-close-summary"
        />
      </Modal>
    </>
  );
}

export const ConsultationDetailPage = withPermission(['workspace.read', 'member.read', 'consultation.comment'], Detail);
