import { fieldMessage, LIMITS, ROLE_ORGANISATION_KIND, type Role } from '@gongzhi/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useCurrentUser } from '../../auth/hooks/currentUser';
import { maxRule, requiredChoiceRule, requiredRule, TEXT_LIMITS } from '../../organisation/components/fieldRules';
import { OrganisationPicker } from '../../organisation/components/OrganisationPicker';
import { blankToNull } from '../../organisation/components/organisationFormValues';
import { TextField } from '../../organisation/components/TextField';
import { useCreateUser } from '../hooks/useUsers';
import { assignableRoles, defaultOrganisationFor } from './assignableRoles';
import { NewPasswordField } from './NewPasswordField';

interface CreateUserValues {
  username: string;
  displayName: string;
  email?: string | null;
  password: string;
  role: Role;
  organisationId?: string | null;
}

interface CreateUserDialogProps {
  open: boolean;
  onClose: () => void;
}

export function CreateUserDialog({ open, onClose }: CreateUserDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const me = useCurrentUser();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<CreateUserValues>();
  const createUser = useCreateUser();
  const role = Form.useWatch('role', form);
  const roles = assignableRoles(me);
  const organisationKind = role ? ROLE_ORGANISATION_KIND[role] : null;
  const ownOrganisationOnly = organisationKind !== null && !roles.includes('regulator_admin');
  const ownOfKind = me.organisations.filter((organisation) => organisation.kind === organisationKind);

  const submit = (values: CreateUserValues) => {
    createUser.mutate(
      {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        email: blankToNull(values.email),
        password: values.password,
        role: values.role,
        organisationId: organisationKind ? (values.organisationId ?? null) : null,
      },
      { onSuccess: () => closeWith(t('common.created')) },
    );
  };

  return (
    <FormDialog open={open} title={t('user.createTitle')} width={680} form={form} save={createUser} onClose={onClose}>
      <Form<CreateUserValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<CreateUserValues>) => {
          if (changed.role) form.setFieldValue('organisationId', defaultOrganisationFor(me, changed.role) ?? null);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="username"
              label={t('user.fields.username')}
              rules={[
                requiredRule(locale),
                { min: LIMITS.usernameMin, message: fieldMessage(locale, 'too_short', { limit: LIMITS.usernameMin }) },
                maxRule(locale, LIMITS.usernameMax),
                { pattern: /^[A-Za-z0-9_.@-]+$/, message: fieldMessage(locale, 'pattern') },
              ]}
            >
              <Input autoComplete="off" maxLength={LIMITS.usernameMax} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <TextField name="displayName" label={t('user.fields.displayName')} max={TEXT_LIMITS.name} required />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="email"
              label={t('user.fields.email')}
              rules={[{ type: 'email', message: fieldMessage(locale, 'format', { format: t('user.fields.email') }) }]}
            >
              <Input type="email" maxLength={TEXT_LIMITS.short} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <NewPasswordField name="password" label={t('user.fields.password')} />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="role" label={t('user.fields.role')} rules={[requiredChoiceRule(locale)]}>
              <Select<Role> options={roles.map((value) => ({ value, label: t(`enums.role.${value}`) }))} />
            </Form.Item>
          </Col>
          {organisationKind ? (
            <Col xs={24} md={12}>
              <Form.Item
                name="organisationId"
                label={t('user.fields.organisation')}
                rules={[requiredChoiceRule(locale)]}
                extra={t('user.hints.organisationForRole', { kind: t(`enums.organisationKind.${organisationKind}`) })}
              >
                {ownOrganisationOnly ? (
                  <Select
                    options={ownOfKind.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
                  />
                ) : (
                  <OrganisationPicker kind={organisationKind} />
                )}
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </FormDialog>
  );
}
