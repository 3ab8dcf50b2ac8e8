import { fieldMessage } from '@gongzhi/contracts';
import { App, Col, DatePicker, Divider, Form, Input, Modal, Radio, Row } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { maxRule, TEXT_LIMITS } from '../../organisation/components/fieldRules';
import { OrganisationPicker } from '../../organisation/components/OrganisationPicker';
import { useAddMember } from '../hooks/useMemberships';
import { type AddMemberValues, toMembershipCreate } from './addMemberValues';
import { LevelSelect } from './LevelSelect';
import { NewEnterpriseFields } from './NewEnterpriseFields';

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
  const { message } = App.useApp();
  const [form] = Form.useForm<AddMemberValues>();
  const mode = Form.useWatch('mode', form) ?? 'new';
  const [pickerSearch, setPickerSearch] = useState('');
  const addMember = useAddMember(associationId);
  const unmatched = useServerErrors(form, addMember.error);

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
    addMember.mutate(toMembershipCreate(values), {
      onSuccess: () => {
        void message.success(t('membership.added'));
        onClose();
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('membership.addTitle')}
      width={760}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={addMember.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        addMember.reset();
        setPickerSearch('');
      }}
      forceRender
    >
      <FormAlert error={addMember.error} details={unmatched} />
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
          <NewEnterpriseFields onUseRegistered={switchToRegistered} />
        )}
        <Divider titlePlacement="start" plain>
          {t('membership.membershipInfo')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="level"
              label={t('membership.fields.level')}
              rules={[{ required: true, message: fieldMessage(locale, 'required') }]}
            >
              <LevelSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="joinedOn"
              label={t('membership.fields.joinedOn')}
              rules={[{ required: true, message: fieldMessage(locale, 'required') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="note" label={t('membership.fields.note')} rules={[maxRule(locale, TEXT_LIMITS.short)]}>
              <Input.TextArea rows={2} maxLength={TEXT_LIMITS.short} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
