import { RadarChart } from 'echarts/charts';
import { RadarComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

// The shared engine (ui/chartEngine) draws bars and lines; the evaluation results add the radar to
// the same ECharts core, loaded on demand with the results tab only.
echarts.use([RadarChart, RadarComponent]);

export const radarReady = true;
