/** The console's work team, guidance documents, the liaison channel and member notices (issue #7), Simplified Chinese; registered in index.ts as `liaisonConsole`. */
export const liaisonConsoleZhCN = {
  nav: {
    team: '工作团队',
    liaison: '联络渠道',
    notices: '会员通知',
  },
};

export type LiaisonConsoleMessages = typeof liaisonConsoleZhCN;
