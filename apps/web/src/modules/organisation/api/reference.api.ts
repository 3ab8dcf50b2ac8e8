import { http } from '../../../lib/http';
import type { Division, Industry } from '../../../lib/types';

export const referenceApi = {
  divisions: (signal?: AbortSignal) => http.get<Division[]>('/reference/divisions', undefined, signal),
  industries: (signal?: AbortSignal) => http.get<Industry[]>('/reference/industries', undefined, signal),
};

export const referenceKeys = {
  divisions: ['reference', 'divisions'] as const,
  industries: ['reference', 'industries'] as const,
};
