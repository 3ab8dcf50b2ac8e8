import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormFieldProps {
  /** The id of the control, which the label points at. */
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  /** The message to show under the control (from the form's checks or the server's 400). */
  error?: string | undefined;
  children: ReactNode;
}

/**
 * A labelled portal form control with its hint and error. The control itself should carry
 * `aria-describedby={describedBy(id, …)}` and `aria-invalid` (see `fieldAria`).
 */
export function FormField({ id, label, required = false, hint, error, children }: FormFieldProps) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'pt-field pt-field--invalid' : 'pt-field'}>
      <label className="pt-field__label" htmlFor={id}>
        {label}
        {required ? (
          <span className="pt-field__required" title={t('portal.intake.required')}>
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p className="pt-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="pt-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The accessibility attributes of a control inside a `FormField`. */
export function fieldAria(id: string, error: string | undefined, hasHint = false) {
  const describedBy = [hasHint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
}
