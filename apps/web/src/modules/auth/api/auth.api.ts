import type { LoginBody, MeDto, PasswordChange } from '@gongzhi/contracts';
import { http } from '../../../lib/http';

export const authApi = {
  me: (signal?: AbortSignal) => http.get<MeDto>('/auth/me', undefined, signal),
  login: (body: LoginBody) => http.post<MeDto>('/auth/login', body),
  logout: () => http.post<void>('/auth/logout'),
  changePassword: (body: PasswordChange) => http.post<void>('/auth/password', body),
};

export const authKeys = {
  me: ['auth', 'me'] as const,
};
