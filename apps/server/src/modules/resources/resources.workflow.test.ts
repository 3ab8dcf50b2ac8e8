import type { PolicyDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { sortPolicies } from './resources.workflow.js';

const policy = (id: string, issuedOn: string, open: boolean, deadline: string | null = null): PolicyDto => ({
  id,
  organisationId: id,
  kind: open ? 'project_call' : 'law',
  title: id,
  issuer: '',
  documentNumber: '',
  issuedOn,
  effectiveOn: null,
  deadline,
  open,
  url: null,
  summary: '',
  feedbackSubmitted: 0,
  feedbackDrafts: 0,
  version: 1,
});

describe('policy list order', () => {
  it('puts open project calls first by deadline, then the rest newest first', () => {
    const sorted = sortPolicies([
      policy('old-law', '2020-01-01', false),
      policy('late-call', '2026-01-01', true, '2026-09-30'),
      policy('new-law', '2025-06-01', false),
      policy('soon-call', '2026-02-01', true, '2026-04-30'),
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['soon-call', 'late-call', 'new-law', 'old-law']);
  });
});
