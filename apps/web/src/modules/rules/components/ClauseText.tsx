import type { DocumentClauseDto } from '@gongzhi/contracts';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A version's text: preamble, then each clause with an anchor (#clause-<key>) and optional extras below it. */
export function ClauseText({
  preamble,
  clauses,
  extra,
}: {
  preamble: string;
  clauses: readonly DocumentClauseDto[];
  extra?: (clause: DocumentClauseDto) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      {preamble ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{preamble}</Typography.Paragraph>
      ) : null}
      {clauses.length === 0 ? (
        <Typography.Text type="secondary">{t('rulesConsole.detail.noClauses')}</Typography.Text>
      ) : null}
      {clauses.map((c) => (
        <section key={c.key} id={`clause-${c.key}`} data-testid={`clause-text-${c.key}`}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {c.heading ? <Typography.Text strong>{c.heading} </Typography.Text> : null}
            {c.text}
          </Typography.Paragraph>
          {extra?.(c)}
        </section>
      ))}
    </Flex>
  );
}
