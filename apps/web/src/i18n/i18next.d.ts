import 'i18next';
import type { EvaluationConsoleMessages } from './evaluation-console.zh-CN';
import type { FundsConsoleMessages } from './funds-console.zh-CN';
import type { LiaisonConsoleMessages } from './liaison-console.zh-CN';
import type { PlanConsoleMessages } from './plan-console.zh-CN';
import type { RulesConsoleMessages } from './rules-console.zh-CN';
import type { Messages } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /** The evaluation and workspace consoles' texts are added to the others in index.ts. */
    resources: {
      translation: Messages & {
        evaluationConsole: EvaluationConsoleMessages;
        planConsole: PlanConsoleMessages;
        rulesConsole: RulesConsoleMessages;
        liaisonConsole: LiaisonConsoleMessages;
        fundsConsole: FundsConsoleMessages;
      };
    };
  }
}
