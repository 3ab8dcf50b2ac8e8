import { Col, DatePicker, Divider, Form, Radio, Row } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { requiredChoiceRule, TEXT_LIMITS } from '../../organisation/components/fieldRules';
import { OrganisationFields } from '../../organisation/components/OrganisationFields';
import { OrganisationPicker } from '../../organisation/components/OrganisationPicker';
import { TextField } from '../../organisation/components/TextField';
import { useAddMember } from '../hooks/useMemberships';
import { type AddMemberValues, toMembershipCreate } from './addMemberValues';
import { LevelSelect } from './LevelSelect';

interface AddMemberDialogProps {
  associationId: string;
  /** Pre-selected region for a new enterprise (usually the association's own). */
  defaultRegionCode?: string | undefined;
  open: boolean;
  onClose: () => void;
}

export function AddMemberDialog({ associationId, defaultRegionCode, open, onClose }: AddMemberDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<AddMemberValues>();
  const mode = Form.useWatch('mode', form) ?? 'new';
  const [pickerSearch, setPickerSearch] = useState('');
  const addMember = useAddMember(associationId);

  const initialValues: Partial<AddMemberValues> = {
    mode: 'new',
    level: 'member',
    joinedOn: dayjs(),
    enterprise: { regionCode: defaultRegionCode ?? null, published: true },
  };

  const switchToRegistered = (organisationId: string, code: string) => {
    setPickerSearch(code);
    form.setFieldsValue({ mode: 'existing', enterpriseId: organisationId });
  };

  const submit = (values: AddMemberValues) => {
    addMember.mutate(toMembershipCreate(values), { onSuccess: () => closeWith(t('membership.added')) });
  };

  return (
    <FormDialog
      open={open}
      title={t('membership.addTitle')}
      width={760}
      form={form}
      save={addMember}
      onClose={onClose}
      afterClose={() => setPickerSearch('')}
    >
      <Form<AddMemberValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        <Form.Item name="mode" label={t('membership.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'new', label: t('membership.modeNew') },
              { value: 'existing', label: t('membership.modeExisting') },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item
            name="enterpriseId"
            label={t('membership.enterprise')}
            rules={[{ required: true, message: t('membership.enterpriseRequired') }]}
          >
            <OrganisationPicker
              key={pickerSearch}
              kind="enterprise"
              initialSearch={pickerSearch}
              placeholder={t('membership.enterpriseSearch')}
            />
          </Form.Item>
        ) : (
          <OrganisationFields prefix="enterprise" onUseRegistered={switchToRegistered} />
        )}
        <Divider titlePlacement="start" plain>
          {t('membership.membershipInfo')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="level" label={t('membership.fields.level')} rules={[requiredChoiceRule(locale)]}>
              <LevelSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="joinedOn" label={t('membership.fields.joinedOn')} rules={[requiredChoiceRule(locale)]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <TextField name="note" label={t('membership.fields.note')} max={TEXT_LIMITS.short} rows={2} />
          </Col>
        </Row>
      </Form>
    </FormDialog>
  );
}
