import { useQuery } from '@tanstack/react-query';
import { authApi, authKeys } from '../api/auth.api';

/** The signed-in user, their permissions and organisations (401 when there is no session). */
export function useMe() {
  return useQuery({ queryKey: authKeys.me, queryFn: ({ signal }) => authApi.me(signal), staleTime: 60_000 });
}
