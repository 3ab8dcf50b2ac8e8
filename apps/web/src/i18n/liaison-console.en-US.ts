import type { LiaisonConsoleMessages } from './liaison-console.zh-CN';

/** The console's work team, guidance documents, the liaison channel and member notices (issue #7) in English; must have every key of the zh-CN texts. */
export const liaisonConsoleEnUS: LiaisonConsoleMessages = {
  nav: {
    team: 'Work team',
    liaison: 'Liaison',
    notices: 'Notices',
  },
};
