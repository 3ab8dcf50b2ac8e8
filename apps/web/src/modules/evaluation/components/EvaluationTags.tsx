import type { AssessmentKind, AssessmentStatus, CommentDto, ImprovementActionStatus } from '@gongzhi/contracts';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { formatScore } from './factFormat';
import { type Trend, trendOf } from './indicators';

const STATUS_COLORS: Record<AssessmentStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  changes_requested: 'warning',
  reviewed: 'cyan',
  final: 'success',
};

export function AssessmentStatusTag({ status, testId }: { status: AssessmentStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status} data-testid={testId}>
      {t(`evaluationConsole.enums.status.${status}`)}
    </Tag>
  );
}

export function AssessmentKindTag({ kind }: { kind: AssessmentKind }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" data-kind={kind}>
      {t(`evaluationConsole.enums.kind.${kind}`)}
    </Tag>
  );
}

const ACTION_COLORS: Record<ImprovementActionStatus, string> = {
  open: 'gold',
  implemented: 'processing',
  closed: 'success',
};

export function ActionStatusTag({ status }: { status: ImprovementActionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={ACTION_COLORS[status]} data-status={status}>
      {t(`evaluationConsole.enums.actionStatus.${status}`)}
    </Tag>
  );
}

export function DecisionTag({ decision }: { decision: CommentDto['decision'] }) {
  const { t } = useTranslation();
  if (!decision) return null;
  return (
    <Tag color={decision === 'approve' ? 'success' : 'warning'}>
      {t(`evaluationConsole.enums.decision.${decision}`)}
    </Tag>
  );
}

/** A score 0–100 with one decimal, or "not scored" (or `empty`, e.g. a dash in a wide table). */
export function ScoreText({
  score,
  strong = false,
  empty,
}: {
  score: number | null | undefined;
  strong?: boolean;
  empty?: string;
}) {
  const { t, i18n } = useTranslation();
  const text = formatScore(score, currentLocale(i18n.language));
  if (text === null) {
    return <Typography.Text type="secondary">{empty ?? t('evaluationConsole.common.notScored')}</Typography.Text>;
  }
  return <Typography.Text strong={strong}>{text}</Typography.Text>;
}

const TREND_COLORS: Record<Trend, string> = { up: '#389e0d', down: '#cf1322', same: '#8c8c8c' };
const TREND_MARKS: Record<Trend, string> = { up: '↑', down: '↓', same: '→' };

/** A change of score: ↑ green, ↓ red, → grey; a dash when there is nothing to compare. */
export function ChangeText({ change }: { change: number | null }) {
  const { t, i18n } = useTranslation();
  const trend = trendOf(change);
  if (trend === null || change === null) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const value = formatScore(Math.abs(change), currentLocale(i18n.language));
  return (
    <span style={{ color: TREND_COLORS[trend], whiteSpace: 'nowrap' }} data-trend={trend}>
      {TREND_MARKS[trend]} {trend === 'same' ? '0' : value}
    </span>
  );
}
