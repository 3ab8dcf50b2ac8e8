import type { MeDto } from '@gongzhi/contracts';
import { Drawer, Grid, Layout } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { onUnauthenticated } from '../../lib/http';
import { useIdleTimeout } from '../../modules/auth/hooks/useIdleTimeout';
import { useLogout } from '../../modules/auth/hooks/useLogout';
import type { LoginReason, LoginState } from '../loginState';
import { ConsoleHeader } from './ConsoleHeader';
import { ConsoleMenu } from './ConsoleMenu';

export function ConsoleFrame({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg !== false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const leaving = useRef(false);
  /** Why the session is ending; a 401 that arrives meanwhile keeps this reason. */
  const reason = useRef<LoginReason>('expired');
  const logout = useLogout();

  const leave = () => {
    if (leaving.current) return;
    leaving.current = true;
    const keepPlace = reason.current !== 'loggedOut';
    const state: LoginState = {
      reason: reason.current,
      from: keepPlace ? `${location.pathname}${location.search}` : undefined,
    };
    navigate('/login', { replace: true, state });
  };

  // A 401 in the middle of the session: back to the login page with a message, then back here.
  useEffect(() => onUnauthenticated(leave));

  const endSession = (why: LoginReason) => {
    reason.current = why;
    logout.mutate(undefined, { onSettled: leave });
  };

  useIdleTimeout(me.idleTimeoutSeconds, () => endSession('idle'));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {navigation.state === 'loading' ? <div className="gz-route-progress" aria-hidden="true" /> : null}
      {wide ? (
        <Layout.Sider width={232} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <div style={{ position: 'sticky', top: 0, paddingTop: 8 }}>
            <ConsoleMenu me={me} />
          </div>
        </Layout.Sider>
      ) : (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          title={t('app.consoleTitle')}
          styles={{ body: { padding: 0 } }}
        >
          <ConsoleMenu me={me} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout>
        <ConsoleHeader
          me={me}
          onLogout={() => endSession('loggedOut')}
          onOpenMenu={() => setDrawerOpen(true)}
          showMenuButton={!wide}
        />
        <Layout.Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
