/**
 * Facts per indicator (R-EVAL-2): what the platform already holds about the assessed organisation for
 * the period, each with links to the records. A framework names fact keys (EVALUATION_FACTS in the
 * contracts); a module provides a key by registering one computation here (see facts/*.ts). A key
 * without a computation is shown as "unavailable" with the name of the module that will hold it —
 * never as an invented number.
 */
import {
  EVALUATION_FACTS,
  type EvaluationFactKey,
  type FactDto,
  type FactLinkDto,
  type FactValueDto,
  type IndicatorDto,
  isEvaluationFactKey,
} from '@gongzhi/contracts';
import type { Tx } from '../../db/client.js';

export interface FactContext {
  organisationId: string;
  periodStart: string;
  periodEnd: string;
  /** the assessment the facts are for (so its own improvement actions are not "previous") */
  assessmentId: string;
  frameworkCode: string;
}

export interface FactResult {
  values: FactValueDto[];
  links: FactLinkDto[];
}

export type FactComputation = (tx: Tx, context: FactContext) => Promise<FactResult>;

const registry = new Map<EvaluationFactKey, FactComputation>();

/** A module provides a fact: from then on every indicator naming the key shows it. */
export function registerFact(key: EvaluationFactKey, computation: FactComputation): void {
  registry.set(key, computation);
}

export function registeredFactKeys(): EvaluationFactKey[] {
  return [...registry.keys()];
}

/** Share 0–1 with four decimals, null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/** One fact for a context (a plan's KPI), or null when no module provides it yet. */
export async function computeFact(tx: Tx, key: EvaluationFactKey, context: FactContext): Promise<FactResult | null> {
  const computation = registry.get(key);
  return computation ? computation(tx, context) : null;
}

/**
 * Computes every fact the framework's leaves name, each key once, and returns them per indicator.
 * Runs with the caller's transaction; the service calls it as the system after its own access check,
 * since an assessor (a regulator, an expert) may not read the assessed organisation's records.
 */
export async function computeFacts(
  tx: Tx,
  context: FactContext,
  indicators: readonly IndicatorDto[],
): Promise<Record<string, FactDto[]>> {
  const keys = new Set<string>();
  for (const indicator of indicators) for (const key of indicator.facts) keys.add(key);
  const byKey = new Map<string, FactDto>();
  for (const key of keys) {
    if (!isEvaluationFactKey(key)) continue;
    const module = EVALUATION_FACTS[key].module;
    const computation = registry.get(key);
    if (!computation) {
      byKey.set(key, { key, module, status: 'unavailable', values: [], links: [] });
      continue;
    }
    const result = await computation(tx, context);
    byKey.set(key, { key, module, status: 'available', values: result.values, links: result.links });
  }
  const out: Record<string, FactDto[]> = {};
  for (const indicator of indicators) {
    if (indicator.facts.length === 0) continue;
    out[indicator.code] = indicator.facts.flatMap((key) => {
      const fact = byKey.get(key);
      return fact ? [fact] : [];
    });
  }
  return out;
}
