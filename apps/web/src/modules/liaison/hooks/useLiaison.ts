import type { LiaisonThreadCreate, MemberNoticeCreate } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ListParams, liaisonApi, liaisonKeys } from '../api/liaison.api';

export function useCounterparts() {
  return useQuery({ queryKey: liaisonKeys.counterparts, queryFn: ({ signal }) => liaisonApi.counterparts(signal) });
}

export function useThreads(query: ListParams) {
  return useQuery({
    queryKey: liaisonKeys.threadList(query),
    queryFn: ({ signal }) => liaisonApi.threads(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useThread(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: liaisonKeys.thread(id),
    queryFn: async ({ signal }) => {
      const thread = await liaisonApi.thread(id, signal);
      // Opening records my receipts: the list's unread counts change.
      void queryClient.invalidateQueries({ queryKey: [...liaisonKeys.threads, 'list'] });
      return thread;
    },
  });
}

/** Starts a thread and attaches the files to its first message. */
export function useCreateThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, files }: { body: LiaisonThreadCreate; files: File[] }) => {
      const thread = await liaisonApi.createThread(body);
      const first = thread.messages[0];
      if (first) for (const file of files) await liaisonApi.attach(first.id, file);
      return thread;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: liaisonKeys.threads }),
  });
}

/** Posts a message and attaches the files to it. */
export function useReply(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, files }: { body: string; files: File[] }) => {
      const message = await liaisonApi.reply(threadId, body);
      for (const file of files) await liaisonApi.attach(message.id, file);
      return message;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: liaisonKeys.threads }),
  });
}

export function useNotices(query: ListParams) {
  return useQuery({
    queryKey: liaisonKeys.noticeList(query),
    queryFn: ({ signal }) => liaisonApi.notices(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useNotice(id: string) {
  return useQuery({ queryKey: liaisonKeys.notice(id), queryFn: ({ signal }) => liaisonApi.notice(id, signal) });
}

export function usePublishNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberNoticeCreate) => liaisonApi.publishNotice(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: liaisonKeys.notices }),
  });
}
