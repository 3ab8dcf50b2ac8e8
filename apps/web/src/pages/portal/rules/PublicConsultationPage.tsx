import type { ConsultationCommentDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { isApiError } from '../../../lib/http';
import { usePublicConsultation } from '../../../modules/rules/portal/useRulesPublic';
import { Spinner } from '../components/Spinner';
import { LoadFailed, StateBox } from '../components/StateBox';

function Comment({ c }: { c: ConsultationCommentDto }) {
  const { t } = useTranslation();
  return (
    <li className="pt-text">
      <strong>{c.authorOrganisation ?? t('rulesPortal.consultations.anonymous')}</strong>：{c.body}
      <br />
      {c.answer
        ? t('rulesPortal.consultations.answerLine', { answer: t(`rulesConsole.enums.answer.${c.answer}`) })
        : t('rulesPortal.consultations.unanswered')}
      {c.answerReason ? ` · ${t('rulesPortal.consultations.reasonLine', { reason: c.answerReason })}` : ''}
    </li>
  );
}

/** /rules/consultations/:id — a public consultation's text with the comments on each clause and their answers. */
export function PublicConsultationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const result = usePublicConsultation(id);
  if (result.isPending) return <Spinner />;
  if (result.isError) {
    return isApiError(result.error) && result.error.status === 404 ? (
      <StateBox
        title={t('rulesPortal.consultations.notPublic')}
        action={<Link to="/rules/consultations">{t('rulesPortal.back')}</Link>}
      />
    ) : (
      <LoadFailed error={result.error} onRetry={() => void result.refetch()} />
    );
  }
  const c = result.data;
  const general = c.comments.filter((x) => x.clauseKey === null);
  return (
    <article>
      <p>
        <Link className="pt-back" to="/rules/consultations">
          {t('rulesPortal.back')}
        </Link>
      </p>
      <h1 className="pt-page-title">{c.title}</h1>
      <p className="pt-page-lead">
        {c.organisationName} · {t(`rulesConsole.enums.consultationStatus.${c.status}`)} ·{' '}
        {t('rulesPortal.consultations.deadline', { date: formatDateTime(c.deadline, locale) })}
      </p>
      {c.description ? <p className="pt-text">{c.description}</p> : null}
      {c.accepting ? (
        <p>
          <Link
            className="pt-button pt-button--primary"
            to="/login"
            state={{ from: `/console/workspace/consultations/${c.id}` }}
            data-testid="public-consultation-sign-in"
          >
            {t('rulesPortal.consultations.signIn')}
          </Link>
        </p>
      ) : null}
      <section className="pt-card">
        <h2 className="pt-section__title">{c.versionTitle}</h2>
        {c.preamble ? <p className="pt-text">{c.preamble}</p> : null}
        {c.clauses.map((clause) => {
          const of = c.comments.filter((x) => x.clauseKey === clause.key);
          return (
            <div key={clause.key} id={`clause-${clause.key}`}>
              <p className="pt-text" style={{ whiteSpace: 'pre-wrap' }}>
                {clause.heading ? <strong>{clause.heading} </strong> : null}
                {clause.text}
              </p>
              {of.length > 0 ? (
                <ul className="pt-list">
                  {of.map((x) => (
                    <Comment key={x.id} c={x} />
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </section>
      <section className="pt-section">
        <h2 className="pt-section__title">{t('rulesPortal.consultations.general')}</h2>
        {general.length === 0 ? <p className="pt-text">{t('rulesPortal.consultations.noComments')}</p> : null}
        <ul className="pt-list">
          {general.map((x) => (
            <Comment key={x.id} c={x} />
          ))}
        </ul>
      </section>
    </article>
  );
}
