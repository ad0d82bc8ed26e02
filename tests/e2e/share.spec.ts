import type { Browser, Page } from '@playwright/test';
import { jobIds } from '../../src/jobs/jobs';
import { otherLanguage, type Language } from '../../src/lib/i18n/languages';
import { axeViolations } from './axe';
import { expect, mainHeading, openRoute, test } from './fixtures';

const text = {
	fr: {
		job: 'Community manager',
		also: 'Vous exercez aussi un autre métier ?',
		alsoJob: 'Spécialiste SMO',
		name: 'Votre prénom',
		message: 'Un petit mot de votre part',
		copy: 'Copier le lien',
		copied: 'Lien copié !',
		left: (count: number) => `Encore ${count} caractères possibles`,
		greeting: 'Les métiers de \u2068Julie\u2069 : community manager, et aussi spécialiste SMO.',
		preview: "Ce qu'ils verront",
		tourStart: /visite guidée/,
		next: 'Suivant',
		step: (number: number) => `Étape ${number} sur 5`,
		quizStart: 'Lancer les questions',
		nextQuestion: /Question suivante|Voir mon score/,
		end: "Maintenant, vous pouvez l'expliquer à votre tour",
		replyName: 'Votre prénom (facultatif)',
		replyText: 'Votre réponse, prête à envoyer',
		challenge: (score: number) => `\u2068Mamie\u2069 a eu ${score} sur 5 à cette série.`,
		ignored: 'Une partie du lien était illisible',
		qr: 'QR code de votre lien'
	},
	en: {
		job: 'Community manager',
		also: 'Do you do a second one too?',
		alsoJob: 'SMO specialist',
		name: 'Your first name',
		message: 'A few words from you',
		copy: 'Copy the link',
		copied: 'Link copied!',
		left: (count: number) => `${count} characters left`,
		greeting: '\u2068Julie\u2069 is a community manager, and an SMO specialist too.',
		preview: "What they'll see",
		tourStart: /three-minute tour/,
		next: 'Next',
		step: (number: number) => `Step ${number} of 5`,
		quizStart: 'Start the questions',
		nextQuestion: /Next question|See my score/,
		end: 'Now you can explain it too',
		replyName: 'Your first name (optional)',
		replyText: 'Your reply, ready to send',
		challenge: (score: number) => `\u2068Mamie\u2069 scored ${score} out of 5 on this round.`,
		ignored: "Part of this link couldn't be read",
		qr: 'QR code of your link'
	}
} as const;

/** Fills the maker on screen and returns the link it copies. */
async function makeLink(
	page: Page,
	language: Language,
	details: { name: string; message: string; linkLanguage: Language }
): Promise<string> {
	const words = text[language];
	await page.getByRole('radio', { name: words.job }).check();
	await page.getByLabel(words.also).selectOption({ label: words.alsoJob });
	await page.getByLabel(words.name).fill(details.name);
	await page.getByLabel(words.message).fill(details.message);
	await page
		.getByRole('radio', { name: details.linkLanguage === 'fr' ? 'Français' : 'English' })
		.check();
	await page.getByRole('button', { name: words.copy, exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: words.copied })).toBeVisible();
	return page.evaluate(() => navigator.clipboard.readText());
}

/** A page in a new browser context: nothing shared with the sender's (storage, history). */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
	const context = await browser.newContext({ baseURL, locale: 'en-GB' });
	return context.newPage();
}

for (const language of ['fr', 'en'] as const) {
	const words = text[language];

	test(`${language}: make a personal link, open it elsewhere, take the tour and reply`, async ({
		page,
		context,
		browser,
		baseURL
	}) => {
		test.setTimeout(60_000);
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openRoute(page, `#/${language}/share`);
		// The family reads the link in the other language, and the preview says it their way.
		const linkLanguage = otherLanguage(language);
		const theirs = text[linkLanguage];
		const link = await makeLink(page, language, {
			name: 'Julie',
			message: 'Coucou !\nVoilà enfin ce que je fais.',
			linkLanguage
		});
		await expect(page.getByText(theirs.greeting)).toBeVisible();
		await expect(page.getByRole('img', { name: words.qr })).toBeVisible();
		expect(new URL(link).pathname).toMatch(
			new RegExp(`/${linkLanguage}/jobs/community-manager\\.html$`)
		);

		// Opened in a fresh browser, the preview page forwards to the job page and greets.
		const family = await freshPage(browser, baseURL);
		await family.goto(link);
		await expect(mainHeading(family)).toHaveText(theirs.job);
		expect(new URL(family.url()).hash).toContain(`#/${linkLanguage}/jobs/community-manager?`);
		await expect(family.getByText(theirs.greeting)).toBeVisible();
		const message = family.locator('.greeting blockquote');
		await expect(message).toHaveText('Coucou !\nVoilà enfin ce que je fais.');
		expect(await message.evaluate((node) => node.getBoundingClientRect().height)).toBeGreaterThan(
			30
		);

		// The guided tour: one sentence, the day, the chart, five words, five questions.
		await family.getByRole('button', { name: theirs.tourStart }).click();
		for (let step = 1; step <= 4; step++) {
			await expect(family.locator('#tour-step')).toBeFocused();
			await expect(family.locator('#tour-step')).toContainText(theirs.step(step));
			if (step === 3) {
				await expect(family.locator('.tour canvas')).toBeVisible();
				// The chart's table alternative is one tap away.
				await family.locator('.tour details summary').click();
				await expect(family.locator('.tour table')).toBeVisible();
			}
			if (step === 4) await expect(family.locator('.tour .jargon dt')).toHaveCount(5);
			await family.getByRole('button', { name: theirs.next, exact: true }).click();
		}
		await expect(family.locator('#tour-step')).toContainText(theirs.step(5));
		await family.getByRole('button', { name: theirs.quizStart }).click();
		for (let question = 1; question <= 5; question++) {
			await expect(family.locator('#quiz-prompt')).toBeFocused();
			await family.locator('.choices .choice').first().click();
			await family.getByRole('button', { name: theirs.nextQuestion }).click();
		}
		await expect(family.getByRole('heading', { name: theirs.end })).toBeFocused();

		// The reply: a line to send back, whose link replays the same five questions with the score.
		await family.getByLabel(theirs.replyName).fill('Mamie');
		const reply = await family.getByLabel(theirs.replyText).inputValue();
		const replyLink = /https?:\S+/.exec(reply)?.[0] ?? '';
		const score = Number(new URL(replyLink).hash.match(/score=(\d)/)?.[1]);
		expect(score).toBeGreaterThanOrEqual(0);
		expect(reply).toContain(String(score));
		await page.goto(replyLink);
		await expect(page.getByText(theirs.challenge(score))).toBeVisible();
		await family.context().close();
	});

	test(`${language}: a name or message with markup shows as text and runs nothing`, async ({
		page
	}) => {
		const name = '<img src=x onerror=alert(1)>';
		const message = '<script>alert(2)</script><b>bold</b>';
		await openRoute(
			page,
			`#/${language}/jobs/seo?from=${encodeURIComponent(name)}&msg=${encodeURIComponent(message)}`
		);
		const greeting = page.locator('.greeting');
		await expect(greeting).toContainText(name);
		await expect(greeting.locator('blockquote')).toHaveText(message);
		await expect(page.locator('main img, main script, main b')).toHaveCount(0);
		await page.waitForTimeout(300);
	});

	test(`${language}: a tampered link shows the normal page with a gentle note`, async ({
		page
	}) => {
		await openRoute(
			page,
			`#/${language}/jobs/smo?from=%E2%80%AEevil&also=plumber&msg=${'x'.repeat(400)}`
		);
		await expect(mainHeading(page)).toHaveText(text[language].alsoJob);
		await expect(page.getByRole('status').filter({ hasText: words.ignored })).toBeVisible();
		await expect(page.locator('.greeting')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
	});

	test(`${language}: the maker counts characters and opens on the job it is asked for`, async ({
		page
	}) => {
		await openRoute(page, `#/${language}/share?job=media-buyer`);
		await expect(page.getByRole('radio', { checked: true }).first()).toHaveAccessibleName(
			language === 'fr' ? 'Acheteur média' : 'Media buyer'
		);
		await page.getByLabel(words.message).fill('Bonjour 👋');
		await expect(page.locator('p.hint').filter({ hasText: words.left(271) })).toBeVisible();
		// Screen readers hear the count once typing pauses.
		await expect(page.getByRole('status').filter({ hasText: words.left(271) })).toHaveCount(1);
		await expect(page.getByRole('heading', { name: words.preview })).toBeVisible();
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the guided tour works with the keyboard alone and passes axe (${colorScheme})`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.emulateMedia({ colorScheme });
		await openRoute(page, '#/en/jobs/media-planner?from=Sam&also=media-buyer');
		await page.getByRole('button', { name: text.en.tourStart }).focus();
		await page.keyboard.press('Enter');
		for (let step = 1; step <= 5; step++) {
			const heading = page.locator('#tour-step');
			await expect(heading).toBeFocused();
			await expect(heading).toContainText(text.en.step(step));
			if (step === 3) await expect(page.locator('.tour canvas')).toBeVisible();
			if (step === 4) await expect(page.locator('.tour .jargon dt')).toHaveCount(5);
			expect(await axeViolations(page), `step ${step}`).toEqual([]);
			if (step === 5) break;
			// From the heading, Tab walks the step's controls to Next.
			const next = page.getByRole('button', { name: text.en.next, exact: true });
			for (let presses = 0; presses < 40; presses++) {
				await page.keyboard.press('Tab');
				if (await next.evaluate((node) => node === document.activeElement)) break;
			}
			await expect(next).toBeFocused();
			await page.keyboard.press('Enter');
		}
		await page.getByRole('button', { name: text.en.quizStart }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#quiz-prompt')).toBeFocused();
		expect(await axeViolations(page), 'a question').toEqual([]);
	});
}

test('where the browser has a share sheet, the maker hands it the preview link', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'share', {
			value: async (data: ShareData) => {
				(window as unknown as { shared: ShareData }).shared = data;
			}
		});
	});
	await openRoute(page, '#/en/share?job=smo');
	await page.getByLabel(text.en.name).fill('Julie');
	await page.getByRole('button', { name: 'Share the link' }).click();
	const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
	expect(shared.title).toBe('SMO specialist');
	expect(new URL(shared.url ?? '').pathname).toMatch(/\/en\/jobs\/smo\.html$/);
	expect(new URL(shared.url ?? '').hash).toBe('#from=Julie');
});

test('every job page offers to make a link for that job', async ({ page }) => {
	for (const jobId of jobIds.slice(0, 2)) {
		await openRoute(page, `#/en/jobs/${jobId}`);
		const offer = page.getByRole('link', { name: /Is this your job\?/ });
		await offer.scrollIntoViewIfNeeded();
		await expect(offer).toHaveAttribute('href', `#/en/share?job=${jobId}`);
	}
});
