import { InfoCircleOutlined } from '@ant-design/icons';
import type { FactDto } from '@gongzhi/contracts';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../lib/format';
import { factLabel, factModuleName, formatFactValue, metricLabel } from './factFormat';
import { linkTargetOf } from './links';

/** A link of a fact: console paths in the app, anything else as a plain link. */
function FactLink({ href, children }: { href: string; children: string }) {
  if (linkTargetOf(href) === 'console') return <Link to={href}>{children}</Link>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/**
 * What the platform holds for an indicator: each fact's values by unit and links to the records. A
 * fact whose module has not landed says so plainly — never a number.
 */
export function FactsPanel({ code, facts }: { code: string; facts: readonly FactDto[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <section data-testid={`facts-${code}`} aria-label={t('evaluationConsole.indicator.facts')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('evaluationConsole.indicator.facts')}
      </Typography.Title>
      {facts.length === 0 ? (
        <Typography.Text type="secondary">{t('evaluationConsole.indicator.noFacts')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          {facts.map((fact) => (
            <div key={fact.key} data-fact={fact.key} data-status={fact.status}>
              <Typography.Text strong>{factLabel(fact.key, locale)}</Typography.Text>
              {fact.status === 'unavailable' ? (
                <div>
                  <Typography.Text type="secondary" data-testid={`fact-unavailable-${code}-${fact.key}`}>
                    <InfoCircleOutlined style={{ marginInlineEnd: 6 }} />
                    {t('evaluationConsole.indicator.factUnavailable', {
                      module: factModuleName(fact.module, locale),
                    })}
                  </Typography.Text>
                </div>
              ) : (
                <>
                  {fact.values.length > 0 ? (
                    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                      {fact.values.map((value) => {
                        const text = formatFactValue(value.metric, value.value, locale);
                        return (
                          <li key={value.metric} data-metric={value.metric}>
                            {t('evaluationConsole.labelValue', {
                              label: metricLabel(value.metric, locale),
                              value: text ?? t('evaluationConsole.indicator.noValue'),
                            })}
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                  {fact.links.length > 0 ? (
                    <Flex gap={4} wrap align="baseline" style={{ marginTop: 4 }}>
                      <Typography.Text type="secondary">{t('evaluationConsole.indicator.records')}</Typography.Text>
                      {fact.links.map((link) => (
                        <span key={`${link.recordType}:${link.recordId ?? ''}:${link.href}`}>
                          <FactLink href={link.href}>{metricLabel(link.label, locale)}</FactLink>
                        </span>
                      ))}
                    </Flex>
                  ) : null}
                </>
              )}
            </div>
          ))}
        </Flex>
      )}
    </section>
  );
}
