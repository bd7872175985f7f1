// The dashboard's ECharts (only the parts it needs), in their own chunk: the page loads it lazily, so
// neither the public first page nor the other signed-in pages carry ECharts' map and line code.
// Every label and tooltip comes in the reader's language from the server's words — never a code.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useNarrow } from '../../app/use-narrow';
import type { Bucket, ProvinceTile, Widget } from './types';
import { GRID_COLUMNS, GRID_ROWS, shortName, TILE_GRID } from './tile-grid';

echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

type Lang = 'zh' | 'en';
const word = (b: { label_zh: string; label_en: string }, lang: Lang) =>
  lang === 'en' ? b.label_en : b.label_zh;
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function WidgetChart({
  widget,
  lang,
  onSelect,
}: {
  widget: Widget;
  lang: Lang;
  onSelect: (b: Bucket) => void;
}) {
  const labels = widget.buckets.map((b) => word(b, lang));
  const values = widget.buckets.map((b) => b.value);
  const line = widget.chart === 'line';
  const option = line
    ? {
        animation: false,
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'line',
            data: values,
            symbolSize: 8,
            areaStyle: { opacity: 0.15 },
            itemStyle: { color: '#1677ff' },
          },
          // Invisible bars under the line: a click anywhere in a month's column opens its list.
          {
            type: 'bar',
            data: values,
            barWidth: '90%',
            itemStyle: { color: 'rgba(0,0,0,0)' },
            tooltip: { show: false },
          },
        ],
      }
    : {
        animation: false,
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'item' },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category',
          inverse: true,
          data: labels,
          axisLabel: { width: 150, overflow: 'truncate' },
        },
        series: [
          {
            type: 'bar',
            data: values,
            barMaxWidth: 22,
            itemStyle: { color: '#1677ff', borderRadius: [0, 4, 4, 0] },
            label: { show: true, position: 'right' },
            cursor: 'pointer',
          },
        ],
      };
  const height = line ? 260 : Math.max(120, widget.buckets.length * 34 + 24);
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height }}
      notMerge
      onEvents={{
        click: (p: { dataIndex: number }) => {
          const b = widget.buckets[p.dataIndex];
          if (b) onSelect(b);
        },
      }}
    />
  ); // prettier-ignore
}

function tileName(t: ProvinceTile, lang: Lang): string {
  if (lang === 'zh') return shortName(t.name_zh);
  return t.code === '660000' ? 'XPCC' : t.name_en.replace('Inner Mongolia', 'Inner Mong.');
}

function tooltip(t: ProvinceTile, lang: Lang, outside: string, totalWord: string): string {
  const name = escape(lang === 'en' ? t.name_en : t.name_zh);
  if (!t.inScope) return `<b>${name}</b><br/>${escape(outside)}`;
  const rows = (bs: Bucket[]) =>
    bs
      .filter((b) => b.value > 0)
      .map((b) => `${escape(word(b, lang))}：${b.value}`)
      .join('<br/>');
  const parts = [
    `<b>${name}</b> ${escape(totalWord)} ${t.total}`,
    rows(t.kinds),
    rows(t.statuses),
    rows(t.ratings),
  ];
  return parts.filter((p) => p).join('<hr style="margin:4px 0;border:none;border-top:1px solid #eee"/>');
}

export function ProvinceMap({
  tiles,
  lang,
  texts,
  onSelect,
}: {
  tiles: ProvinceTile[];
  lang: Lang;
  texts: { outside: string; total: string; institutions: string };
  onSelect: (t: ProvinceTile) => void;
}) {
  const narrow = useNarrow();
  const placed = tiles.filter((t) => TILE_GRID[t.code]);
  const max = Math.max(1, ...placed.filter((t) => t.inScope).map((t) => t.total));
  const point = (t: ProvinceTile) => {
    const [col, row] = TILE_GRID[t.code]!;
    return [col, row, t.inScope ? t.total : 0];
  };
  const option = {
    animation: false,
    grid: { left: 4, right: 4, top: 4, bottom: 40 },
    tooltip: { formatter: (p: { dataIndex: number; seriesIndex: number }) => {
      const list = p.seriesIndex === 0 ? placed.filter((t) => t.inScope) : placed.filter((t) => !t.inScope);
      const t = list[p.dataIndex];
      return t ? tooltip(t, lang, texts.outside, texts.total) : '';
    } },
    xAxis: { type: 'category', data: [...Array(GRID_COLUMNS).keys()], show: false },
    yAxis: { type: 'category', data: [...Array(GRID_ROWS).keys()], show: false, inverse: true },
    visualMap: {
      seriesIndex: 0, min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
      itemHeight: 120, text: [String(max), `0 ${texts.institutions}`], inRange: { color: ['#e6f4ff', '#1677ff', '#003eb3'] },
    },
    series: [
      {
        type: 'heatmap',
        data: placed.filter((t) => t.inScope).map(point),
        itemStyle: { borderColor: '#fff', borderWidth: 3, borderRadius: 4 },
        label: { show: true, formatter: (p: { dataIndex: number }) => {
          const t = placed.filter((x) => x.inScope)[p.dataIndex];
          return t ? `${tileName(t, lang)}\n${t.total}` : '';
        }, fontSize: 11, color: '#222', textBorderColor: '#fff', textBorderWidth: 2 },
        cursor: 'pointer',
      },
      {
        type: 'heatmap',
        data: placed.filter((t) => !t.inScope).map(point),
        itemStyle: { color: '#f5f5f5', borderColor: '#fff', borderWidth: 3, borderRadius: 4 },
        label: { show: true, formatter: (p: { dataIndex: number }) => {
          const t = placed.filter((x) => !x.inScope)[p.dataIndex];
          return t ? tileName(t, lang) : '';
        }, fontSize: 11, color: '#aaa' },
        emphasis: { disabled: true },
      },
    ],
  }; // prettier-ignore
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: narrow ? 300 : 420 }}
      notMerge
      onEvents={{
        click: (p: { dataIndex: number; seriesIndex: number }) => {
          if (p.seriesIndex !== 0) return;
          const t = placed.filter((x) => x.inScope)[p.dataIndex];
          if (t) onSelect(t);
        },
      }}
    />
  );
}
