import type { PublicCreditPageDto } from '@gongzhi/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isStatus } from '../../../lib/errorText';
import { currentLocale } from '../../../lib/format';
import {
  creditCodeFromParam,
  dayOf,
  isCreditPageEmpty,
  pickGradeLabel,
} from '../../../modules/credit/portal/creditPortal';
import { usePublicCreditPage } from '../../../modules/credit/portal/useCreditPublic';
import { Spinner } from '../components/Spinner';
import { LoadFailed, StateBox } from '../components/StateBox';
import { CommitmentItem } from './components/CommitmentItem';
import { CreditMeasureItem } from './components/CreditMeasureItem';
import { CreditRecordItem } from './components/CreditRecordItem';
import { CreditWarningItem } from './components/CreditWarningItem';
import { GradeBadge } from './components/GradeBadge';
import './credit.css';

/** /credit/:creditCode — one enterprise's public credit page: only published, in-window information. */
export function CreditEnterprisePage() {
  const { t } = useTranslation();
  const { creditCode: param } = useParams();
  const creditCode = creditCodeFromParam(param);
  const result = usePublicCreditPage(creditCode);
  const back = (
    <Link to="/credit" className="pt-back">
      ← {t('creditPortal.enterprise.back')}
    </Link>
  );
  const notFound = (
    <>
      {back}
      <StateBox title={t('creditPortal.enterprise.notFound')} text={t('creditPortal.enterprise.notFoundHint')} />
    </>
  );

  if (creditCode === null) return notFound;
  if (result.isPending) return <Spinner />;
  if (result.isError) {
    if (isStatus(result.error, 400, 404)) return notFound;
    return (
      <>
        {back}
        <LoadFailed error={result.error} onRetry={() => void result.refetch()} />
      </>
    );
  }
  return (
    <>
      {back}
      <CreditPage page={result.data} />
    </>
  );
}

function CreditPage({ page }: { page: PublicCreditPageDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { enterprise } = page;
  const empty = isCreditPageEmpty(page);

  return (
    <>
      <div className="pt-detail__head">
        <h1 className="pt-detail__name">{enterprise.name}</h1>
      </div>
      <section className="pt-card" aria-label={t('creditPortal.enterprise.registry')}>
        <dl className="pt-fields">
          <dt>{t('creditPortal.fields.creditCode')}</dt>
          <dd className="pt-code" data-testid="credit-code">
            {enterprise.creditCode}
          </dd>
          {enterprise.regionName ? (
            <>
              <dt>{t('creditPortal.fields.region')}</dt>
              <dd>{enterprise.regionName}</dd>
            </>
          ) : null}
          {enterprise.industryName ? (
            <>
              <dt>{t('creditPortal.fields.industry')}</dt>
              <dd>{enterprise.industryName}</dd>
            </>
          ) : null}
        </dl>
        <p className="pt-credit-card-link">
          <Link to={`/directory?q=${encodeURIComponent(enterprise.creditCode)}`}>
            {t('creditPortal.enterprise.directory')}
          </Link>
        </p>
      </section>

      {empty ? (
        <div className="pt-section">
          <StateBox
            title={t('creditPortal.enterprise.nothingPublished')}
            text={t('creditPortal.enterprise.nothingPublishedHint')}
          />
        </div>
      ) : (
        <>
          <Section id="credit-grades" title={t('creditPortal.enterprise.grades')}>
            {page.grades.length === 0 ? (
              <EmptyLine text={t('creditPortal.enterprise.noGrades')} />
            ) : (
              <ul className="pt-credit-grades">
                {page.grades.map((grade) => (
                  <li key={`${grade.associationName}|${grade.asOf}`} className="pt-card pt-credit-grade">
                    <GradeBadge code={grade.grade} large />
                    <div className="pt-credit-grade__body">
                      <p className="pt-credit-grade__label">{pickGradeLabel(grade.gradeLabel, locale, grade.grade)}</p>
                      <p className="pt-credit-meta">
                        {t('creditPortal.enterprise.gradeBy', { association: grade.associationName })}
                      </p>
                      <p className="pt-credit-meta">
                        {t('creditPortal.enterprise.gradeAsOf', { date: grade.asOf })} ·{' '}
                        {t('creditPortal.enterprise.gradePublished', { date: dayOf(grade.publishedAt) })}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          {page.warnings.length > 0 ? (
            <Section id="credit-warnings" title={t('creditPortal.enterprise.warnings')}>
              <ul className="pt-org-list">
                {page.warnings.map((warning) => (
                  <li key={warning.id}>
                    <CreditWarningItem warning={warning} showEnterprise={false} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          <Section
            id="credit-records"
            title={t('creditPortal.enterprise.records')}
            note={t('creditPortal.enterprise.recordsNote')}
          >
            {page.records.length === 0 ? (
              <EmptyLine text={t('creditPortal.enterprise.noRecords')} />
            ) : (
              <ul className="pt-org-list">
                {page.records.map((record) => (
                  <li key={record.id}>
                    <CreditRecordItem record={record} />
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="credit-measures" title={t('creditPortal.enterprise.measures')}>
            {page.measures.length === 0 ? (
              <EmptyLine text={t('creditPortal.enterprise.noMeasures')} />
            ) : (
              <ul className="pt-org-list">
                {page.measures.map((measure) => (
                  <li key={measure.id}>
                    <CreditMeasureItem measure={measure} showEnterprise={false} />
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="credit-commitments" title={t('creditPortal.enterprise.commitments')}>
            {page.commitments.length === 0 ? (
              <EmptyLine text={t('creditPortal.enterprise.noCommitments')} />
            ) : (
              <ul className="pt-org-list">
                {page.commitments.map((commitment) => (
                  <li key={commitment.id}>
                    <CommitmentItem commitment={commitment} showEnterprise={false} />
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </>
  );
}

function Section({ id, title, note, children }: { id: string; title: string; note?: string; children: ReactNode }) {
  return (
    <section className="pt-section" aria-labelledby={id} data-testid={id}>
      <h2 className="pt-section__title" id={id}>
        {title}
      </h2>
      {note ? <p className="pt-result-count">{note}</p> : null}
      {children}
    </section>
  );
}

function EmptyLine({ text }: { text: string }) {
  return <p className="pt-credit-empty">{text}</p>;
}
