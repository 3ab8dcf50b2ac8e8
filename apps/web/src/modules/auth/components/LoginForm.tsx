import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { LIMITS, type LoginBody } from '@gongzhi/contracts';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { useLogin } from '../hooks/useLogin';

interface LoginFormProps {
  onLoggedIn: () => void;
}

/** Username and password; shows the server's message (wrong password, locked until …). */
export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  return (
    <Form<LoginBody>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) =>
        login.mutate({ username: values.username.trim(), password: values.password }, { onSuccess: onLoggedIn })
      }
      onValuesChange={() => {
        if (login.isError) login.reset();
      }}
    >
      {login.isError ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorText(login.error, t)} role="alert" />
      ) : null}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" maxLength={LIMITS.usernameMax} autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={LIMITS.passwordMax} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
