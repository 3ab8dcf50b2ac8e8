import type { NotificationDto } from '@gongzhi/contracts';
import { http } from '../../../lib/http';

export const notificationApi = {
  list: (signal?: AbortSignal) => http.get<NotificationDto[]>('/notifications', undefined, signal),
  markRead: (id: string) => http.post<void>(`/notifications/${id}/read`),
  markAllRead: () => http.post<void>('/notifications/read-all'),
};

export const notificationKeys = {
  all: ['notifications'] as const,
};
