import type { LoginBody } from '@gongzhi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi, authKeys } from '../api/auth.api';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => authApi.login(body),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, me);
    },
  });
}
