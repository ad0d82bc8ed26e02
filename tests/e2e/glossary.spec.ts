import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { termFacts } from '../../src/glossary/termFacts';
import { termIds } from '../../src/glossary/terms';
import { expect, mainHeading, openRoute, test } from './fixtures';

type TermText = { name: string; alternatives: string[]; definition: string; example: string };
const glossaryOf = (language: string): Record<string, TermText> =>
	JSON.parse(readFileSync(`locales/${language}/glossary/terms.json`, 'utf8'));

const text = {
	fr: {
		search: 'Chercher un mot',
		job: 'Métier',
		copy: /Copier le lien/,
		copied: 'Lien copié !',
		fullEntry: 'Tout savoir sur ce mot',
		loading: 'Un instant, la définition arrive…',
		letters: 'Aller à une lettre',
		byAlternative: ['mot-dièse', 'hashtag'],
		seoJob: 'Référenceur web (SEO)'
	},
	en: {
		search: 'Look up a word',
		job: 'Job',
		copy: /Copy the link/,
		copied: 'Link copied!',
		fullEntry: 'More about this word',
		loading: 'One moment, the definition is on its way…',
		letters: 'Jump to a letter',
		byAlternative: ['link building', 'netlinking'],
		seoJob: 'SEO specialist'
	}
} as const;

/** The names of the entries listed, in order. */
const entryNames = (page: Page) => page.locator('.entries article h3').allTextContents();

for (const language of ['fr', 'en'] as const) {
	const glossary = glossaryOf(language);
	const nameOf = (id: string) => glossary[id]!.name;

	test.describe(`glossary in ${language}`, () => {
		test('search finds terms by alternative, and without accents, case or hyphens', async ({
			page
		}) => {
			await openRoute(page, `#/${language}/glossary`);
			await expect(page.locator('.entries article')).toHaveCount(termIds.length);
			const search = page.getByLabel(text[language].search);
			for (const query of ['e reputation', 'E-RÉPUTATION', 'ereputation']) {
				await search.fill(query);
				await expect
					.poll(() => entryNames(page).then((names) => names[0]?.trim()))
					.toBe(nameOf('e-reputation'));
			}
			const [alternative, id] = text[language].byAlternative;
			await search.fill(alternative);
			await expect.poll(() => entryNames(page).then((names) => names[0]?.trim())).toBe(nameOf(id));

			// Nothing matches: close spellings are offered, and open their entry.
			await search.fill('hastagg');
			await expect(page.locator('.entries')).toHaveCount(0);
			await page
				.locator('.suggestions')
				.getByRole('link', { name: nameOf('hashtag') })
				.click();
			await expect(page.locator('#entry-hashtag-name')).toBeFocused();
			await expect(search).toHaveValue('');
		});

		test('a term link opens the entry in place, focused, with a link to copy', async ({
			page,
			context
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await openRoute(page, `#/${language}/glossary/retargeting`);
			const heading = page.locator('#entry-retargeting-name');
			await expect(heading).toBeFocused();
			await expect(heading).toBeInViewport();
			const entry = page.locator('#entry-retargeting');
			await expect(entry).toContainText(glossary['retargeting']!.example);
			await expect(page.locator('article.entry.open')).toHaveCount(1);
			for (const related of termFacts.retargeting.related) {
				await expect(entry.locator(`a[href="#/${language}/glossary/${related}"]`)).toHaveText(
					nameOf(related)
				);
			}
			await entry.getByRole('button', { name: text[language].copy }).click();
			await expect(entry.getByRole('status')).toHaveText(text[language].copied);
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(page.url());
			expect(new URL(copied).hash).toBe(`#/${language}/glossary/retargeting`);

			// A related term opens in place, focused, and the first one closes.
			await entry.locator(`a[href="#/${language}/glossary/cookie"]`).click();
			await expect(page.locator('#entry-cookie-name')).toBeFocused();
			await expect(page.locator('article.entry.open')).toHaveAttribute('id', 'entry-cookie');
		});

		test('a refused clipboard shows the link to copy by hand', async ({ page }) => {
			await openRoute(page, `#/${language}/glossary/kpi`);
			await page.evaluate(() => {
				Object.defineProperty(navigator, 'clipboard', {
					value: { writeText: () => Promise.reject(new Error('refused')) }
				});
			});
			await page.getByRole('button', { name: text[language].copy }).click();
			const field = page.locator('#entry-kpi input[readonly]');
			await expect(field).toBeFocused();
			expect(new URL(await field.inputValue()).hash).toBe(`#/${language}/glossary/kpi`);
		});

		test('an unknown or hostile term shows a calm note, as text', async ({ page }) => {
			await openRoute(page, `#/${language}/glossary/blockchain`);
			await expect(page.getByRole('main').getByRole('status').first()).toContainText('blockchain');
			await expect(page.getByLabel(text[language].search)).toHaveValue('blockchain');
			const hostile = '<img src=x onerror=alert(1)>';
			await page.goto(`#/${language}/glossary/${encodeURIComponent(hostile)}`);
			await expect(page.getByRole('main').getByRole('status').first()).toContainText(hostile);
			await expect(page.locator('main img')).toHaveCount(0);
		});

		test('the job filter and the A–Z index narrow and move through the list', async ({ page }) => {
			await openRoute(page, `#/${language}/glossary`);
			await page.getByLabel(text[language].job).selectOption('seo');
			const seoTerms = termIds.filter((id) => termFacts[id].jobs.includes('seo'));
			await expect(page.locator('.entries article')).toHaveCount(seoTerms.length);
			const shown = await page
				.locator('.entries article')
				.evaluateAll((articles) => articles.map((article) => article.id.replace('entry-', '')));
			expect(shown.sort()).toEqual([...seoTerms].sort());

			await page.getByLabel(text[language].job).selectOption({ index: 0 });
			await expect(page.locator('.entries article')).toHaveCount(termIds.length);
			const letters = page.getByRole('navigation', { name: text[language].letters });
			await letters.getByRole('button', { name: 'R', exact: true }).click();
			const letterHeading = page.locator('#letter-R');
			await expect(letterHeading).toBeFocused();
			await expect(letterHeading).toBeInViewport();
			const firstUnderR = page.locator('#letter-R + .entries h3').first();
			await expect(firstUnderR).toHaveText(/^\s*R/i);
		});

		test('a job page links its jargon to the glossary, filtered to that job', async ({ page }) => {
			await openRoute(page, `#/${language}/jobs/seo`);
			await page.locator('#job-jargon').scrollIntoViewIfNeeded();
			const jargon = page.locator('.jargon');
			await jargon.scrollIntoViewIfNeeded();
			await jargon.locator(`a[href="#/${language}/glossary/backlink"]`).click();
			await expect(page.locator('#entry-backlink-name')).toBeFocused();
			await page.goBack();
			await page.locator(`a[href="#/${language}/glossary?job=seo"]`).click();
			await expect(mainHeading(page)).toBeVisible();
			await expect(page.getByLabel(text[language].job)).toHaveValue('seo');
		});

		test('a word in a job text opens its definition by keyboard, and Escape closes it', async ({
			page
		}) => {
			await openRoute(page, `#/${language}/jobs/seo`);
			const word = page.locator('button.term').first();
			await word.scrollIntoViewIfNeeded();
			const term = await word.evaluate(
				(button) => document.getElementById(button.getAttribute('popovertarget') ?? '')?.id ?? ''
			);
			expect(term).not.toBe('');
			await word.focus();
			await expect(word).toHaveAttribute('aria-expanded', 'false');
			await page.keyboard.press('Enter');
			const dialog = page.locator('.term-popover:popover-open');
			await expect(dialog).toBeVisible();
			await expect(dialog).toBeFocused();
			await expect(word).toHaveAttribute('aria-expanded', 'true');
			// Focusing the word fetched the definitions; they may still be on their way.
			await expect(dialog.locator('.definition')).not.toHaveText(text[language].loading);
			const name = (await dialog.locator('.name').textContent()) ?? '';
			const entry = Object.values(glossary).find((item) => item.name === name);
			expect(entry).toBeDefined();
			await expect(dialog).toContainText(entry!.definition);
			await expect(page.getByRole('dialog', { name })).toBeVisible();
			await expect(dialog.getByRole('link', { name: text[language].fullEntry })).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(dialog).toHaveCount(0);
			await expect(word).toBeFocused();

			// Space opens it too; Tab reaches its link, which opens the full entry.
			await page.keyboard.press('Space');
			await expect(page.locator('.term-popover:popover-open')).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: text[language].fullEntry })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`#/${language}/glossary/[a-z0-9-]+$`));
			await expect(page.locator('.term-popover:popover-open')).toHaveCount(0);
			await expect(page.locator('article.entry.open h3')).toBeFocused();
		});

		test('a tap opens a definition and a tap elsewhere closes it', async ({ page }) => {
			await openRoute(page, `#/${language}/jobs/community-manager`);
			const word = page.locator('button.term').nth(1);
			await word.scrollIntoViewIfNeeded();
			await word.click();
			await expect(page.locator('.term-popover:popover-open')).toBeVisible();
			await page.mouse.click(5, 5);
			await expect(page.locator('.term-popover:popover-open')).toHaveCount(0);
		});

		test('a job page fetches the glossary only once a reader may need it', async ({ page }) => {
			const fetched: string[] = [];
			page.on('request', (request) => {
				if (/\/assets\/content-\w+-glossary-terms-[\w-]+\.js$/.test(request.url()))
					fetched.push(request.url());
			});
			await openRoute(page, `#/${language}/jobs/seo`);
			await expect(page.locator('#job-jargon')).toHaveCount(1);
			await page.waitForTimeout(500);
			expect(fetched).toEqual([]);
			// Pointing at a word in the text fetches the definitions before it is opened.
			await page.locator('button.term').first().hover();
			await expect.poll(() => fetched.length).toBe(1);
			expect(fetched[0]).toContain(`content-${language}-glossary-terms`);

			// Scrolling down to the jargon list does too.
			await openRoute(page, `#/${language}/jobs/smo`);
			const other = language === 'fr' ? 'en' : 'fr';
			await page.getByRole('link', { name: other === 'en' ? 'English' : 'Français' }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', other);
			await page.locator('#job-jargon').scrollIntoViewIfNeeded();
			await expect
				.poll(() => fetched.some((url) => url.includes(`content-${other}-glossary-terms`)))
				.toBe(true);
			await expect(page.locator('.jargon dt').first()).toBeVisible();
		});
	});
}
