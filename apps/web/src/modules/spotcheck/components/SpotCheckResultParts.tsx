import type { SpotCheckResultDto } from '@gongzhi/contracts';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { todayInShanghai } from '../../credit/components/dates';
import { ReinspectionStatusTag, SpotCheckMatchTag, SpotCheckResultTag } from './SpotCheckTags';
import { joinItems, offersReinspection, reinspectionWindow } from './spotCheckFormat';

/** The enterprise as the file named it, its credit code and (optionally) how it was matched. */
export function ResultEnterprise({ row, showMatch }: { row: SpotCheckResultDto; showMatch: boolean }) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text strong style={{ wordBreak: 'break-word' }}>
        {row.enterpriseName}
      </Typography.Text>
      {row.creditCode ? (
        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
          {row.creditCode}
        </Typography.Text>
      ) : null}
      {showMatch ? (
        <span>
          <SpotCheckMatchTag match={row.match} />
        </span>
      ) : null}
    </Flex>
  );
}

/** Product name with trademark, model and batch under it. */
export function ResultProduct({ row }: { row: SpotCheckResultDto }) {
  const { t } = useTranslation();
  const details = [
    row.trademark ? t('spotCheckConsole.common.trademark', { trademark: row.trademark }) : null,
    row.modelSpec || null,
    row.batch ? t('spotCheckConsole.common.batch', { batch: row.batch }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text style={{ wordBreak: 'break-word' }}>{row.productName}</Typography.Text>
      {details.length > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-word' }}>
          {details.join(' · ')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** The result, the re-inspection under way or decided, and the result that stands. */
export function ResultOutcome({ row }: { row: SpotCheckResultDto }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap align="center">
      <SpotCheckResultTag result={row.result} />
      {row.reinspection ? <ReinspectionStatusTag status={row.reinspection} /> : null}
      {row.finalResult !== row.result ? (
        <Tag variant="outlined">
          {t('spotCheckConsole.common.finalResult')}: {t(`spotCheckConsole.enums.result.${row.finalResult}`)}
        </Tag>
      ) : null}
    </Flex>
  );
}

export function ResultFailingItems({ row }: { row: SpotCheckResultDto }) {
  const { t, i18n } = useTranslation();
  if (row.failingItems.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const text = joinItems(row.failingItems, currentLocale(i18n.language));
  return (
    <Typography.Paragraph type="danger" ellipsis={{ rows: 3, tooltip: text }} style={{ margin: 0, maxWidth: 280 }}>
      {text}
    </Typography.Paragraph>
  );
}

/** "15 日内可申请复检，截止 …" with the days left, while the window is open. */
export function ReinspectionDeadline({ row }: { row: SpotCheckResultDto }) {
  const { t } = useTranslation();
  if (row.result !== 'unqualified' || row.reinspection) return null;
  const window = reinspectionWindow(row.reinspectionDeadline, todayInShanghai());
  if (!window) return null;
  if (!window.open) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-reinspection-deadline={window.deadline}>
        {t('spotCheckConsole.common.reinspectionClosed', { date: window.deadline })}
      </Typography.Text>
    );
  }
  return (
    <Flex gap={4} wrap align="center" data-reinspection-deadline={window.deadline}>
      <Typography.Text style={{ fontSize: 12 }}>
        {t('spotCheckConsole.common.reinspectionDeadline', { date: window.deadline })}
      </Typography.Text>
      <Tag color={window.daysLeft <= 3 ? 'orange' : 'default'}>
        {window.daysLeft === 0
          ? t('spotCheckConsole.common.reinspectionLastDay')
          : t('spotCheckConsole.common.reinspectionDaysLeft', { count: window.daysLeft })}
      </Tag>
    </Flex>
  );
}

export interface ResultActionHandlers {
  /** The enterprise asks for a re-inspection (shown where the result allows it). */
  onRequestReinspection?: ((row: SpotCheckResultDto) => void) | undefined;
  /** The regulator matches the row with an enterprise (shown where the result allows it). */
  onMatch?: ((row: SpotCheckResultDto) => void) | undefined;
}

/** The buttons a row offers: request re-inspection, match; none when the user may do neither. */
export function ResultActions({
  row,
  onRequestReinspection,
  onMatch,
}: { row: SpotCheckResultDto } & ResultActionHandlers) {
  const { t } = useTranslation();
  const reinspect = onRequestReinspection && offersReinspection(row);
  const match = onMatch && row.abilities.match;
  if (!reinspect && !match) return null;
  return (
    <Flex gap={8} wrap>
      {reinspect ? (
        <Button
          type="primary"
          size="small"
          data-testid="reinspection-button"
          aria-label={t('spotCheckConsole.common.requestReinspectionFor', { product: row.productName })}
          onClick={() => onRequestReinspection(row)}
        >
          {t('spotCheckConsole.common.requestReinspection')}
        </Button>
      ) : null}
      {match ? (
        <Button
          size="small"
          data-testid="match-button"
          aria-label={t('spotCheckConsole.common.matchFor', { name: row.enterpriseName })}
          onClick={() => onMatch(row)}
        >
          {t('spotCheckConsole.common.match')}
        </Button>
      ) : null}
    </Flex>
  );
}
