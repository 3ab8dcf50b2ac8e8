import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isStatus } from '../../lib/errorText';
import { CurrentUserContext } from '../../modules/auth/hooks/currentUser';
import { useMe } from '../../modules/auth/hooks/useMe';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { AntdProvider } from '../AntdProvider';
import type { LoginState } from '../loginState';
import { ConsoleFrame } from './ConsoleFrame';

function ConsoleGate() {
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();

  // Leaving the console (logout, expiry) forgets every cached record of the session.
  useEffect(() => () => queryClient.clear(), [queryClient]);

  if (me.isPending) return <LoadingState />;
  if (me.isError) {
    if (isStatus(me.error, 401)) {
      const state: LoginState = { from: `${location.pathname}${location.search}` };
      return <Navigate to="/login" replace state={state} />;
    }
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  return (
    <CurrentUserContext.Provider value={me.data}>
      <ConsoleFrame me={me.data} />
    </CurrentUserContext.Provider>
  );
}

/** The signed-in part of the app: antd, the current user, navigation, session handling. */
export function ConsoleLayout() {
  return (
    <AntdProvider>
      <ConsoleGate />
    </AntdProvider>
  );
}
