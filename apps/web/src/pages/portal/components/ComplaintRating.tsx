import type { ComplaintPublicDto, ComplaintTrackBody } from '@gongzhi/contracts';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { useRateComplaint } from '../../../modules/complaint/hooks/useComplaintPublic';
import { FormField, fieldAria } from './FormField';
import { StarRating } from './StarRating';

interface ComplaintRatingProps {
  complaint: ComplaintPublicDto;
  credentials: ComplaintTrackBody;
  onRated: (complaint: ComplaintPublicDto) => void;
}

/** The consumer's 1–5 star rating of a closed case, or the rating already given. */
export function ComplaintRating({ complaint, credentials, onRated }: ComplaintRatingProps) {
  const { t } = useTranslation();
  const rate = useRateComplaint();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  if (complaint.rating !== null) {
    return (
      <section className="pt-card" data-testid="complaint-rating">
        <h2 className="pt-card__title">
          {rate.isSuccess ? t('portal.track.rate.thanks') : t('portal.track.rate.yours')}
        </h2>
        <p className="pt-rating-shown" role="img" aria-label={`${complaint.rating} ★`}>
          {'★'.repeat(complaint.rating)}
        </p>
        {complaint.ratingComment ? <p className="pt-text">{complaint.ratingComment}</p> : null}
      </section>
    );
  }
  if (!complaint.canRate) return null;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (rating === null) {
      setMissing(true);
      return;
    }
    const trimmed = comment.trim();
    rate.mutate(
      { ...credentials, rating, ...(trimmed ? { comment: trimmed } : {}) },
      { onSuccess: (updated) => onRated(updated) },
    );
  };

  return (
    <form className="pt-form-card" noValidate onSubmit={submit} aria-label={t('portal.track.rate.title')}>
      <h2 className="pt-form-card__title">{t('portal.track.rate.title')}</h2>
      <p className="pt-field__hint">{t('portal.track.rate.lead')}</p>
      <StarRating
        name="rating"
        value={rating}
        legend={t('portal.track.rate.title')}
        onChange={(value) => {
          setRating(value);
          setMissing(false);
        }}
      />
      {missing ? (
        <p className="pt-field__error" role="alert">
          {t('portal.track.rate.choose')}
        </p>
      ) : null}
      <FormField id="rate-comment" label={t('portal.track.rate.comment')}>
        <textarea
          {...fieldAria('rate-comment', undefined)}
          className="pt-textarea"
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </FormField>
      {rate.isError ? (
        <div className="pt-alert" role="alert">
          <p>{errorText(rate.error, t)}</p>
        </div>
      ) : null}
      <button type="submit" className="pt-button pt-button--primary pt-button--block" disabled={rate.isPending}>
        {t('portal.track.rate.submit')}
      </button>
    </form>
  );
}
