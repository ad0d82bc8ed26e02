import { jobFacts, jobIds } from '../../src/jobs/jobs';
import { expect, mainHeading, openRoute, test } from './fixtures';

const sections = {
	fr: [
		'À quoi ça sert ?',
		'Une journée type',
		"Ce qu'on entend en famille… et la réalité",
		"Les compétences qu'il faut",
		'Où et avec qui ?',
		'À ne pas confondre',
		"Les mots qu'on entend dans ce métier",
		'Sources'
	],
	en: [
		'What is it for?',
		'A typical day',
		"What the family says… and what's true",
		'The skills it takes',
		'Where, and with whom?',
		'Not to be confused with',
		"Words you'll hear in this job",
		'Sources'
	]
} as const;

for (const language of ['fr', 'en'] as const) {
	for (const jobId of jobIds) {
		test(`${language} ${jobId} shows every section of the job page`, async ({ page }) => {
			const facts = jobFacts[jobId];
			await openRoute(page, `#/${language}/jobs/${jobId}`);
			for (const heading of sections[language]) {
				await expect(
					page.getByRole('heading', { level: 2, name: heading, exact: true })
				).toBeVisible();
			}
			const main = page.getByRole('main');
			await expect(main.locator('.day > li')).toHaveCount(facts.day.length);
			await expect(main.locator('.myths > li')).toHaveCount(facts.myths.length);
			await expect(main.locator('.skills > li')).toHaveCount(Object.keys(facts.skills).length);
			// The jargon's definitions load as its section nears the screen.
			await main.locator('#job-jargon').scrollIntoViewIfNeeded();
			await expect(main.locator('.jargon dt')).toHaveCount(facts.jargon.length);
			await expect(main.getByText(facts.rome.code)).toBeVisible();
			await expect(main.locator(`a[href="${facts.esco.uri}"]`)).toBeVisible();
			for (const other of facts.closeTo) {
				await expect(main.locator(`a[href="#/${language}/jobs/${other}"]`)).toBeVisible();
			}
			// No text is left empty, and no raw key shows.
			// textContent, not innerText: sections below the screen skip rendering (content-visibility).
			const texts = await main.locator('p, li, dd, dt, h2, h3').allTextContents();
			expect(texts.filter((text) => text.trim() === '')).toEqual([]);
			expect(texts.filter((text) => /\bjobs\.|ui\.job|glossary\.terms/.test(text))).toEqual([]);
			// Glossary marks show as words that open their definition, never as brackets.
			expect(texts.filter((text) => /\[\[|\]\]/.test(text))).toEqual([]);
			await expect(main.locator('button.term').first()).toBeAttached();
		});
	}
}

test('the About view credits each source with its licence, in both languages', async ({ page }) => {
	await openRoute(page, '#/en/jobs/seo');
	await page.getByRole('link', { name: 'About and sources' }).click();
	await expect(mainHeading(page)).toHaveText('About this app');
	await expect(page.getByText(/France Travail, ROME 4\.0/)).toBeVisible();
	await expect(page.getByText(/ESCO, European Commission/)).toBeVisible();
	await expect(page.getByText(/O\*NET 29\.2 Database by USDOL\/ETA.*CC BY 4\.0/)).toBeVisible();
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(mainHeading(page)).toHaveText('À propos de cette appli');
	await expect(page.getByText(/Source : France Travail, ROME 4\.0/)).toBeVisible();
});

test.describe('read aloud', () => {
	test.beforeEach(async ({ page }) => {
		// A stand-in for the speech API that records what it is asked to say.
		await page.addInitScript(() => {
			const spoken: Array<{ text: string; lang: string }> = [];
			let queue: Array<{ onend: (() => void) | null }> = [];
			class FakeUtterance {
				lang = '';
				onend: (() => void) | null = null;
				onerror: (() => void) | null = null;
				constructor(public text: string) {}
			}
			Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
			Object.defineProperty(window, '__spoken', { value: spoken });
			Object.defineProperty(window, 'speechSynthesis', {
				value: {
					speak(utterance: FakeUtterance) {
						spoken.push({ text: utterance.text, lang: utterance.lang });
						queue.push(utterance);
					},
					cancel() {
						queue = [];
					},
					finishAll() {
						const last = queue.at(-1);
						queue = [];
						last?.onend?.();
					}
				}
			});
		});
	});

	test('reads the page in its language, and stops', async ({ page }) => {
		await openRoute(page, '#/fr/jobs/community-manager');
		await page.getByRole('button', { name: 'Écouter la page' }).click();
		await expect(page.getByRole('button', { name: 'Arrêter la lecture' })).toBeVisible();
		const spoken = await page.evaluate(
			() => (window as unknown as { __spoken: Array<{ text: string; lang: string }> }).__spoken
		);
		const summary = await page.locator('.summary').innerText();
		expect(spoken.length).toBeGreaterThan(10);
		expect(spoken.every((item) => item.lang === 'fr-FR')).toBe(true);
		expect(spoken.map((item) => item.text).join(' ')).toContain(summary.trim().split('. ')[0]);
		await page.getByRole('button', { name: 'Arrêter la lecture' }).click();
		await expect(page.getByRole('button', { name: 'Écouter la page' })).toBeVisible();
	});

	test('goes back to its first state when the reading ends', async ({ page }) => {
		await openRoute(page, '#/en/jobs/seo');
		await page.getByRole('button', { name: 'Listen to this page' }).click();
		await page.evaluate(() =>
			(window.speechSynthesis as unknown as { finishAll: () => void }).finishAll()
		);
		await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
	});
});

test('read aloud is hidden where the browser cannot speak', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', { value: undefined });
	});
	await openRoute(page, '#/en/jobs/seo');
	await expect(page.getByRole('button', { name: 'Listen to this page' })).toHaveCount(0);
});

for (const language of ['fr', 'en'] as const) {
	for (const jobId of jobIds) {
		test(`${language} ${jobId} prints as one clean page`, async ({ page }) => {
			await openRoute(page, `#/${language}/jobs/${jobId}`);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.site-header')).toBeHidden();
			await expect(page.locator('.site-footer')).toBeHidden();
			await expect(page.getByRole('button')).toHaveCount(0);
			// Glossary words stay in the printed text, as plain words.
			await expect(page.locator('.print-only').first()).toBeVisible();
			await expect(page.getByRole('navigation')).toHaveCount(0);
			await expect(page.locator('.day')).toBeVisible();
			await expect(page.locator('.myths')).toBeVisible();
			await expect(page.locator('.skills')).toBeVisible();
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
			expect(pages.length).toBe(1);
		});
	}
}
