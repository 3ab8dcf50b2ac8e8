import { useMutation } from '@tanstack/react-query';
import { authApi } from '../api/auth.api';

/** Ends the session. The console clears the query cache when it unmounts. */
export function useLogout() {
  return useMutation({ mutationFn: () => authApi.logout() });
}
