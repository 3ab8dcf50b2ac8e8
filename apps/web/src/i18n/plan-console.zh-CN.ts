/** The console's plans, goals and KPIs, tasks, reviews, environment registers, competence evaluations (issue #7), Simplified Chinese; registered in index.ts as `planConsole`. */
export const planConsoleZhCN = {
  nav: {
    environment: '环境分析',
    plans: '规划与计划',
    tasks: '工作任务',
    competence: '能力评价',
  },
};

export type PlanConsoleMessages = typeof planConsoleZhCN;
