import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { isApiError } from '../../../lib/http';
import { usePublicRuleDocument } from '../../../modules/rules/portal/useRulesPublic';
import { Spinner } from '../components/Spinner';
import { LoadFailed, StateBox } from '../components/StateBox';

/** /rules/:id — a public document's version in force, with its clauses and earlier versions. */
export function RuleDocumentPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const result = usePublicRuleDocument(id);
  if (result.isPending) return <Spinner />;
  if (result.isError) {
    return isApiError(result.error) && result.error.status === 404 ? (
      <StateBox title={t('rulesPortal.notPublic')} action={<Link to="/rules">{t('rulesPortal.back')}</Link>} />
    ) : (
      <LoadFailed error={result.error} onRetry={() => void result.refetch()} />
    );
  }
  const d = result.data;
  const current = d.current;
  const report = current?.consultationId ? d.consultations.find((c) => c.id === current.consultationId) : undefined;
  return (
    <article>
      <p>
        <Link className="pt-back" to="/rules">
          {t('rulesPortal.back')}
        </Link>
      </p>
      <h1 className="pt-page-title">{d.title}</h1>
      <p className="pt-page-lead">
        {d.organisationName} · {t(`rulesConsole.enums.kind.${d.kind}`)}
        {current
          ? ` · ${t('rulesPortal.versionLine', { number: current.number, date: formatDateTime(current.publishedAt, locale) })}`
          : ''}
      </p>
      {report ? (
        <p>
          <Link to={`/rules/consultations/${report.id}`}>{t('rulesPortal.consultationReport')}</Link>
        </p>
      ) : null}
      {current ? (
        <section className="pt-card">
          {current.preamble ? <p className="pt-text">{current.preamble}</p> : null}
          {current.clauses.map((c) => (
            <p key={c.key} id={`clause-${c.key}`} className="pt-text" style={{ whiteSpace: 'pre-wrap' }}>
              {c.heading ? <strong>{c.heading} </strong> : null}
              {c.text}
            </p>
          ))}
        </section>
      ) : null}
      {d.versions.length > 1 ? (
        <section className="pt-section">
          <h2 className="pt-section__title">{t('rulesPortal.versions')}</h2>
          <ul className="pt-list">
            {d.versions.map((v) => (
              <li key={v.id}>
                {t('rulesPortal.versionLine', { number: v.number, date: formatDateTime(v.publishedAt, locale) })} ·{' '}
                {t(`rulesConsole.enums.versionStatus.${v.status}`)}
                {v.changeNote ? ` · ${v.changeNote}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
