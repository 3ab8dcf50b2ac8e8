/** The console's funds, infrastructure, human-resource pools and policy information (issue #7), Simplified Chinese; registered in index.ts as `fundsConsole`. */
export const fundsConsoleZhCN = {
  nav: {
    funds: '经费管理',
    resources: '资源',
    policies: '政策信息',
  },
};

export type FundsConsoleMessages = typeof fundsConsoleZhCN;
