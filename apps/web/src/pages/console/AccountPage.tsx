import { Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../lib/format';
import { PasswordChangeForm } from '../../modules/auth/components/PasswordChangeForm';
import { useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { RoleTags } from '../../modules/user/components/RoleTags';
import { PageHeader } from '../../ui/PageHeader';

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { user } = useCurrentUser();
  const none = t('common.none');
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('account.profile')}>
            <Descriptions
              column={1}
              items={[
                { key: 'username', label: t('user.fields.username'), children: user.username },
                { key: 'displayName', label: t('user.fields.displayName'), children: user.displayName },
                { key: 'email', label: t('user.fields.email'), children: user.email ?? none },
                { key: 'roles', label: t('account.roles'), children: <RoleTags roles={user.roles} /> },
                {
                  key: 'lastLoginAt',
                  label: t('user.fields.lastLoginAt'),
                  children: formatDateTime(user.lastLoginAt, locale) ?? none,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('account.changePassword')}>
            <PasswordChangeForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
