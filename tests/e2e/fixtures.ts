import { test as base, expect, type Page } from '@playwright/test';

/** What a page did that fails its test: console errors, uncaught errors, dialogs, CSP violations, foreign requests. */
interface PageProblems {
	list: string[];
}

/**
 * The app's test: every page fails its test on a console error, an uncaught exception, an
 * alert or other dialog, a content security policy violation, or a request to any origin
 * other than the app's own.
 */
export const test = base.extend<{ problems: PageProblems; otherOrigins: string[] }>({
	/** Origins a test may also reach besides the app's own: a blog page that embeds the app. */
	otherOrigins: [[], { option: true }],
	problems: [
		async ({ page, baseURL, otherOrigins }, use) => {
			const problems: PageProblems = { list: [] };
			const allowed = new Set([new URL(baseURL ?? 'http://localhost/').origin, ...otherOrigins]);
			page.on('console', (message) => {
				if (message.type() === 'error') problems.list.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.list.push(`uncaught: ${error.message}`));
			page.on('dialog', (dialog) => {
				problems.list.push(`dialog opened: ${dialog.message()}`);
				void dialog.dismiss();
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol !== 'data:' && !allowed.has(url.origin)) {
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
