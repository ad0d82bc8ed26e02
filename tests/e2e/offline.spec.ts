import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { languages, type Language } from '../../src/lib/i18n/languages';
import { previewPagePath } from '../../src/share/previewPage';
import { routesIn } from '../routes';
import { hasDrawing } from './canvas';
import { expect, mainHeading, openRoute, test } from './fixtures';

const text = {
	fr: { search: 'Chercher un mot', start: "C'est parti !", next: 'Question suivante' },
	en: { search: 'Look up a word', start: "Let's go!", next: 'Next question' }
} as const;

const glossaryName = (language: Language, id: string): string =>
	JSON.parse(readFileSync(`locales/${language}/glossary/terms.json`, 'utf8'))[id].name;

/** Opens the app once online and waits until its service worker has cached everything. */
async function visitOnce(page: Page): Promise<void> {
	await openRoute(page, '#/fr');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The worker takes charge of the open page as soon as it is active.
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

/** Visits once online, then cuts the network; returns the requests the worker leaves unanswered. */
async function offlineAfterOneVisit(page: Page, context: BrowserContext): Promise<string[]> {
	await visitOnce(page);
	await context.setOffline(true);
	return networkRequests(page);
}

/** Every request the page made that the service worker did not answer (the network's). */
function networkRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('requestfinished', async (request) => {
		const response = await request.response();
		if (response && !response.fromServiceWorker()) seen.push(request.url());
	});
	page.on('requestfailed', (request) => {
		// A reload cancels what the page was still fetching: that is not the network failing.
		const error = request.failure()?.errorText ?? '';
		if (error !== 'net::ERR_ABORTED') seen.push(`${request.url()} (${error})`);
	});
	return seen;
}

test.describe('offline, after one visit', () => {
	test.describe.configure({ timeout: 180_000 });

	test('every route opens in both languages, each one from a fresh start', async ({
		page,
		context
	}) => {
		const network = await offlineAfterOneVisit(page, context);
		for (const language of languages) {
			for (const route of routesIn(language)) {
				await openRoute(page, route.hash);
				// A reload starts from nothing: the page, its code and texts all come from the cache.
				await page.reload();
				await expect(mainHeading(page), route.name).toBeVisible();
				await expect(page.locator('html')).toHaveAttribute('lang', language);
			}
		}
		expect(network, 'requests the service worker did not answer').toEqual([]);
	});

	for (const language of languages) {
		test(`${language}: glossary search, a chart and a quiz round work with no network`, async ({
			page,
			context
		}) => {
			const network = await offlineAfterOneVisit(page, context);

			await openRoute(page, `#/${language}/glossary`);
			await page.reload();
			const search = page.getByLabel(text[language].search);
			await search.fill('hastag');
			await expect(
				page.locator('.entries, .suggestions').getByText(glossaryName(language, 'hashtag'))
			).toBeVisible();

			await openRoute(page, `#/${language}/jobs/smo`);
			await page.locator('#main canvas').scrollIntoViewIfNeeded();
			await expect.poll(() => hasDrawing(page, '#main canvas')).toBe(true);

			await openRoute(page, `#/${language}/quiz`);
			await page.getByRole('button', { name: text[language].start }).click();
			for (let number = 1; number <= 10; number++) {
				await expect(page.locator('.progress')).toContainText(`${number} / 10`);
				await page.locator('.choices .choice').first().click();
				await expect(page.locator('.verdict')).toBeFocused();
				await page.locator('button.next').click();
			}
			await expect(page.locator('#quiz-score')).toBeFocused();
			expect(network, 'requests the service worker did not answer').toEqual([]);
		});

		test(`${language}: a personal link opens offline, through its preview page`, async ({
			page,
			context
		}) => {
			await visitOnce(page);
			await context.setOffline(true);
			await page.goto(`${previewPagePath(language, 'seo')}#from=Julie&msg=Bisous`);
			await expect(page).toHaveURL(new RegExp(`#/${language}/jobs/seo\\?`));
			await expect(page.getByText('Julie').first()).toBeVisible();
			await expect(page.getByText('Bisous')).toBeVisible();
		});
	}
});
