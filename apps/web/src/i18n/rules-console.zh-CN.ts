/** The console's versioned rules and documents, consultations (征求意见) (issue #7), Simplified Chinese; registered in index.ts as `rulesConsole`. */
export const rulesConsoleZhCN = {
  nav: {
    documents: '规章制度',
    consultations: '征求意见',
  },
};

export type RulesConsoleMessages = typeof rulesConsoleZhCN;
