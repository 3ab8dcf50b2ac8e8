import type { UserCreate, UserDto, UserUpdate } from '@gongzhi/contracts';
import { http } from '../../../lib/http';
import type { UserListQuery, UserPage } from '../../../lib/types';

export const userApi = {
  list: (query: UserListQuery, signal?: AbortSignal) => http.get<UserPage>('/users', { ...query }, signal),
  create: (body: UserCreate) => http.post<UserDto>('/users', body),
  update: (id: string, body: UserUpdate) => http.patch<UserDto>(`/users/${id}`, body),
  resetPassword: (id: string, newPassword: string) => http.post<void>(`/users/${id}/reset-password`, { newPassword }),
};

export const userKeys = {
  all: ['users'] as const,
  list: (query: UserListQuery) => ['users', 'list', query] as const,
};
