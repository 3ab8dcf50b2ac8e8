import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  COMPLAINT_LIMITS,
  type ComplaintCategory,
  type ComplaintKind,
  type IntakeReceiptDto,
  type PublicOrganisationDto,
} from '@gongzhi/contracts';
import { type SubmitEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../lib/errorText';
import { fieldErrorsOf, groupFieldErrors } from '../../lib/fieldErrors';
import { currentLocale } from '../../lib/format';
import {
  emptyIntake,
  INTAKE_FIELDS,
  INTAKE_TEXT_LIMITS,
  type IntakeField,
  type IntakeValues,
  intakeFieldOf,
  nameAttachmentErrors,
  needsAssociation,
  todayInShanghai,
  toIntakeBody,
  validateIntake,
} from '../../modules/complaint/components/intakeForm';
import { useComplaintService, useSubmitComplaint } from '../../modules/complaint/hooks/useComplaintPublic';
import { useFetchPublicOrganisation } from '../../modules/organisation/hooks/usePublic';
import { AttachmentPicker } from './components/AttachmentPicker';
import { EnterpriseSearch } from './components/EnterpriseSearch';
import { FormField, fieldAria } from './components/FormField';
import { IntakeReceipt } from './components/IntakeReceipt';

type Errors = Partial<Record<IntakeField, string>>;

const fieldId = (field: IntakeField) => `intake-${field}`;

/** The first field with a message, in the order of the form. */
function firstInvalid(errors: Errors): IntakeField | undefined {
  return INTAKE_FIELDS.find((field) => errors[field]);
}

function focusField(field: IntakeField | undefined) {
  if (!field) return;
  const element = document.getElementById(fieldId(field));
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element?.focus({ preventScroll: true });
}

/** While the consumer is still searching, the association is not asked yet: only the missing enterprise is reported. */
function visibleProblems(problems: Errors, values: IntakeValues, typing: boolean): Errors {
  if (values.enterprise || typing) return problems;
  const { associationId: _, ...rest } = problems;
  return rest;
}

export function ComplaintIntakePage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const [search] = useSearchParams();
  const service = useComplaintService();
  const submit = useSubmitComplaint();
  const fetchOrganisation = useFetchPublicOrganisation();
  const [values, setValues] = useState<IntakeValues>(() =>
    emptyIntake(search.get('kind') === 'consultation' ? 'consultation' : 'complaint'),
  );
  const [typing, setTyping] = useState(false);
  const [notMember, setNotMember] = useState(false);
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<IntakeReceiptDto | null>(null);
  const prefilled = useRef(false);

  const clientErrors: Errors = checked ? visibleProblems(validateIntake(values, locale), values, typing) : {};
  const errors: Errors = { ...serverErrors, ...clientErrors };
  const errorOf = (field: IntakeField) => clientErrors[field] ?? serverErrors[field];

  const change = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K], field?: IntakeField) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    const cleared = field ?? (key as IntakeField);
    setServerErrors((previous) => {
      if (!previous[cleared]) return previous;
      const { [cleared]: _, ...rest } = previous;
      return rest;
    });
  };

  const pick = async (organisation: Pick<PublicOrganisationDto, 'id' | 'name'>) => {
    const detail = await fetchOrganisation(organisation.id).catch(() => null);
    const associations = detail?.associations.map(({ id, name }) => ({ id, name })) ?? [];
    if (associations.length === 0) {
      setNotMember(true);
      setTyping(true);
      setValues((previous) => ({
        ...previous,
        enterprise: null,
        respondentName: organisation.name,
        associationId: '',
      }));
      return;
    }
    setNotMember(false);
    setTyping(false);
    setValues((previous) => ({
      ...previous,
      enterprise: { id: organisation.id, name: organisation.name, associations },
      associationId: associations.length === 1 ? (associations[0]?.id ?? '') : '',
    }));
    setServerErrors(({ respondent: _, associationId: __, ...rest }) => rest);
  };

  // "投诉该企业" on a member's public page links here with its id.
  const enterpriseId = search.get('enterpriseId');
  useEffect(() => {
    if (!enterpriseId || prefilled.current) return;
    prefilled.current = true;
    void fetchOrganisation(enterpriseId)
      .then((organisation) => pick(organisation))
      .catch(() => undefined);
  });

  const send = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    const problems = visibleProblems(validateIntake(values, locale), values, typing);
    if (Object.keys(problems).length > 0) {
      focusField(firstInvalid(problems));
      return;
    }
    submit.mutate(toIntakeBody(values), {
      onSuccess: (answer) => {
        setReceipt(answer);
        window.scrollTo({ top: 0 });
      },
      onError: (error) => {
        const grouped = groupFieldErrors(nameAttachmentErrors(fieldErrorsOf(error), values.attachments), intakeFieldOf);
        setServerErrors(grouped.byField);
        focusField(firstInvalid(grouped.byField));
      },
    });
  };

  if (receipt) {
    return (
      <IntakeReceipt
        receipt={receipt}
        kind={values.kind}
        onAnother={() => {
          setReceipt(null);
          setValues(emptyIntake(values.kind));
          setChecked(false);
          setTyping(false);
          submit.reset();
        }}
      />
    );
  }

  const errorCount = Object.keys(errors).length;
  const submitFields = fieldErrorsOf(submit.error);
  const unmatched = groupFieldErrors(submitFields, intakeFieldOf).unmatched;
  const associations = values.enterprise?.associations ?? service.data?.associations ?? [];
  const showAssociation = needsAssociation(values) && (values.enterprise !== null || typing);
  const isComplaint = values.kind === 'complaint';

  return (
    <>
      <h1 className="pt-page-title">{t('portal.intake.title')}</h1>
      <p className="pt-page-lead">{t('portal.intake.lead')}</p>
      <form className="pt-form" noValidate onSubmit={send} aria-label={t('portal.intake.title')}>
        <fieldset className="pt-choice-group">
          <legend className="gz-visually-hidden">{t('portal.intake.kind')}</legend>
          {COMPLAINT_KINDS.map((kind) => (
            <label key={kind} className="pt-choice">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={values.kind === kind}
                onChange={() => change('kind', kind as ComplaintKind)}
              />
              <span className="pt-choice__title">{t(`enums.complaintKind.${kind}`)}</span>
              <span className="pt-choice__text">{t(`portal.intake.kindHints.${kind}`)}</span>
            </label>
          ))}
        </fieldset>

        <fieldset className="pt-form-card">
          <legend className="pt-form-card__title">{t('portal.intake.sections.respondent')}</legend>
          {values.enterprise ? (
            <FormField
              id={fieldId('respondent')}
              label={t('portal.intake.enterprise')}
              required
              error={errorOf('respondent')}
            >
              <div className="pt-chosen" id={fieldId('respondent')} tabIndex={-1}>
                <strong>{values.enterprise.name}</strong>
                <button
                  type="button"
                  className="pt-link-button"
                  onClick={() => setValues((previous) => ({ ...previous, enterprise: null, associationId: '' }))}
                >
                  {t('portal.intake.change')}
                </button>
              </div>
            </FormField>
          ) : typing ? (
            <>
              {notMember ? <p className="pt-alert pt-alert--info">{t('portal.intake.notMember')}</p> : null}
              <FormField
                id={fieldId('respondent')}
                label={t('portal.intake.respondentName')}
                required
                error={errorOf('respondent')}
              >
                <input
                  {...fieldAria(fieldId('respondent'), errorOf('respondent'))}
                  className="pt-input"
                  maxLength={INTAKE_TEXT_LIMITS.respondentName}
                  value={values.respondentName}
                  onChange={(event) => change('respondentName', event.target.value, 'respondent')}
                />
              </FormField>
              <FormField
                id={fieldId('respondentAddress')}
                label={t('portal.intake.respondentAddress')}
                error={errorOf('respondentAddress')}
              >
                <input
                  {...fieldAria(fieldId('respondentAddress'), errorOf('respondentAddress'))}
                  className="pt-input"
                  maxLength={INTAKE_TEXT_LIMITS.respondentAddress}
                  value={values.respondentAddress}
                  onChange={(event) => change('respondentAddress', event.target.value)}
                />
              </FormField>
              <button
                type="button"
                className="pt-link-button"
                onClick={() => {
                  setTyping(false);
                  setNotMember(false);
                }}
              >
                {t('portal.intake.backToSearch')}
              </button>
            </>
          ) : (
            <FormField
              id={fieldId('respondent')}
              label={t('portal.intake.enterprise')}
              required
              hint={t('portal.intake.enterpriseHint')}
              error={errorOf('respondent')}
            >
              <EnterpriseSearch
                id={fieldId('respondent')}
                error={errorOf('respondent')}
                onPick={(organisation) => void pick(organisation)}
                onTypeInstead={(typed) => {
                  setTyping(true);
                  setValues((previous) => ({ ...previous, respondentName: previous.respondentName || typed }));
                }}
              />
            </FormField>
          )}
          {showAssociation ? (
            <FormField
              id={fieldId('associationId')}
              label={t('portal.intake.association')}
              required
              hint={values.enterprise ? t('portal.intake.associationHint') : undefined}
              error={errorOf('associationId')}
            >
              <select
                {...fieldAria(fieldId('associationId'), errorOf('associationId'), Boolean(values.enterprise))}
                className="pt-select"
                value={values.associationId}
                onChange={(event) => change('associationId', event.target.value)}
              >
                <option value="">{t('portal.intake.associationChoose')}</option>
                {associations.map((association) => (
                  <option key={association.id} value={association.id}>
                    {association.name}
                  </option>
                ))}
              </select>
            </FormField>
          ) : null}
        </fieldset>

        <fieldset className="pt-form-card">
          <legend className="pt-form-card__title">{t('portal.intake.sections.matter')}</legend>
          <FormField id={fieldId('category')} label={t('portal.intake.category')} required error={errorOf('category')}>
            <select
              {...fieldAria(fieldId('category'), errorOf('category'))}
              className="pt-select"
              value={values.category}
              onChange={(event) => change('category', event.target.value as ComplaintCategory | '')}
            >
              <option value="">{t('portal.intake.categoryChoose')}</option>
              {COMPLAINT_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`enums.complaintCategory.${category}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={fieldId('productName')} label={t('portal.intake.productName')} error={errorOf('productName')}>
            <input
              {...fieldAria(fieldId('productName'), errorOf('productName'))}
              className="pt-input"
              maxLength={INTAKE_TEXT_LIMITS.productName}
              value={values.productName}
              onChange={(event) => change('productName', event.target.value)}
            />
          </FormField>
          <FormField
            id={fieldId('facts')}
            label={isComplaint ? t('portal.intake.facts') : t('portal.intake.factsConsultation')}
            required
            hint={t('portal.intake.factsHint', { min: COMPLAINT_LIMITS.factsMin })}
            error={errorOf('facts')}
          >
            <textarea
              {...fieldAria(fieldId('facts'), errorOf('facts'), true)}
              className="pt-textarea"
              rows={5}
              maxLength={COMPLAINT_LIMITS.factsMax}
              value={values.facts}
              onChange={(event) => change('facts', event.target.value)}
            />
          </FormField>
          {isComplaint ? (
            <FormField
              id={fieldId('request')}
              label={t('portal.intake.request')}
              required
              hint={t('portal.intake.requestHint')}
              error={errorOf('request')}
            >
              <textarea
                {...fieldAria(fieldId('request'), errorOf('request'), true)}
                className="pt-textarea"
                rows={3}
                maxLength={COMPLAINT_LIMITS.requestMax}
                value={values.request}
                onChange={(event) => change('request', event.target.value)}
              />
            </FormField>
          ) : null}
          <FormField
            id={fieldId('harmKnownOn')}
            label={t('portal.intake.harmKnownOn')}
            hint={t('portal.intake.harmKnownOnHint')}
            error={errorOf('harmKnownOn')}
          >
            <input
              {...fieldAria(fieldId('harmKnownOn'), errorOf('harmKnownOn'), true)}
              className="pt-input"
              type="date"
              max={todayInShanghai()}
              value={values.harmKnownOn}
              onChange={(event) => change('harmKnownOn', event.target.value)}
            />
          </FormField>
        </fieldset>

        <fieldset className="pt-form-card">
          <legend className="pt-form-card__title">{t('portal.intake.sections.contact')}</legend>
          <FormField
            id={fieldId('complainantName')}
            label={t('portal.intake.complainantName')}
            required
            error={errorOf('complainantName')}
          >
            <input
              {...fieldAria(fieldId('complainantName'), errorOf('complainantName'))}
              className="pt-input"
              autoComplete="name"
              maxLength={INTAKE_TEXT_LIMITS.complainantName}
              value={values.complainantName}
              onChange={(event) => change('complainantName', event.target.value)}
            />
          </FormField>
          <FormField
            id={fieldId('complainantPhone')}
            label={t('portal.intake.complainantPhone')}
            required
            hint={t('portal.intake.phoneHint')}
            error={errorOf('complainantPhone')}
          >
            <input
              {...fieldAria(fieldId('complainantPhone'), errorOf('complainantPhone'), true)}
              className="pt-input"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={20}
              value={values.complainantPhone}
              onChange={(event) => change('complainantPhone', event.target.value)}
            />
          </FormField>
          <FormField
            id={fieldId('complainantAddress')}
            label={t('portal.intake.complainantAddress')}
            required
            error={errorOf('complainantAddress')}
          >
            <input
              {...fieldAria(fieldId('complainantAddress'), errorOf('complainantAddress'))}
              className="pt-input"
              autoComplete="street-address"
              maxLength={INTAKE_TEXT_LIMITS.complainantAddress}
              value={values.complainantAddress}
              onChange={(event) => change('complainantAddress', event.target.value)}
            />
          </FormField>
          <FormField
            id={fieldId('complainantIdNumber')}
            label={t('portal.intake.complainantIdNumber')}
            hint={t('portal.intake.idNumberHint')}
            error={errorOf('complainantIdNumber')}
          >
            <input
              {...fieldAria(fieldId('complainantIdNumber'), errorOf('complainantIdNumber'), true)}
              className="pt-input"
              autoComplete="off"
              maxLength={INTAKE_TEXT_LIMITS.idNumber}
              value={values.complainantIdNumber}
              onChange={(event) => change('complainantIdNumber', event.target.value)}
            />
          </FormField>
          <div className="pt-field">
            <label className="pt-check" htmlFor={fieldId('consentShareContact')}>
              <input
                id={fieldId('consentShareContact')}
                type="checkbox"
                checked={values.consentShareContact}
                aria-describedby={`${fieldId('consentShareContact')}-hint`}
                onChange={(event) => change('consentShareContact', event.target.checked)}
              />
              <span>{t('portal.intake.consent')}</span>
            </label>
            <p className="pt-field__hint" id={`${fieldId('consentShareContact')}-hint`}>
              {t('portal.intake.consentHint')}
            </p>
            {errorOf('consentShareContact') ? (
              <p className="pt-field__error" role="alert">
                {errorOf('consentShareContact')}
              </p>
            ) : null}
          </div>
        </fieldset>

        <fieldset className="pt-form-card">
          <legend className="pt-form-card__title">{t('portal.intake.sections.attachments')}</legend>
          <FormField
            id={fieldId('attachments')}
            label={t('portal.intake.addFiles')}
            hint={t('portal.intake.attachmentsHint', { max: COMPLAINT_LIMITS.attachmentsMax })}
            error={errorOf('attachments')}
          >
            <AttachmentPicker
              id={fieldId('attachments')}
              value={values.attachments}
              onChange={(next) => change('attachments', next)}
              onBusyChange={setBusy}
              error={errorOf('attachments')}
            />
          </FormField>
        </fieldset>

        {errorCount > 0 || submit.isError ? (
          <div className="pt-alert" role="alert">
            {errorCount > 0 ? <p>{t('portal.intake.fixErrors', { count: errorCount })}</p> : null}
            {submit.isError && submitFields.length === 0 ? <p>{errorText(submit.error, t)}</p> : null}
            {unmatched.length > 0 ? (
              <ul>
                {unmatched.map((item) => (
                  <li key={`${item.field}:${item.issue}`}>{item.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}

        <button
          type="submit"
          className="pt-button pt-button--primary pt-button--block"
          disabled={submit.isPending || busy}
        >
          {submit.isPending ? t('portal.intake.submitting') : t('portal.intake.submit')}
        </button>
      </form>
    </>
  );
}
