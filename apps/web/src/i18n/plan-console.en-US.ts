import type { PlanConsoleMessages } from './plan-console.zh-CN';

/** The console's plans, goals and KPIs, tasks, reviews, environment registers, competence evaluations (issue #7) in English; must have every key of the zh-CN texts. */
export const planConsoleEnUS: PlanConsoleMessages = {
  nav: {
    environment: 'Environment',
    plans: 'Plans',
    tasks: 'Tasks',
    competence: 'Competence',
  },
};
