import type {
  LiaisonAttachmentDto,
  LiaisonCounterpartDto,
  LiaisonMessageDto,
  LiaisonThreadCreate,
  LiaisonThreadDto,
  LiaisonThreadSummaryDto,
  MemberNoticeCreate,
  MemberNoticeDto,
  MemberNoticeSummaryDto,
  PageOf,
} from '@gongzhi/contracts';
import { download, http, uploadFile } from '../../../lib/http';

export interface ListParams {
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

/** The console's calls to /api/v1/liaison and /api/v1/notices (contract: packages/contracts/src/liaison.dto.ts). */
export const liaisonApi = {
  counterparts: (signal?: AbortSignal) => http.get<LiaisonCounterpartDto[]>('/liaison/counterparts', undefined, signal),
  threads: (query: ListParams, signal?: AbortSignal) =>
    http.get<PageOf<LiaisonThreadSummaryDto>>('/liaison/threads', { ...query }, signal),
  thread: (id: string, signal?: AbortSignal) => http.get<LiaisonThreadDto>(`/liaison/threads/${id}`, undefined, signal),
  createThread: (body: LiaisonThreadCreate) => http.post<LiaisonThreadDto>('/liaison/threads', body),
  reply: (id: string, body: string) => http.post<LiaisonMessageDto>(`/liaison/threads/${id}/messages`, { body }),
  /** Sends a file as the raw request body; the name goes in `?fileName=`. */
  attach: (messageId: string, file: File) =>
    uploadFile<LiaisonAttachmentDto>(
      `/liaison/messages/${messageId}/attachments`,
      file,
      file.type || 'application/octet-stream',
      { fileName: file.name },
    ),
  attachment: (id: string) => download(`/liaison/attachments/${id}`),
  notices: (query: ListParams, signal?: AbortSignal) =>
    http.get<PageOf<MemberNoticeSummaryDto>>('/notices', { ...query }, signal),
  notice: (id: string, signal?: AbortSignal) => http.get<MemberNoticeDto>(`/notices/${id}`, undefined, signal),
  publishNotice: (body: MemberNoticeCreate) => http.post<MemberNoticeDto>('/notices', body),
  noticeFile: (id: string) => download(`/notices/${id}/file`),
};

export const liaisonKeys = {
  all: ['liaison'] as const,
  counterparts: ['liaison', 'counterparts'] as const,
  threads: ['liaison', 'threads'] as const,
  threadList: (q: ListParams) => ['liaison', 'threads', 'list', q] as const,
  thread: (id: string) => ['liaison', 'threads', id] as const,
  notices: ['notices'] as const,
  noticeList: (q: ListParams) => ['notices', 'list', q] as const,
  notice: (id: string) => ['notices', id] as const,
};

/** A picked file as the inline JSON form (`{fileName, contentBase64}`) used by notices and team documents. */
export async function inlineFile(file: File): Promise<{ fileName: string; contentBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(binary) };
}
