import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';

// The only charts and components the overview draws; the rest of ECharts stays out of the bundle.
use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent]);
