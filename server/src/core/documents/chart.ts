import { createRequire } from 'node:module';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatNumber, MASKED, printable, type BarChartBlock } from './model.js';

const require = createRequire(import.meta.url);

/**
 * The documents' one typeface: pdfmake ships Roboto, which covers French (« », €, œ, É…). The PDF
 * embeds it and the charts' PNG is drawn with it, so that a chart reads the same in both formats.
 */
export const ROBOTO: { normal: string; bold: string; italics: string; bolditalics: string } =
  require('pdfmake/fonts/Roboto.js').Roboto;

/** The A4 page's text width in PDF points (595 less two 40 pt margins); one SVG pixel is one point. */
export const CHART_SIZE = { width: 515, height: 280 } as const;

/** Okabe and Ito's palette: told apart by colour-blind readers and on a grey print. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption>;

/**
 * ECharts, loaded on the first chart: some 40 MB of resident memory that a server drawing no chart
 * would carry for nothing. Its core with the bar chart alone, as its docs advise for a bundle.
 */
let echartsLoaded: Promise<typeof import('echarts/core')> | undefined;
const loadEcharts = () =>
  (echartsLoaded ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]);
    core.use([charts.BarChart, components.GridComponent, components.LegendComponent, renderers.SVGRenderer]);
    return core;
  })());

function chartOption(chart: BarChartBlock, width: number): ChartOption {
  // Wide enough, a category's name wraps within its own slot; else it is slanted, as each would wrap to a letter.
  const slot = (width - 60) / Math.max(chart.categories.length, 1);
  const slanted = slot < 56;
  return {
    animation: false,
    color: PALETTE,
    // Axis, legend and label texts each have their own size in ECharts, none taken from textStyle.
    textStyle: { fontFamily: 'Roboto', fontSize: 9, color: '#333333' },
    legend: { bottom: 0, itemWidth: 14, itemHeight: 9, textStyle: { fontSize: 9, color: '#333333' } },
    grid: {
      left: 4,
      right: 8,
      top: chart.unit ? 28 : 16,
      bottom: 28,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: chart.categories.map(printable),
      axisTick: { alignWithLabel: true },
      axisLabel: slanted
        ? { interval: 0, fontSize: 8, color: '#333333', rotate: 40, width: 90, overflow: 'truncate' }
        : { interval: 0, fontSize: 9, color: '#333333', width: slot - 6, overflow: 'break' },
    },
    yAxis: {
      type: 'value',
      ...(chart.unit ? { name: printable(chart.unit), nameTextStyle: { align: 'left', fontSize: 9 } } : {}),
      axisLabel: { fontSize: 8, color: '#555555', formatter: (value: number) => formatNumber(value) },
    },
    series: chart.series.map((series): BarSeriesOption => ({
      type: 'bar',
      name: printable(series.name),
      // A masked figure is a bar of nothing that still carries its mark, where a null would carry none.
      data: series.values.map((value, i) =>
        value === null
          ? { value: 0, label: { formatter: printable(series.masks?.[i] ?? MASKED), fontStyle: 'italic' } }
          : value,
      ),
      label: {
        show: true,
        position: 'top',
        fontSize: 8,
        color: '#222222',
        // ECharts outlines labels in white behind the text (paint-order), which svg-to-pdfkit paints over it.
        textBorderColor: 'transparent',
        formatter: ({ value }) => (typeof value === 'number' ? formatNumber(value) : ''),
      },
      labelLayout: { hideOverlap: true },
    })),
  };
}

/** The chart as SVG, laid out and drawn by ECharts' server-side renderer (no DOM, no canvas). */
export async function barChartSvg(chart: BarChartBlock, size: { width: number; height: number } = CHART_SIZE) {
  const echarts = await loadEcharts();
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(chartOption(chart, size.width));
    return instance.renderToSVGString();
  } finally {
    // An instance left undisposed keeps its animation loop, and so the process, alive.
    instance.dispose();
  }
}

/** The chart as a PNG at `scale` times its size in pixels: resvg draws the same SVG with the same font. */
export async function barChartPng(
  chart: BarChartBlock,
  size: { width: number; height: number } = CHART_SIZE,
  scale = 3,
): Promise<Buffer> {
  const svg = await barChartSvg(chart, size);
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    // The host's fonts would make the image depend on the machine that drew it.
    font: {
      loadSystemFonts: false,
      fontFiles: [ROBOTO.normal, ROBOTO.bold, ROBOTO.italics],
      defaultFontFamily: 'Roboto',
    },
  });
  return resvg.render().asPng();
}
