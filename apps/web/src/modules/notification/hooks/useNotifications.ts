import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationApi, notificationKeys } from '../api/notification.api';

const POLL_MS = 60_000;

/** The user's in-app notifications, refreshed every minute while the console is open. */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => notificationApi.list(signal),
    enabled,
    refetchInterval: POLL_MS,
    staleTime: POLL_MS / 2,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => notificationApi.markRead(id),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => notificationApi.markAllRead(),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
