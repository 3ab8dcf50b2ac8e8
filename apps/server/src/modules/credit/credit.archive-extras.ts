/** An enterprise's measures and commitments, for its archive view and export (their modules own them). */
import type { CommitmentDto, CreditMeasureDto } from '@gongzhi/contracts';
import type { Tx } from '../../db/client.js';
import { todayInShanghai } from '../../kernel/clock.js';
import { commitmentsOf } from './commitment.repository.js';
import { presentCommitment } from './commitment.service.js';
import { measuresOf } from './measure.repository.js';
import { presentMeasure } from './measure.service.js';

async function measures(tx: Tx, enterpriseId: string, associationIds: string[] | null): Promise<CreditMeasureDto[]> {
  const today = todayInShanghai();
  return (await measuresOf(tx, enterpriseId, associationIds)).map((m) => presentMeasure(m, today));
}

async function commitments(tx: Tx, enterpriseId: string, associationIds: string[] | null): Promise<CommitmentDto[]> {
  const today = todayInShanghai();
  return (await commitmentsOf(tx, enterpriseId, associationIds)).map((c) => presentCommitment(c, today));
}

export const archiveExtras = { measures, commitments };
