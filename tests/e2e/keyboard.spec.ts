import type { Page } from '@playwright/test';
import { allRoutes } from '../routes';
import { expect, mainHeading, openRoute, test } from './fixtures';

/** Describes the focused element, and whether its focus indicator can be seen. */
function focusedElement(page: Page) {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return null;
		const style = getComputedStyle(element);
		const visible =
			(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
			style.boxShadow !== 'none';
		return {
			id: element.dataset['keyboardProbe'] ?? '',
			label: `${element.tagName} "${element.textContent?.trim().slice(0, 40)}"`,
			visible
		};
	});
}

/**
 * Waits until the view has finished filling in: long views reveal their parts one task at a
 * time and load some blocks (the job page's chart) on demand, so controls keep appearing for
 * a moment after the heading shows.
 */
async function untilControlsSettle(page: Page) {
	const count = () =>
		page.evaluate(
			() =>
				document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')
					.length
		);
	let previous = -1;
	let steady = 0;
	while (steady < 3) {
		const current = await count();
		steady = current === previous ? steady + 1 : 0;
		previous = current;
		await page.waitForTimeout(100);
	}
}

/**
 * Scrolls down the whole view a screen at a time, then back to the top, so blocks that load
 * as they near the screen (the job page's chart and jargon) are all there before tabbing: on a
 * busy machine, Tab could otherwise pass a block before its links arrive.
 */
async function scrollThroughPage(page: Page) {
	for (let screen = 0; screen < 50; screen++) {
		const atBottom = await page.evaluate(() => {
			window.scrollBy(0, window.innerHeight);
			return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
		});
		await page.waitForTimeout(50);
		if (atBottom) break;
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	await untilControlsSettle(page);
}

/**
 * Names every control not named yet. Called before each Tab: blocks that load as they near the
 * screen (the job page's chart and jargon) add controls while the reader moves down.
 */
function probeNewControls(page: Page) {
	return page.evaluate(() => {
		const all = document.querySelectorAll<HTMLElement>(
			'a[href], button, input, select, textarea, summary, [tabindex]'
		);
		const named = [...all].filter((element) => element.dataset['keyboardProbe'] !== undefined);
		let next = named.length;
		for (const element of all)
			if (element.dataset['keyboardProbe'] === undefined)
				element.dataset['keyboardProbe'] = String(next++);
		return all.length;
	});
}

/** Tabs through the whole page once; returns every stop in order. */
async function tabThroughPage(page: Page) {
	const stops: Array<{ id: string; label: string; visible: boolean }> = [];
	for (let press = 0; press < (await probeNewControls(page)) + 5; press++) {
		await page.keyboard.press('Tab');
		const focused = await focusedElement(page);
		if (!focused || stops.some((stop) => stop.id === focused.id)) break;
		stops.push(focused);
	}
	return stops;
}

/** The probe ids of every radio button sharing a group with one of `reached`. */
function radioGroupMates(page: Page, reached: string[]) {
	return page.evaluate((ids) => {
		const radios = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
		const groups = new Set(
			radios
				.filter((radio) => ids.includes(radio.dataset['keyboardProbe'] ?? ''))
				.map((radio) => radio.name)
		);
		return radios
			.filter((radio) => groups.has(radio.name))
			.map((radio) => radio.dataset['keyboardProbe'] ?? '');
	}, reached);
}

/** Interactive elements a mouse can use; all of them must be reachable with Tab. */
function interactiveElements(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
			// Closed popovers (a word's definition) are not rendered, so not reachable yet.
			.filter((element) => !element.closest('[inert], [hidden], [popover]:not(:popover-open)'))
			.map((element) => ({
				id: element.dataset['keyboardProbe'] ?? '',
				label: `${element.tagName} "${element.textContent?.trim().slice(0, 40)}"`
			}))
	);
}

for (const route of allRoutes) {
	test(`${route.language} ${route.name}: every control is reachable by Tab, with a visible focus`, async ({
		page
	}) => {
		await openRoute(page, route.hash);
		await untilControlsSettle(page);
		await scrollThroughPage(page);
		// Start from the top, even where the view focused something (an opened glossary entry):
		// Chromium would otherwise go on from there.
		await page.evaluate(() => {
			document.body.tabIndex = -1;
			document.body.focus();
		});
		const stops = await tabThroughPage(page);
		// A full view has several controls; an embedded card may have just its link to the app.
		expect(stops.length).toBeGreaterThan(route.view === 'embed' ? 0 : 3);
		expect(stops.filter((stop) => !stop.visible).map((stop) => stop.label)).toEqual([]);
		const reached = new Set(stops.map((stop) => stop.id));
		// A group of radio buttons is one Tab stop (arrow keys move inside it): reaching one
		// reaches them all.
		for (const id of await radioGroupMates(page, [...reached])) reached.add(id);
		const interactive = await interactiveElements(page);
		expect(interactive.filter(({ id }) => !reached.has(id)).map(({ label }) => label)).toEqual([]);
	});
}

test('a visitor uses the app with the keyboard only', async ({ page }) => {
	await openRoute(page, '#/en');

	// Skip link, then straight into the content.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	// Open a job from its card.
	const card = page.getByRole('main').getByRole('link', { name: 'Community manager' });
	while (!(await card.evaluate((element) => element === document.activeElement))) {
		await page.keyboard.press('Tab');
	}
	await page.keyboard.press('Enter');
	await expect(mainHeading(page)).toHaveText('Community manager');
	await expect(mainHeading(page)).toBeFocused();

	// Switch language from the header, on the same page.
	const french = page.getByRole('link', { name: 'Français' });
	await page.keyboard.press('Shift+Tab');
	while (!(await french.evaluate((element) => element === document.activeElement))) {
		await page.keyboard.press('Shift+Tab');
	}
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#\/fr\/jobs\/community-manager$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

	// Back to every job.
	const back = page.getByRole('link', { name: 'Voir tous les métiers' });
	while (!(await back.evaluate((element) => element === document.activeElement))) {
		await page.keyboard.press('Tab');
	}
	await page.keyboard.press('Enter');
	await expect(mainHeading(page)).toHaveText(
		'Ce que font vraiment les gens qui travaillent dans le web'
	);
	await expect(mainHeading(page)).toBeFocused();
});
