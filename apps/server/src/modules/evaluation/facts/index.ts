import { registerFundsFacts } from './funds.facts.js';
import { registerPlanFacts } from './plan.facts.js';
import { registerPlatformFacts } from './platform.facts.js';
import { registerRulesFacts } from './rules.facts.js';
import { registerTeamFacts } from './team.facts.js';

let registered = false;

/** Registers every fact the platform's modules provide (once per process). */
export function registerAllFacts(): void {
  if (registered) return;
  registered = true;
  registerPlatformFacts();
  registerRulesFacts();
  registerPlanFacts();
  registerFundsFacts();
  registerTeamFacts();
}
