import { registerPlatformFacts } from './platform.facts.js';

let registered = false;

/** Registers every fact the platform's modules provide (once per process). */
export function registerAllFacts(): void {
  if (registered) return;
  registered = true;
  registerPlatformFacts();
}
