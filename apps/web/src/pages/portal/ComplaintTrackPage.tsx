import type { ComplaintPublicDto, ComplaintTrackBody } from '@gongzhi/contracts';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText, isStatus } from '../../lib/errorText';
import { useTrackComplaint } from '../../modules/complaint/hooks/useComplaintPublic';
import { ComplaintRating } from './components/ComplaintRating';
import { ComplaintTimeline } from './components/ComplaintTimeline';
import { DueLine } from './components/DueLine';
import { FormField, fieldAria } from './components/FormField';

function TrackedComplaint({
  complaint,
  credentials,
}: {
  complaint: ComplaintPublicDto;
  credentials: ComplaintTrackBody;
}) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(complaint);
  const closed = ['closed', 'refused', 'transferred'].includes(current.status);
  return (
    <div className="pt-form" data-testid="tracked-complaint">
      <section className="pt-card">
        <div className="pt-detail__head">
          <h2 className="pt-detail__name pt-code">{current.trackingNo}</h2>
          <span className="pt-status" data-testid="tracked-status">
            {t(`enums.complaintStatus.${current.status}`)}
          </span>
        </div>
        <dl className="pt-fields">
          <dt>{t('portal.track.association')}</dt>
          <dd>{current.associationName}</dd>
          <dt>{t('portal.track.respondent')}</dt>
          <dd>{current.respondentName}</dd>
          <dt>{t('complaint.fields.kind')}</dt>
          <dd>
            {t(`enums.complaintKind.${current.kind}`)} · {t(`enums.complaintCategory.${current.category}`)}
          </dd>
          {current.productName ? (
            <>
              <dt>{t('portal.track.product')}</dt>
              <dd>{current.productName}</dd>
            </>
          ) : null}
          <dt>{t('portal.track.received')}</dt>
          <dd>{current.receivedOn}</dd>
          {closed ? null : (
            <>
              <dt>{t('portal.track.deadline')}</dt>
              <dd>
                <DueLine dueOn={current.dueOn} dueKind={current.dueKind} provisional={current.dueProvisional} />
              </dd>
            </>
          )}
          {current.outcome ? (
            <>
              <dt>{t('portal.track.outcome')}</dt>
              <dd>{t(`enums.complaintOutcome.${current.outcome}`)}</dd>
            </>
          ) : null}
          {current.refusalGround ? (
            <>
              <dt>{t('portal.track.refusalGround')}</dt>
              <dd>{t(`enums.refusalGround.${current.refusalGround}`)}</dd>
            </>
          ) : null}
          {current.terminationGround ? (
            <>
              <dt>{t('portal.track.terminationGround')}</dt>
              <dd>{t(`enums.terminationGround.${current.terminationGround}`)}</dd>
            </>
          ) : null}
          {current.enterpriseResponse ? (
            <>
              <dt>{t('portal.track.enterpriseResponse')}</dt>
              <dd className="pt-text">{current.enterpriseResponse}</dd>
            </>
          ) : null}
          {current.resolution ? (
            <>
              <dt>{t('portal.track.resolution')}</dt>
              <dd className="pt-text">{current.resolution}</dd>
            </>
          ) : null}
        </dl>
        {current.dueProvisional && !closed ? (
          <p className="pt-field__hint" style={{ marginTop: 12 }}>
            {t('portal.track.provisionalHint')}
          </p>
        ) : null}
      </section>
      <ComplaintRating complaint={current} credentials={credentials} onRated={setCurrent} />
      <section className="pt-card">
        <h2 className="pt-card__title">{t('portal.track.timeline')}</h2>
        <ComplaintTimeline entries={current.timeline} />
      </section>
    </div>
  );
}

export function ComplaintTrackPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const [trackingNo, setTrackingNo] = useState(search.get('no') ?? '');
  const [phone, setPhone] = useState('');
  const [asked, setAsked] = useState<ComplaintTrackBody | null>(null);
  const [missing, setMissing] = useState<{ trackingNo?: string; phone?: string }>({});
  const track = useTrackComplaint();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { trackingNo: trackingNo.trim(), phone: phone.trim() };
    const required = t('common.required');
    const problems = { trackingNo: body.trackingNo ? undefined : required, phone: body.phone ? undefined : required };
    setMissing(problems);
    if (problems.trackingNo || problems.phone) return;
    setAsked(body);
    track.mutate(body);
  };

  const notFound = isStatus(track.error, 400, 404);
  return (
    <>
      <h1 className="pt-page-title">{t('portal.track.title')}</h1>
      <p className="pt-page-lead">{t('portal.track.lead')}</p>
      {track.data && asked ? (
        <>
          <TrackedComplaint key={track.data.trackingNo} complaint={track.data} credentials={asked} />
          <p style={{ marginTop: 16 }}>
            <button
              type="button"
              className="pt-button"
              onClick={() => {
                track.reset();
                setPhone('');
                setTrackingNo('');
              }}
            >
              {t('portal.track.again')}
            </button>
          </p>
        </>
      ) : (
        <form className="pt-form-card" noValidate onSubmit={submit} aria-label={t('portal.track.title')}>
          <FormField id="track-no" label={t('portal.track.trackingNo')} required error={missing.trackingNo}>
            <input
              {...fieldAria('track-no', missing.trackingNo)}
              className="pt-input pt-code"
              autoComplete="off"
              autoCapitalize="characters"
              maxLength={40}
              value={trackingNo}
              onChange={(event) => setTrackingNo(event.target.value)}
            />
          </FormField>
          <FormField id="track-phone" label={t('portal.track.phone')} required error={missing.phone}>
            <input
              {...fieldAria('track-phone', missing.phone)}
              className="pt-input"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={20}
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
            />
          </FormField>
          {track.isError ? (
            <div className="pt-alert" role="alert">
              <p>{notFound ? t('portal.track.notFound') : errorText(track.error, t)}</p>
            </div>
          ) : null}
          <button type="submit" className="pt-button pt-button--primary pt-button--block" disabled={track.isPending}>
            {t('portal.track.submit')}
          </button>
        </form>
      )}
    </>
  );
}
