import { DownOutlined, LogoutOutlined, MenuOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import type { MeDto } from '@gongzhi/contracts';
import { Button, Dropdown, Flex, Grid, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../modules/auth/hooks/currentUser';
import { NotificationBell } from '../../modules/notification/components/NotificationBell';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

interface ConsoleHeaderProps {
  me: MeDto;
  onLogout: () => void;
  onOpenMenu: () => void;
  showMenuButton: boolean;
}

export function ConsoleHeader({ me, onLogout, onOpenMenu, showMenuButton }: ConsoleHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const organisationName = me.organisations.map((organisation) => organisation.name).join(t('common.listSeparator'));

  return (
    <Layout.Header
      style={{
        background: '#fff',
        padding: '0 16px',
        borderBottom: '1px solid #f0f0f0',
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        position: 'sticky',
        top: 0,
        zIndex: 20,
      }}
    >
      {showMenuButton ? (
        <Button type="text" icon={<MenuOutlined />} aria-label={t('console.expand')} onClick={onOpenMenu} />
      ) : null}
      <Link to="/console" style={{ color: 'inherit' }}>
        <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('app.consoleTitle')}
        </Typography.Text>
      </Link>
      <Flex flex={1} justify="flex-end" align="center" gap={8} style={{ minWidth: 0 }}>
        {screens.md && organisationName ? (
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }} data-testid="header-organisation">
            {organisationName}
          </Typography.Text>
        ) : null}
        <LanguageSwitch />
        {can(me, 'notification.read') ? <NotificationBell /> : null}
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'account', icon: <SettingOutlined />, label: t('nav.account') },
              { type: 'divider' },
              { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
            ],
            onClick: ({ key }) => (key === 'logout' ? onLogout() : navigate('/console/account')),
          }}
        >
          <Button type="text" aria-label={t('console.userMenu')} data-testid="user-menu">
            <Space size={4}>
              <UserOutlined />
              {/* On a phone the name would push the title and the language switch out of the header. */}
              {screens.sm ? <span>{me.user.displayName}</span> : null}
              <DownOutlined style={{ fontSize: 10 }} />
            </Space>
          </Button>
        </Dropdown>
      </Flex>
    </Layout.Header>
  );
}
