import type {
  PageOf,
  PublicFailingProductDto,
  PublicFailingQuery,
  PublicSpotCheckListQuery,
  PublicSpotCheckNoticeDto,
} from '@gongzhi/contracts';
import { http } from '../../lib/http';

/** The public side of spot checks (no account, no antd): what the portal shows. */
export const spotCheckPublicApi = {
  notices: (query: PublicSpotCheckListQuery, signal?: AbortSignal) =>
    http.get<PageOf<PublicSpotCheckNoticeDto>>('/public/spot-checks', { ...query }, signal),
  failing: (query: PublicFailingQuery, signal?: AbortSignal) =>
    http.get<PageOf<PublicFailingProductDto>>('/public/spot-checks/failing', { ...query }, signal),
};

export const spotCheckPublicKeys = {
  all: ['public', 'spot-checks'] as const,
  notices: (query: PublicSpotCheckListQuery) => ['public', 'spot-checks', 'notices', query] as const,
  failing: (query: PublicFailingQuery) => ['public', 'spot-checks', 'failing', query] as const,
};
