/**
 * Draws skill charts with Chart.js. Loaded on demand (dynamic import) when a chart is about
 * to scroll into view, so Chart.js never weighs on a page that shows no chart.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	LinearScale,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale
} from 'chart.js';
import {
	barConfig,
	radarConfig,
	seriesShapes,
	type ChartSeries,
	type ChartTheme,
	type SeriesLook
} from './chartConfig';

// Only the parts the radar and the bars use: no tooltip, no legend (the page has its own).
Chart.register(
	RadarController,
	RadialLinearScale,
	PointElement,
	LineElement,
	Filler,
	BarController,
	BarElement,
	CategoryScale,
	LinearScale
);

export type ChartKind = 'radar' | 'bar';

/** A chart on screen: redraw it with new labels or data, or take it down. */
export interface DrawnChart {
	update(labels: readonly string[], series: readonly ChartSeries[]): void;
	destroy(): void;
}

const darkScheme = '(prefers-color-scheme: dark)';
const reducedMotion = '(prefers-reduced-motion: reduce)';

/** The number of Chart.js charts alive, on <html data-live-charts> so tests can check for leaks. */
function reportLiveCharts(): void {
	document.documentElement.dataset.liveCharts = String(Object.keys(Chart.instances).length);
}

/** A small repeating tile: stripes or dots, so bars differ by texture as well as colour. */
function pattern(color: string, kind: 'stripes' | 'dots'): string | CanvasPattern {
	const tile = document.createElement('canvas');
	tile.width = 8;
	tile.height = 8;
	const context = tile.getContext('2d');
	if (!context) return color;
	context.strokeStyle = color;
	context.fillStyle = color;
	context.lineWidth = 2;
	if (kind === 'stripes') {
		context.beginPath();
		context.moveTo(0, 8);
		context.lineTo(8, 0);
		context.moveTo(-2, 2);
		context.lineTo(2, -2);
		context.moveTo(6, 10);
		context.lineTo(10, 6);
		context.stroke();
	} else {
		context.beginPath();
		context.arc(4, 4, 1.8, 0, Math.PI * 2);
		context.fill();
	}
	return context.createPattern(tile, 'repeat') ?? color;
}

/** Reads the series colours and grid colours from the page's CSS (light or dark scheme). */
function readTheme(element: Element, kind: ChartKind): ChartTheme {
	const style = getComputedStyle(element);
	const value = (name: string) => style.getPropertyValue(name).trim();
	const looks: SeriesLook[] = seriesShapes.map((shape, index) => {
		const color = value(`--series-${index + 1}`);
		const fill =
			kind === 'radar'
				? value(`--series-${index + 1}-area`)
				: index === 0
					? color
					: pattern(color, index === 1 ? 'stripes' : 'dots');
		return { ...shape, color, fill };
	});
	return { looks, grid: value('--chart-grid'), text: value('--text') };
}

function configFor(
	kind: ChartKind,
	canvas: HTMLCanvasElement,
	labels: readonly string[],
	series: readonly ChartSeries[]
) {
	const theme = readTheme(canvas, kind);
	const motion = !matchMedia(reducedMotion).matches;
	return kind === 'radar'
		? radarConfig(labels, series, theme, motion)
		: barConfig(labels, series, theme, motion);
}

/** Draws a chart on `canvas`; it follows the colour scheme until destroyed. */
export function drawChart(
	canvas: HTMLCanvasElement,
	kind: ChartKind,
	labels: readonly string[],
	series: readonly ChartSeries[]
): DrawnChart {
	let current = { labels, series };
	const chart = new Chart<'radar' | 'bar', number[], string[]>(
		canvas,
		configFor(kind, canvas, labels, series)
	);
	reportLiveCharts();

	const redraw = () => {
		const next = configFor(kind, canvas, current.labels, current.series);
		chart.data = next.data;
		chart.options = next.options ?? {};
		chart.update();
	};
	const scheme = matchMedia(darkScheme);
	scheme.addEventListener('change', redraw);

	return {
		update(newLabels, newSeries) {
			current = { labels: newLabels, series: newSeries };
			redraw();
		},
		destroy() {
			scheme.removeEventListener('change', redraw);
			chart.destroy();
			reportLiveCharts();
		}
	};
}
