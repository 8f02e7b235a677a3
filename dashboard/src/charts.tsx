import { useEffect, useRef } from 'preact/hooks';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// only the parts the console draws: bars and a heatmap, rendered as SVG (crisp, printable, countable in tests)
echarts.use([BarChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

export type Option = echarts.EChartsCoreOption;

export const COLOURS = { yes: '#1a7f37', partial: '#b35900', no: '#b42318', open: '#98a2b3', female: '#7a3e9d', male: '#1f6fb2', late: '#b35900', missing: '#b42318', onTime: '#1a7f37', pending: '#98a2b3' };

/** An ECharts chart: its option, a name read by screen readers, and a click on an item passed on. */
export function Chart({ option, name, height = 320, onClick, testid }: { option: Option; name: string; height?: number; onClick?: (p: { data: unknown; dataIndex: number; seriesIndex: number }) => void; testid?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    chart.current = echarts.init(el.current!, undefined, { renderer: 'svg' });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: false, aria: { enabled: true }, ...option }, true);
  }, [option]);
  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    c.on('click', onClick as never);
    return () => c.off('click');
  }, [onClick]);
  return <div ref={el} class="chart" role="img" aria-label={name} style={{ height: `${height}px` }} data-testid={testid} />;
}
