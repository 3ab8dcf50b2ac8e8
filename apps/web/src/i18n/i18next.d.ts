import 'i18next';
import type { EvaluationConsoleMessages } from './evaluation-console.zh-CN';
import type { Messages } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /** The evaluation console's texts are added to the others in index.ts. */
    resources: { translation: Messages & { evaluationConsole: EvaluationConsoleMessages } };
  }
}
