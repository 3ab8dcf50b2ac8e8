/**
 * The scheduled re-evaluation (pg-boss job `credit-evaluation`): windows and decay move with the
 * calendar, so every association's members are evaluated again under its active model, one
 * set-based statement per association. The runs wait for the association to publish them; a failure
 * in one association is recorded and leaves its published grades as they were.
 */
import { sql } from 'drizzle-orm';
import { type Database, SYSTEM_SCOPE } from '../../db/client.js';
import { jobRun } from '../../db/schema/index.js';
import { todayInShanghai } from '../../kernel/clock.js';
import { queryRows } from '../../kernel/raw-sql.js';
import { evaluateInto, recordFailedRun } from './credit.evaluation.js';
import { activeModel } from './credit.models.js';

export const CREDIT_EVALUATION = 'credit-evaluation';

export async function evaluateAllAssociations(
  database: Database,
  options: { instance: string; asOf?: string },
): Promise<{ evaluated: number; failed: number }> {
  const asOf = options.asOf ?? todayInShanghai();
  const associations = await database.transaction(SYSTEM_SCOPE, (tx) =>
    queryRows<{ id: string }>(
      tx,
      sql`SELECT o.id FROM organisation o WHERE o.kind = 'industry_organisation' AND o.status = 'active'
          AND EXISTS (SELECT 1 FROM membership m WHERE m.association_id = o.id AND m.status = 'active') ORDER BY o.id`,
    ),
  );
  let evaluated = 0;
  let failed = 0;
  for (const { id } of associations) {
    const model = await database.transaction(SYSTEM_SCOPE, (tx) => activeModel(tx, id));
    try {
      await database.transaction(SYSTEM_SCOPE, (tx) =>
        evaluateInto(tx, null, {
          associationId: id,
          modelId: model.id,
          definition: model.definition,
          kind: 'official',
          asOf,
        }),
      );
      evaluated += 1;
    } catch (error) {
      failed += 1;
      await database.transaction(SYSTEM_SCOPE, (tx) =>
        recordFailedRun(tx, null, {
          associationId: id,
          modelId: model.id,
          kind: 'official',
          asOf,
          error: error instanceof Error ? error.message.slice(0, 500) : 'unknown',
        }),
      );
    }
  }
  await database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.insert(jobRun).values({
      name: CREDIT_EVALUATION,
      finishedAt: new Date(),
      detail: { evaluated, failed, asOf },
      instance: options.instance,
    }),
  );
  return { evaluated, failed };
}
