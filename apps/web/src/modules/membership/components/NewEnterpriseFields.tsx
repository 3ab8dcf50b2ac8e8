import { fieldMessage } from '@gongzhi/contracts';
import { Col, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { CreditCodeField } from '../../organisation/components/CreditCodeField';
import { maxRule, phoneRule, requiredRule, TEXT_LIMITS } from '../../organisation/components/fieldRules';
import { IndustrySelect } from '../../organisation/components/IndustrySelect';
import { RegionSelect } from '../../organisation/components/RegionSelect';

interface NewEnterpriseFieldsProps {
  onUseRegistered: (organisationId: string, code: string) => void;
}

/** The `enterprise` part of a new membership: registers the enterprise in the same step. */
export function NewEnterpriseFields({ onUseRegistered }: NewEnterpriseFieldsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <CreditCodeField name={['enterprise', 'creditCode']} onUseRegistered={onUseRegistered} />
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['enterprise', 'name']}
          label={t('organisation.fields.name')}
          rules={[requiredRule(locale), maxRule(locale, TEXT_LIMITS.name)]}
        >
          <Input maxLength={TEXT_LIMITS.name} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['enterprise', 'regionCode']}
          label={t('organisation.fields.regionCode')}
          rules={[{ required: true, message: fieldMessage(locale, 'region_required') }]}
        >
          <RegionSelect />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['enterprise', 'industryCode']} label={t('organisation.fields.industryCode')}>
          <IndustrySelect />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['enterprise', 'address']}
          label={t('organisation.fields.address')}
          rules={[maxRule(locale, TEXT_LIMITS.short)]}
        >
          <Input maxLength={TEXT_LIMITS.short} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['enterprise', 'contactPhone']}
          label={t('organisation.fields.contactPhone')}
          rules={[phoneRule(locale)]}
        >
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name={['enterprise', 'published']}
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
