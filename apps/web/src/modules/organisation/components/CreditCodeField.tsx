import { fieldMessage, normaliseUscc } from '@gongzhi/contracts';
import { Button, Form, Input, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../lib/format';
import { usccMessage } from '../../../lib/usccMessage';
import { organisationApi } from '../api/organisation.api';
import { useCreditCodeCheck } from '../hooks/useCreditCodeCheck';

interface CreditCodeFieldProps {
  /** Form name path, e.g. 'creditCode' or ['enterprise', 'creditCode']. */
  name: string | (string | number)[];
  label?: ReactNode;
  /** Offered when the code is already registered (e.g. "add that enterprise instead"). */
  onUseRegistered?: (organisationId: string, code: string) => void;
  /** A registered code is an error here (registering an organisation), not just a warning. */
  registeredIsError?: boolean;
}

/**
 * The Unified Social Credit Code input: checked as the user types with the server's own rule
 * (contracts' validateUscc) and messages; on blur the server says whether it is already registered.
 */
export function CreditCodeField({ name, label, onUseRegistered, registeredIsError = false }: CreditCodeFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const form = Form.useFormInstance();
  const registration = useCreditCodeCheck();
  const typed = normaliseUscc(String(Form.useWatch(name, form) ?? ''));
  const registered =
    registration.result && registration.result.code === typed ? registration.result.registeredOrganisationId : null;

  const onBlur = () => {
    const value = String(form.getFieldValue(name) ?? '');
    if (!value.trim() || usccMessage(value, locale, false)) registration.clear();
    else void registration.check(value);
  };

  const extra = registered ? (
    <Space size={4} wrap>
      {registeredIsError ? null : (
        <Typography.Text type="warning">{t('organisation.creditCode.registered')}</Typography.Text>
      )}
      {onUseRegistered ? (
        <Button type="link" size="small" onClick={() => onUseRegistered(registered, typed)}>
          {t('organisation.creditCode.useRegistered')}
        </Button>
      ) : (
        <Link to={`/console/organisations/${registered}`}>{t('organisation.creditCode.openRegistered')}</Link>
      )}
    </Space>
  ) : registration.checking ? (
    <Typography.Text type="secondary">{t('organisation.creditCode.checking')}</Typography.Text>
  ) : null;

  return (
    <Form.Item
      name={name}
      label={label ?? t('organisation.fields.creditCode')}
      required
      validateTrigger={['onChange', 'onBlur']}
      normalize={(value: string | undefined) => value?.toUpperCase()}
      validateFirst
      extra={extra}
      rules={[
        { required: true, whitespace: true, message: fieldMessage(locale, 'required') },
        {
          validator: async (_, value: string | undefined) => {
            const message = usccMessage(value ?? '', locale, true);
            if (message) throw new Error(message);
          },
        },
        {
          validateTrigger: 'onBlur',
          validator: async (_, value: string | undefined) => {
            const message = usccMessage(value ?? '', locale, false);
            if (message) throw new Error(message);
            if (!registeredIsError || !value) return;
            const answer = await organisationApi.checkCreditCode(normaliseUscc(value)).catch(() => null);
            if (answer?.registeredOrganisationId) throw new Error(fieldMessage(locale, 'duplicate_credit_code'));
          },
        },
      ]}
    >
      <Input
        maxLength={30}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('organisation.placeholders.creditCode')}
        onBlur={onBlur}
        style={{ fontFamily: 'monospace' }}
      />
    </Form.Item>
  );
}
