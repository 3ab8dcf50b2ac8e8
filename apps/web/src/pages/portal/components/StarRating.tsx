import { useTranslation } from 'react-i18next';

const STARS = [1, 2, 3, 4, 5] as const;
type Star = (typeof STARS)[number];

function isStar(value: number | null): value is Star {
  return STARS.includes(value as Star);
}

interface StarRatingProps {
  name: string;
  value: number | null;
  onChange: (value: number) => void;
  legend: string;
}

/** Five radio buttons drawn as stars; each is labelled with its meaning ("5 星：很满意"). */
export function StarRating({ name, value, onChange, legend }: StarRatingProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="pt-stars">
      <legend className="gz-visually-hidden">{legend}</legend>
      {STARS.map((star) => {
        const label = `${star} ★ ${t(`portal.track.rate.stars.${star}`)}`;
        return (
          <label
            key={star}
            className={value !== null && star <= value ? 'pt-star pt-star--on' : 'pt-star'}
            title={t(`portal.track.rate.stars.${star}`)}
          >
            <input
              type="radio"
              name={name}
              value={star}
              checked={value === star}
              aria-label={label}
              onChange={() => onChange(star)}
            />
            <span aria-hidden="true">★</span>
          </label>
        );
      })}
      {isStar(value) ? <span className="pt-field__hint">{t(`portal.track.rate.stars.${value}`)}</span> : null}
    </fieldset>
  );
}
