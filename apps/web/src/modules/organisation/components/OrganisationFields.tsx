import { fieldMessage } from '@gongzhi/contracts';
import { Col, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { CreditCodeField } from './CreditCodeField';
import { maxRule, phoneRule, requiredChoiceRule, TEXT_LIMITS, websiteRule } from './fieldRules';
import { IndustrySelect } from './IndustrySelect';
import { KindSelect } from './KindSelect';
import type { OrganisationFormValues } from './organisationFormValues';
import { RegionSelect } from './RegionSelect';
import { TextField } from './TextField';

interface OrganisationFieldsProps {
  /** Nests the fields under this name, e.g. 'enterprise' → ['enterprise', 'creditCode']. */
  prefix?: string;
  /**
   * The whole record (kind, English name, website, description), as the organisation form edits it;
   * without, what registering a new member enterprise asks for.
   */
  full?: boolean;
  /** Editing a registered organisation: its kind and credit code cannot change. */
  editing?: boolean;
  /** A registered credit code is an error (registering an organisation), not just a warning. */
  registeredIsError?: boolean;
  /** Offered when the credit code is registered already. */
  onUseRegistered?: (organisationId: string, code: string) => void;
}

/** The fields of an organisation, shared by the organisation form and the new member dialog. */
export function OrganisationFields({
  prefix,
  full = false,
  editing = false,
  registeredIsError,
  onUseRegistered,
}: OrganisationFieldsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const name = (field: keyof OrganisationFormValues) => (prefix ? [prefix, field] : field);
  const kind = Form.useWatch(name('kind'), Form.useFormInstance());

  return (
    <Row gutter={16}>
      {full ? (
        <Col xs={24} md={12}>
          <Form.Item
            name={name('kind')}
            label={t('organisation.fields.kind')}
            rules={[requiredChoiceRule(locale)]}
            extra={editing ? t('organisation.hints.creditCodeFixed') : undefined}
          >
            <KindSelect disabled={editing} />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24} md={12}>
        {editing ? (
          <Form.Item name={name('creditCode')} label={t('organisation.fields.creditCode')}>
            <Input disabled style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        ) : (
          <CreditCodeField
            name={name('creditCode')}
            registeredIsError={registeredIsError}
            onUseRegistered={onUseRegistered}
          />
        )}
      </Col>
      <Col xs={24} md={12}>
        <TextField name={name('name')} label={t('organisation.fields.name')} max={TEXT_LIMITS.name} required />
      </Col>
      {full ? (
        <Col xs={24} md={12}>
          <TextField name={name('nameEn')} label={t('organisation.fields.nameEn')} max={TEXT_LIMITS.short} />
        </Col>
      ) : null}
      <Col xs={24} md={12}>
        <Form.Item
          name={name('regionCode')}
          label={t('organisation.fields.regionCode')}
          rules={[{ required: true, message: fieldMessage(locale, 'region_required') }]}
        >
          <RegionSelect />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('industryCode')}
          label={t('organisation.fields.industryCode')}
          dependencies={full ? [name('kind')] : undefined}
          rules={
            full
              ? [{ required: kind === 'industry_organisation', message: fieldMessage(locale, 'industry_required') }]
              : undefined
          }
        >
          <IndustrySelect />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <TextField name={name('address')} label={t('organisation.fields.address')} max={TEXT_LIMITS.short} />
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('contactPhone')}
          label={t('organisation.fields.contactPhone')}
          rules={[phoneRule(locale)]}
        >
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Col>
      {full ? (
        <>
          <Col xs={24}>
            <Form.Item
              name={name('website')}
              label={t('organisation.fields.website')}
              rules={[websiteRule(locale, t('organisation.fields.website')), maxRule(locale, TEXT_LIMITS.short)]}
            >
              <Input
                maxLength={TEXT_LIMITS.short}
                placeholder={t('organisation.placeholders.website')}
                inputMode="url"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <TextField
              name={name('description')}
              label={t('organisation.fields.description')}
              max={TEXT_LIMITS.text}
              rows={4}
            />
          </Col>
        </>
      ) : null}
      <Col xs={24}>
        <Form.Item
          name={name('published')}
          label={t('organisation.fields.published')}
          valuePropName="checked"
          extra={t('organisation.hints.published')}
        >
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}
