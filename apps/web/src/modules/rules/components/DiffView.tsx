import type { ClauseDiffDto, DiffSegmentDto, RuleDocumentDto } from '@gongzhi/contracts';
import { Alert, Card, Checkbox, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useDiff } from '../hooks/useRules';

const INS = { background: '#d9f7be', textDecoration: 'underline' } as const;
const DEL = { background: '#ffccc7', textDecoration: 'line-through' } as const;

/** Inline differences: insertions underlined, deletions struck through, each announced to screen readers. */
export function Segments({ segments }: { segments: readonly DiffSegmentDto[] }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'pre-wrap' }}>
      {segments.map((s, i) =>
        s.op === 'equal' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
          <span key={i}>{s.text}</span>
        ) : s.op === 'insert' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <ins key={i} style={INS}>
            <span className="sr-only" style={{ position: 'absolute', left: -10000 }}>
              {t('rulesConsole.detail.inserted')}
            </span>
            {s.text}
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <del key={i} style={DEL}>
            <span className="sr-only" style={{ position: 'absolute', left: -10000 }}>
              {t('rulesConsole.detail.deleted')}
            </span>
            {s.text}
          </del>
        ),
      )}
    </span>
  );
}

function ClauseRow({ row }: { row: ClauseDiffDto }) {
  const { t } = useTranslation();
  const color = { added: 'green', removed: 'red', changed: 'orange', unchanged: 'default' }[row.change];
  const clause = row.to ?? row.from;
  return (
    <Card size="small" data-testid={`diff-${row.key}`}>
      <Flex gap={8} align="baseline" wrap>
        <Tag color={color}>{t(`rulesConsole.enums.change.${row.change}`)}</Tag>
        <Typography.Text strong>
          {row.change === 'changed' && row.heading.length > 0 ? <Segments segments={row.heading} /> : clause?.heading}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0 0' }}>
        {row.change === 'changed' ? (
          <Segments segments={row.text} />
        ) : row.change === 'added' ? (
          <ins style={INS}>{clause?.text}</ins>
        ) : row.change === 'removed' ? (
          <del style={DEL}>{clause?.text}</del>
        ) : (
          <span style={{ whiteSpace: 'pre-wrap' }}>{clause?.text}</span>
        )}
      </Typography.Paragraph>
    </Card>
  );
}

/** Version A / B pickers and the clause-by-clause comparison. */
export function DiffView({ document }: { document: RuleDocumentDto }) {
  const { t } = useTranslation();
  const versions = document.versions;
  const [from, setFrom] = useState<string | undefined>(versions[1]?.id);
  const [to, setTo] = useState<string | undefined>(versions[0]?.id);
  const [all, setAll] = useState(false);
  const diff = useDiff(document.id, from, to);
  const options = versions.map((v) => ({
    value: v.id,
    label: `${t('rulesConsole.documents.versionValue', { number: v.number })} · ${t(`rulesConsole.enums.versionStatus.${v.status}`)}`,
  }));
  return (
    <Card title={t('rulesConsole.detail.compare')} data-testid="diff-view">
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Select
          value={from}
          onChange={setFrom}
          options={options}
          style={{ minWidth: 200 }}
          aria-label={t('rulesConsole.detail.compareFrom')}
          data-testid="diff-from"
        />
        <span aria-hidden>→</span>
        <Select
          value={to}
          onChange={setTo}
          options={options}
          style={{ minWidth: 200 }}
          aria-label={t('rulesConsole.detail.compareTo')}
          data-testid="diff-to"
        />
        <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
          {t('rulesConsole.detail.showUnchanged')}
        </Checkbox>
      </Flex>
      {!from || !to || from === to ? (
        <Alert type="info" showIcon message={t('rulesConsole.detail.compareSame')} />
      ) : diff.isPending ? (
        <LoadingState />
      ) : diff.isError ? (
        <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary" data-testid="diff-counts">
            {t('rulesConsole.detail.diffCounts', diff.data.counts)}
          </Typography.Text>
          {diff.data.title.some((s) => s.op !== 'equal') ? (
            <Typography.Title level={5}>
              <Segments segments={diff.data.title} />
            </Typography.Title>
          ) : null}
          {diff.data.clauses
            .filter((row) => all || row.change !== 'unchanged')
            .map((row) => (
              <ClauseRow key={row.key} row={row} />
            ))}
        </Flex>
      )}
    </Card>
  );
}
