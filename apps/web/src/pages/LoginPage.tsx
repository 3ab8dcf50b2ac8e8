import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { AntdProvider } from '../app/AntdProvider';
import { readLoginState } from '../app/loginState';
import { LoginForm } from '../modules/auth/components/LoginForm';
import { LanguageSwitch } from '../ui/LanguageSwitch';

const REASON_KEYS = {
  expired: 'errors.sessionExpired',
  idle: 'errors.idleLoggedOut',
  loggedOut: 'auth.loggedOut',
} as const;

function LoginScreen() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { reason, from } = readLoginState(location.state);

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '24px 16px', background: '#f5f7fa' }}>
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 420, marginBottom: 24 }}>
        <Link to="/">{t('auth.backHome')}</Link>
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('auth.loginTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.loginLead')}</Typography.Paragraph>
        {reason ? (
          <Alert
            type={reason === 'loggedOut' ? 'success' : 'warning'}
            showIcon
            style={{ marginBottom: 16 }}
            title={t(REASON_KEYS[reason])}
          />
        ) : null}
        <LoginForm onLoggedIn={() => navigate(from ?? '/console', { replace: true })} />
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        {t('app.standard')}
      </Typography.Text>
    </Flex>
  );
}

export function LoginPage() {
  return (
    <AntdProvider>
      <LoginScreen />
    </AntdProvider>
  );
}
