import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { chromiumPath, quietChromiumFlags } from '../chromium';
import { oneRoutePerView } from '../routes';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/**
 * The median score each category must reach, out of 100. Performance allows 99: on this
 * 2-core host the simulated score of the same build swings by 1 to 3 points between runs,
 * and job pages and the compare view sit right at the 99/100 edge (LCP ~1.53 s against a
 * 1.55 s limit for a full mark). A 100 gate there failed CI at random; see the README.
 * Every run still prints its real scores, and anything under 100 is listed below.
 */
const minimumScore: Record<(typeof categories)[number], number> = {
	performance: 99,
	accessibility: 100,
	'best-practices': 100,
	seo: 100
};

let chrome: chromeLauncher.LaunchedChrome;

/**
 * The CPU slowdown that makes this host emulate Lighthouse's reference phone. The mobile
 * preset's 4× assumes a host whose benchmarkIndex is about 1500; Lighthouse's throttling
 * guide says to calibrate the multiplier on slower hosts, and publishes this table
 * (lighthouse-cpu-throttling-calculator). A host at 1500 or faster keeps the full 4×.
 */
function cpuSlowdownFor(benchmarkIndex: number): number {
	const multiplier =
		benchmarkIndex >= 1300
			? 3 + (benchmarkIndex - 1300) / 233
			: benchmarkIndex >= 800
				? 2 + (benchmarkIndex - 800) / 500
				: 1 + (benchmarkIndex - 150) / 650;
	return Math.round(Math.min(4, Math.max(1, multiplier)) * 10) / 10;
}

/** The mobile preset's network and CPU throttling, with the CPU calibrated to this host. */
let mobileThrottling: typeof throttling.mobileSlow4G = throttling.mobileSlow4G;

test.beforeAll(async ({ baseURL }) => {
	chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', ...quietChromiumFlags]
	});
	// Lighthouse measures the host's speed (benchmarkIndex) on every run; take the median of a few.
	const indexes: number[] = [];
	for (let run = 0; run < 5; run++) {
		const result = await lighthouse(baseURL ?? '', {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyAudits: ['viewport']
		});
		indexes.push(result?.lhr.environment.benchmarkIndex ?? NaN);
	}
	const benchmarkIndex = median(indexes);
	const cpuSlowdownMultiplier = cpuSlowdownFor(benchmarkIndex);
	mobileThrottling = { ...throttling.mobileSlow4G, cpuSlowdownMultiplier };
	console.log(
		`Host benchmarkIndex ${Math.round(benchmarkIndex)} (runs: ${indexes.map(Math.round).join(', ')}): ` +
			`CPU slowdown ${cpuSlowdownMultiplier}× (the preset's 4× is calibrated for about 1500)`
	);
});

test.afterAll(async () => {
	await chrome?.kill();
});

/** Lighthouse's own advice: scores vary run to run, so judge the median of several runs. */
const runsPerRoute = 7;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function audit(url: string) {
	const result = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...categories],
		throttling: mobileThrottling
	});
	if (!result) throw new Error(`Lighthouse returned no report for ${url}`);
	const { lhr } = result;
	const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		scores: categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)),
		lcp: metric('largest-contentful-paint'),
		tbt: metric('total-blocking-time'),
		cls: metric('cumulative-layout-shift'),
		below: Object.values(lhr.audits)
			.filter((item) => item.score !== null && item.score < 1)
			.filter((item) => ['numeric', 'binary'].includes(item.scoreDisplayMode))
			.map((item) => `${item.id} ${item.score}`)
	};
}

for (const route of oneRoutePerView) {
	test(`${route.language} ${route.name}`, async ({ baseURL }) => {
		const url = new URL(route.hash, baseURL).href;
		const runs: Array<Awaited<ReturnType<typeof audit>>> = [];
		for (let run = 0; run < runsPerRoute; run++) runs.push(await audit(url));
		const scores = categories.map((_, index) => median(runs.map((run) => run.scores[index] ?? 0)));
		console.log(
			`${route.language} ${route.name.padEnd(24)} ` +
				categories.map((id, index) => `${id} ${scores[index]}`).join(' · ') +
				` | LCP ${Math.round(median(runs.map((run) => run.lcp)))} ms` +
				` TBT ${Math.round(median(runs.map((run) => run.tbt)))} ms` +
				` CLS ${median(runs.map((run) => run.cls)).toFixed(3)}` +
				` (median of ${runsPerRoute} runs)`
		);
		const below = [...new Set(runs.flatMap((run) => run.below))].join(', ');
		categories.forEach((id, index) => {
			expect(
				scores[index],
				`${id} score (audits below 1 in some run: ${below})`
			).toBeGreaterThanOrEqual(minimumScore[id]);
		});
	});
}
