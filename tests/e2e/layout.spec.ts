import type { Page } from '@playwright/test';
import { allRoutes } from '../routes';
import { expect, openRoute, test } from './fixtures';

/** Width of content that sticks out of the viewport (0 when nothing needs horizontal scrolling). */
function horizontalOverflow(page: Page) {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/** Interactive elements smaller than 24 × 24 CSS px that are not links inside a sentence. */
function smallTargets(page: Page) {
	return page.evaluate(() => {
		const targets = document.querySelectorAll<HTMLElement>(
			'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'
		);
		return [...targets]
			.filter((element) => {
				const box = element.getBoundingClientRect();
				if (box.width === 0 && box.height === 0) return false; // not shown (e.g. skip link)
				if (box.width >= 24 && box.height >= 24) return false;
				// WCAG 2.5.8 exempts targets inside a sentence (Chromium lays buttons out as
				// inline-block even when styled inline: a glossary word in a text).
				const parent = element.parentElement;
				const inSentence =
					parent !== null &&
					['inline', 'inline-block'].includes(getComputedStyle(element).display) &&
					(parent.textContent ?? '').trim() !== (element.textContent ?? '').trim();
				return !inSentence;
			})
			.map((element) => `${element.tagName} "${element.textContent?.trim()}"`);
	});
}

for (const route of allRoutes) {
	test(`${route.language} ${route.name} fits 320 px and 200 % zoom, with targets of 24 px or more`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await openRoute(page, route.hash);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		expect(await smallTargets(page)).toEqual([]);
		// A 1280 px wide window zoomed to 200 % lays out like a 640 px one.
		await page.setViewportSize({ width: 640, height: 400 });
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		expect(await smallTargets(page)).toEqual([]);
	});
}

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('turns animations and transitions off', async ({ page }) => {
		await openRoute(page, '#/en');
		const durations = await page.evaluate(() => {
			const probe = document.createElement('div');
			probe.style.transition = 'opacity 2s';
			probe.style.animation = 'none 3s';
			document.querySelector('main')?.append(probe);
			const style = getComputedStyle(probe);
			return [style.transitionDuration, style.animationDuration].map((value) => parseFloat(value));
		});
		for (const duration of durations) expect(duration).toBeLessThan(0.01);
	});
});

for (const route of allRoutes) {
	test(`${route.language} ${route.name} does not shift while it fills in`, async ({ page }) => {
		await page.setViewportSize({ width: 412, height: 823 });
		await page.addInitScript(() => {
			const shifts: number[] = [];
			Object.defineProperty(window, '__layoutShifts', { value: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as Array<
					PerformanceEntry & { value: number; hadRecentInput: boolean }
				>) {
					if (!entry.hadRecentInput) shifts.push(entry.value);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await openRoute(page, route.hash);
		await page.waitForTimeout(500);
		const total = await page.evaluate(() =>
			(window as unknown as { __layoutShifts: number[] }).__layoutShifts.reduce((a, b) => a + b, 0)
		);
		expect(total).toBeLessThan(0.01);
	});
}
