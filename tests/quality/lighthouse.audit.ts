import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, quietChromiumFlags } from '../chromium';
import { oneRoutePerView } from '../routes';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Every category must score this, out of 100. */
const minimumScore = 100;

let chrome: chromeLauncher.LaunchedChrome;

test.beforeAll(async () => {
	chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', ...quietChromiumFlags]
	});
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
		onlyCategories: [...categories]
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
			).toBeGreaterThanOrEqual(minimumScore);
		});
	});
}
