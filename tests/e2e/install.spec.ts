import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { languages, type Language } from '../../src/lib/i18n/languages';
import { axeViolations } from './axe';
import { expect, openRoute, test } from './fixtures';

const appTexts = (language: Language) =>
	JSON.parse(readFileSync(`locales/${language}/ui.json`, 'utf8')).app;

const languageLabel = { fr: 'English', en: 'Français' } as const;

async function serviceWorkerReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

/** What Chrome says stands in the way of installing the page, and the manifest it read. */
async function installability(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	const manifest = await cdp.send('Page.getAppManifest', {});
	await cdp.detach();
	return {
		// Playwright's browser contexts are incognito ones: Chrome never installs from those.
		errors: installabilityErrors
			.map((error) => error.errorId)
			.filter((id) => id !== 'in-incognito'),
		manifest
	};
}

test.describe('installing the app', () => {
	test('Chrome finds it installable, named in the language on screen', async ({ page }) => {
		await openRoute(page, '#/fr');
		await serviceWorkerReady(page);
		const french = await installability(page);
		expect(french.errors).toEqual([]);
		expect(new URL(french.manifest.url).pathname).toMatch(/\/manifest\.fr\.webmanifest$/);
		expect(french.manifest.errors).toEqual([]);
		const frenchManifest = JSON.parse(french.manifest.data ?? '{}');
		expect(frenchManifest.name).toBe(appTexts('fr').name);

		await page.getByRole('link', { name: languageLabel.fr }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect
			.poll(async () => new URL((await installability(page)).manifest.url).pathname)
			.toMatch(/\/manifest\.en\.webmanifest$/);
		const english = await installability(page);
		expect(english.errors).toEqual([]);
		expect(JSON.parse(english.manifest.data ?? '{}').name).toBe(appTexts('en').name);
	});

	test('the manifest and the icons it lists are served, icons at the sizes they claim', async ({
		page,
		request,
		baseURL
	}) => {
		await openRoute(page, '#/en');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifestUrl = new URL(href ?? '', page.url());
		const manifest = await (await request.get(manifestUrl.href)).json();
		expect(new URL(manifest.start_url, manifestUrl).href).toBe(baseURL);
		expect(new URL(manifest.scope, manifestUrl).href).toBe(baseURL);
		for (const icon of manifest.icons) {
			const response = await request.get(new URL(icon.src, manifestUrl).href);
			expect(response.headers()['content-type']).toBe('image/png');
			const png = await response.body();
			expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
		}
		const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
		expect((await request.get(new URL(touchIcon ?? '', page.url()).href)).ok()).toBe(true);
	});

	for (const language of languages) {
		const texts = appTexts(language);

		test(`${language}: where the browser offers it, the footer's button installs the app`, async ({
			page
		}) => {
			await openRoute(page, `#/${language}`);
			// Chrome sends this when it would install the page; here the test plays its part.
			await page.evaluate(() => {
				const offer = new Event('beforeinstallprompt', { cancelable: true });
				Object.assign(offer, {
					prompt: async () => document.documentElement.setAttribute('data-prompted', ''),
					userChoice: Promise.resolve({ outcome: 'accepted' })
				});
				window.dispatchEvent(offer);
			});
			const button = page.getByRole('contentinfo').getByRole('button', {
				name: texts.install.button
			});
			// The footer's part about installing loads once the page has settled.
			await expect(button).toBeVisible({ timeout: 15_000 });
			await expect(page.getByText(texts.install.why)).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(page.locator('html')).toHaveAttribute('data-prompted', '');
			await expect(
				page.getByRole('status').filter({ hasText: texts.install.installed })
			).toBeVisible();
			await expect(button).toHaveCount(0);
		});
	}
});

test.describe('on an iPhone', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});

	for (const language of languages) {
		const texts = appTexts(language);

		test(`${language}: the footer explains installing from Safari's Share menu`, async ({
			page
		}) => {
			await openRoute(page, `#/${language}`);
			const summary = page.getByRole('contentinfo').getByText(texts.install.iosSummary);
			await expect(summary).toBeVisible({ timeout: 15_000 });
			await summary.scrollIntoViewIfNeeded();
			await summary.click();
			await expect(page.getByRole('contentinfo').getByRole('listitem')).toHaveText(
				texts.install.iosSteps
			);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test('once cached, the footer says the app works without a network', async ({ page }) => {
	for (const language of languages) {
		await openRoute(page, `#/${language}`);
		await expect(
			page.getByRole('contentinfo').getByText(appTexts(language).install.offlineReady)
		).toBeVisible({ timeout: 20_000 });
	}
});
