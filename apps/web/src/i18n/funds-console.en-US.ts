import type { FundsConsoleMessages } from './funds-console.zh-CN';

/** The console's funds, infrastructure, human-resource pools and policy information (issue #7) in English; must have every key of the zh-CN texts. */
export const fundsConsoleEnUS: FundsConsoleMessages = {
  nav: {
    funds: 'Funds',
    resources: 'Resources',
    policies: 'Policies',
  },
};
