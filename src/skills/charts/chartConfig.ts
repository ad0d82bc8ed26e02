/**
 * Skill ratings to Chart.js configurations. Pure (types only from Chart.js), so the mapping
 * is unit tested without a canvas; ./drawChart.ts feeds these to Chart.js.
 */
import type { ChartConfiguration, PointStyle } from 'chart.js';
import { jobFacts, type JobId } from '../../jobs/jobs';
import type { Formatter } from '../../lib/i18n/i18n';
import { maxRating, skillIds } from '../skills';

/** One job's line (radar) or bars (bar chart). */
export interface ChartSeries {
	label: string;
	/** One rating per label, in the same order. */
	values: number[];
}

/** What a skills chart and its table show for some jobs: skill names, and each job's ratings in that order. */
export function skillChartData(
	format: Formatter,
	jobs: readonly JobId[]
): { labels: string[]; series: ChartSeries[] } {
	return {
		labels: skillIds.map((skill) => format(`ui.skills.${skill}`)),
		series: jobs.map((jobId) => ({
			label: format(`jobs.${jobId}.name`),
			values: skillIds.map((skill) => jobFacts[jobId].skills[skill])
		}))
	};
}

/** How one series is drawn, so that jobs differ by shape and dashes, not by colour alone. */
export interface SeriesLook {
	color: string;
	/** A translucent area (radar) or a solid colour or pattern (bars). */
	fill: string | CanvasPattern;
	pointStyle: PointStyle;
	dash: number[];
}

/** Colours read from the page's light or dark scheme. */
export interface ChartTheme {
	looks: SeriesLook[];
	grid: string;
	text: string;
}

/** Shapes and dashes per series: first job solid circles, second dashed diamonds, third dotted triangles. */
export const seriesShapes: ReadonlyArray<{ pointStyle: PointStyle; dash: number[] }> = [
	{ pointStyle: 'circle', dash: [] },
	{ pointStyle: 'rectRot', dash: [8, 4] },
	{ pointStyle: 'triangle', dash: [2, 3] }
];

/** Splits a label into short lines, so long skill names fit around a radar on a phone. */
export function wrapLabel(label: string, maxLength = 14): string[] {
	const lines: string[] = [];
	for (const word of label.split(/\s+/).filter((part) => part !== '')) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= maxLength) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else {
			lines.push(word);
		}
	}
	return lines;
}

function lookOf(theme: ChartTheme, index: number): SeriesLook {
	const look = theme.looks[index % theme.looks.length];
	if (!look) throw new Error('a chart theme needs at least one look');
	return look;
}

/** Ticks as plain digits: Chart.js would otherwise build an Intl.NumberFormat for 0 to 5. */
const plainTicks = { stepSize: 1, callback: (value: number | string) => String(value) };

/** A radar of one or more jobs' ratings, 0 to 5, around the skill labels. */
export function radarConfig(
	labels: readonly string[],
	series: readonly ChartSeries[],
	theme: ChartTheme,
	motion: boolean
): ChartConfiguration<'radar', number[], string[]> {
	return {
		type: 'radar',
		data: {
			labels: labels.map((label) => wrapLabel(label)),
			datasets: series.map((item, index) => {
				const look = lookOf(theme, index);
				return {
					label: item.label,
					data: [...item.values],
					borderColor: look.color,
					backgroundColor: look.fill,
					borderDash: look.dash,
					borderWidth: 2,
					fill: true,
					pointStyle: look.pointStyle,
					pointRadius: 4,
					pointBackgroundColor: look.color,
					pointBorderColor: look.color
				};
			})
		},
		options: {
			animation: motion ? { duration: 400 } : false,
			maintainAspectRatio: true,
			aspectRatio: 1,
			layout: { padding: 4 },
			scales: {
				r: {
					min: 0,
					max: maxRating,
					ticks: { ...plainTicks, color: theme.text, backdropColor: 'transparent', z: 1 },
					grid: { color: theme.grid },
					angleLines: { color: theme.grid },
					pointLabels: { color: theme.text, font: { size: 12 } }
				}
			}
		}
	};
}

/** Horizontal grouped bars: one group per skill, one bar per job. */
export function barConfig(
	labels: readonly string[],
	series: readonly ChartSeries[],
	theme: ChartTheme,
	motion: boolean
): ChartConfiguration<'bar', number[], string[]> {
	return {
		type: 'bar',
		data: {
			labels: labels.map((label) => wrapLabel(label, 18)),
			datasets: series.map((item, index) => {
				const look = lookOf(theme, index);
				return {
					label: item.label,
					data: [...item.values],
					backgroundColor: look.fill,
					borderColor: look.color,
					borderWidth: 2
				};
			})
		},
		options: {
			animation: motion ? { duration: 400 } : false,
			indexAxis: 'y',
			maintainAspectRatio: false,
			scales: {
				x: {
					min: 0,
					max: maxRating,
					ticks: { ...plainTicks, color: theme.text },
					grid: { color: theme.grid }
				},
				y: { ticks: { color: theme.text, font: { size: 12 } }, grid: { display: false } }
			}
		}
	};
}
