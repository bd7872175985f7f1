// A small horizontal bar chart (ECharts, only the parts it needs). Loaded lazily by the home pages.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([EBarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface Bar {
  key: string;
  label: string;
  value: number;
}

export default function BarChart({
  bars,
  onSelect,
  height = 240,
}: {
  bars: Bar[];
  onSelect?: (key: string) => void;
  height?: number;
}) {
  const option = {
    // No animation: a regulator reads numbers, and screenshots of the page show the final bars.
    animation: false,
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label) },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => b.value),
        barMaxWidth: 22,
        itemStyle: { color: '#1677ff', borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right' },
        cursor: onSelect ? 'pointer' : 'default',
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height }}
      notMerge
      onEvents={
        onSelect
          ? {
              click: (p: { dataIndex: number }) => {
                const bar = bars[p.dataIndex];
                if (bar) onSelect(bar.key);
              },
            }
          : undefined
      }
    />
  );
}
