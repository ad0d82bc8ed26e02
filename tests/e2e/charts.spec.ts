import type { Page } from '@playwright/test';
import { jobFacts, jobIds, type JobId } from '../../src/jobs/jobs';
import { skillIds } from '../../src/skills/skills';
import { hasDrawing } from './canvas';
import { expect, mainHeading, openRoute, test } from './fixtures';

/** Chart.js lives in the drawChart chunk, and nowhere else. */
const chartChunk = /\/assets\/drawChart-[\w-]+\.js$/;

function chartRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (chartChunk.test(new URL(request.url()).pathname)) seen.push(request.url());
	});
	return seen;
}

const liveCharts = (page: Page) => page.locator('html').getAttribute('data-live-charts');

/** The numbers of a skills table, row by row. */
async function tableNumbers(page: Page, table: string): Promise<number[][]> {
	const rows = page.locator(`${table} tbody tr`);
	const texts = await rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''))
	);
	return texts.map((row) => row.map(Number));
}

const ratingsOf = (jobs: readonly JobId[]) =>
	skillIds.map((skill) => jobs.map((jobId) => jobFacts[jobId].skills[skill]));

for (const language of ['fr', 'en'] as const) {
	for (const jobId of jobIds) {
		test(`${language} ${jobId}: the radar draws, labelled, and its table holds the ratings`, async ({
			page
		}) => {
			await openRoute(page, `#/${language}/jobs/${jobId}`);
			const canvas = page.locator('#main canvas');
			await canvas.scrollIntoViewIfNeeded();
			await expect(canvas).toHaveAttribute('role', 'img');
			await expect(canvas).toHaveAttribute('aria-label', /(avant tout sur|above all on) \S/);
			await expect.poll(() => hasDrawing(page, '#main canvas')).toBe(true);
			await expect.poll(() => liveCharts(page)).toBe('1');
			const box = await canvas.boundingBox();
			expect(box?.width).toBeGreaterThan(200);
			await page.locator('details summary').click();
			await expect(page.locator('.skill-table')).toBeVisible();
			expect(await tableNumbers(page, '.skill-table')).toEqual(ratingsOf([jobId]));
		});
	}
}

test('Chart.js loads only when a chart nears the screen, never on home or About', async ({
	page
}) => {
	const requests = chartRequests(page);
	await openRoute(page, '#/en');
	await openRoute(page, '#/en/about');
	await page.goto('#/en/jobs/seo');
	await expect(mainHeading(page)).toHaveText('SEO specialist');
	await expect(page.locator('#main canvas')).toHaveCount(1);
	await page.waitForTimeout(500);
	expect(requests).toEqual([]);
	await page.locator('#main canvas').scrollIntoViewIfNeeded();
	await expect.poll(() => requests.length).toBe(1);
});

test('a language switch redraws the same chart in place', async ({ page }) => {
	await openRoute(page, '#/fr/jobs/media-buyer');
	const canvas = page.locator('#main canvas');
	await canvas.scrollIntoViewIfNeeded();
	await expect.poll(() => liveCharts(page)).toBe('1');
	await canvas.evaluate((element) => element.setAttribute('data-before-switch', 'yes'));
	await page.getByRole('link', { name: 'English' }).click();
	await expect(mainHeading(page)).toHaveText('Media buyer');
	await expect(canvas).toHaveAttribute('data-before-switch', 'yes');
	await expect(canvas).toHaveAttribute('aria-label', /^Spider chart/);
	expect(await liveCharts(page)).toBe('1');
});

test('going from job to job fifty times leaves exactly one chart alive', async ({ page }) => {
	await openRoute(page, '#/en/jobs/seo');
	for (let step = 0; step < 50; step++) {
		const jobId = jobIds[step % jobIds.length] as JobId;
		await page.evaluate((hash) => (location.hash = hash), `#/en/jobs/${jobId}`);
		await expect(page.locator('#main canvas')).toHaveCount(1);
		await page.locator('#main canvas').scrollIntoViewIfNeeded();
		await expect.poll(() => liveCharts(page)).toBe('1');
	}
	await expect(page.locator('canvas')).toHaveCount(1);
	expect(await liveCharts(page)).toBe('1');
});

test.describe('compare', () => {
	test('a shared link opens the comparison, with both charts, words and numbers', async ({
		page
	}) => {
		await openRoute(page, '#/en/compare?jobs=media-buyer,community-manager');
		await expect(mainHeading(page)).toHaveText('Compare jobs side by side');
		await expect(page.getByRole('checkbox', { name: 'Media buyer' })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Community manager' })).toBeChecked();
		await expect(page.locator('.differences li').first()).toHaveText(
			/^A media buyer relies far more on .*budgets and negotiation/
		);
		await expect(page.locator('.differences')).toContainText('A community manager relies');
		expect(await tableNumbers(page, '.skill-table')).toEqual(
			ratingsOf(['media-buyer', 'community-manager'])
		);
		for (const kind of ['radar', 'bar']) {
			const selector = `.chart.${kind} canvas`;
			await page.locator(selector).scrollIntoViewIfNeeded();
			await expect.poll(() => hasDrawing(page, selector)).toBe(true);
		}
		await expect.poll(() => liveCharts(page)).toBe('2');
	});

	test('the URL follows the picker, and the link round-trips', async ({ page }) => {
		await openRoute(page, '#/fr/compare?jobs=seo');
		await expect(page.locator('.pick-more')).toHaveText(/encore un métier/);
		await expect(page.locator('.chart')).toHaveCount(0);
		await page.getByRole('checkbox', { name: 'Community manager' }).check();
		await expect(page).toHaveURL(/#\/fr\/compare\?jobs=seo,community-manager$/);
		await expect(page.locator('.chart')).toHaveCount(2);
		await page.getByRole('checkbox', { name: 'Acheteur média' }).check();
		await expect(page).toHaveURL(/\?jobs=seo,community-manager,media-buyer$/);
		// Three at most: the others wait until one is unticked.
		await expect(page.getByRole('checkbox', { name: 'Spécialiste SMO' })).toBeDisabled();
		await page.reload();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);
		await page.getByRole('checkbox', { name: 'Référenceur web (SEO)' }).uncheck();
		await expect(page).toHaveURL(/\?jobs=community-manager,media-buyer$/);
		await expect(page.getByRole('checkbox', { name: 'Spécialiste SMO' })).toBeEnabled();
	});

	test('unknown, repeated and extra ids are dropped with a calm note, as plain text', async ({
		page
	}) => {
		await openRoute(
			page,
			'#/en/compare?jobs=seo,plumber,seo,smo,media-buyer,traffic-manager,<b>x</b>'
		);
		await expect(page.locator('.callout')).toContainText('plumber, seo, traffic-manager, <b>x</b>');
		await expect(page.locator('.callout b')).toHaveCount(0);
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);
		await expect(page.locator('.chart')).toHaveCount(2);
	});

	test('fewer than two valid jobs starts the picker, and the keyboard can fill it', async ({
		page
	}) => {
		await openRoute(page, '#/en/compare?jobs=nothing');
		await expect(page.locator('.callout')).toContainText('nothing');
		await expect(page.locator('.pick-more')).toHaveText('Tick two jobs to start.');
		await page.getByRole('checkbox', { name: 'SEO specialist' }).focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(/\?jobs=seo,community-manager$/);
		await expect(page.locator('.chart')).toHaveCount(2);
	});

	test('a job page links to comparisons with its neighbours', async ({ page }) => {
		await openRoute(page, '#/en/jobs/media-buyer');
		const links = page.getByRole('navigation', { name: 'Compare with:' });
		await links.scrollIntoViewIfNeeded();
		await links.getByRole('link', { name: 'another job…' }).click();
		await expect(mainHeading(page)).toHaveText('Compare jobs side by side');
		await expect(page.getByRole('checkbox', { name: 'Media buyer' })).toBeChecked();
		await page.goBack();
		const neighbour = jobFacts['media-buyer'].closeTo[0] as JobId;
		await page
			.getByRole('navigation', { name: 'Compare with:' })
			.locator(`a[href="#/en/compare?jobs=media-buyer,${neighbour}"]`)
			.click();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
	});
});
