import type { RulesConsoleMessages } from './rules-console.zh-CN';

/** The console's versioned rules and documents, consultations (征求意见) (issue #7) in English; must have every key of the zh-CN texts. */
export const rulesConsoleEnUS: RulesConsoleMessages = {
  nav: {
    documents: 'Rules and documents',
    consultations: 'Consultations',
  },
};
