import { test as base, expect, type Page } from '@playwright/test';

/** Everything a page did that a test must fail on: console errors, uncaught errors, foreign requests. */
interface PageProblems {
	list: string[];
}

/**
 * The app's test: every page fails its test on a console error, an uncaught exception,
 * or a request to any origin other than the app's own.
 */
export const test = base.extend<{ problems: PageProblems }>({
	problems: [
		async ({ page, baseURL }, use) => {
			const problems: PageProblems = { list: [] };
			const ownOrigin = new URL(baseURL ?? 'http://localhost/').origin;
			page.on('console', (message) => {
				if (message.type() === 'error') problems.list.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.list.push(`uncaught: ${error.message}`));
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol !== 'data:' && url.origin !== ownOrigin) {
					problems.list.push(`request to another origin: ${request.url()}`);
				}
			});
			await use(problems);
			expect(problems.list, 'console errors, uncaught errors or foreign requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens a route of the app (`'#/fr/jobs/seo'`) and waits until its main heading shows. */
export async function openRoute(page: Page, hash: string) {
	await page.goto(hash);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The main heading of the view shown. */
export function mainHeading(page: Page) {
	return page.getByRole('heading', { level: 1 });
}
