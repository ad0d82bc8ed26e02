import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeRound } from '../../src/quiz/challengeLink';
import { drawRound, isRightChoice, type RoundSpec } from '../../src/quiz/round';
import { expect, mainHeading, openRoute, test } from './fixtures';

type QuestionText = { prompt: string; explanation: string; choices?: string[] };
const questionsOf = (language: string): Record<string, QuestionText> =>
	JSON.parse(readFileSync(`locales/${language}/quiz/questions.json`, 'utf8'));

const text = {
	fr: {
		start: "C'est parti !",
		accept: 'Relever le défi',
		next: 'Question suivante',
		seeScore: 'Voir mon score',
		retry: /Revoir/,
		copy: 'Copier le lien du défi',
		name: 'Votre prénom (facultatif)',
		resumed: 'On reprend là où vous vous étiez arrêté.',
		score: (score: number, total: number) => `${score} sur ${total}`,
		// Names sit between Unicode isolates, so right-to-left names keep the sentence in order.
		challenge: (from: string, score: number) => `\u2068${from}\u2069 a eu ${score} sur 10`
	},
	en: {
		start: "Let's go!",
		accept: 'Take the challenge',
		next: 'Next question',
		seeScore: 'See my score',
		retry: /Try my/,
		copy: 'Copy the challenge link',
		name: 'Your first name (optional)',
		resumed: 'Picking up where you left off.',
		score: (score: number, total: number) => `${score} out of ${total}`,
		challenge: (from: string, score: number) => `\u2068${from}\u2069 scored ${score} out of 10`
	}
} as const;

/** The shown position of the right (or a wrong) choice of each question of a round. */
function positions(spec: RoundSpec, right: boolean): number[] {
	return drawRound(spec).map((question) => {
		const shown = question.choiceOrder.findIndex(
			(_, position) => isRightChoice(question, position) === right
		);
		return shown;
	});
}

/** Answers the question on screen by clicking, then moves on. */
async function answerWith(page: Page, position: number) {
	await page.locator('.choices .choice').nth(position).click();
	await expect(page.locator('.verdict')).toBeFocused();
	await page.locator('button.next').click();
}

/** Answers the first `count` questions of the round on screen with the first choice; returns their prompts. */
async function answerFirst(page: Page, count: number): Promise<string[]> {
	const prompts: string[] = [];
	for (let number = 1; number <= count; number++) {
		prompts.push((await page.locator('#quiz-prompt').textContent()) ?? '');
		await answerWith(page, 0);
	}
	return prompts;
}

for (const language of ['fr', 'en'] as const) {
	const questions = questionsOf(language);

	test.describe(`quiz in ${language}`, () => {
		test('a full round with the keyboard only, with explanations after every answer', async ({
			page
		}) => {
			await openRoute(page, `#/${language}/quiz`);
			const start = page.getByRole('button', { name: text[language].start });
			while (!(await start.evaluate((element) => element === document.activeElement))) {
				await page.keyboard.press('Tab');
			}
			await page.keyboard.press('Enter');
			let right = 0;
			let wrong = 0;
			for (let number = 1; number <= 10; number++) {
				await expect(page.locator('.progress')).toContainText(`${number} / 10`);
				await expect(page.locator('#quiz-prompt')).toBeFocused();
				// Alternate the first and the last choice, so some answers are right and some wrong.
				const choices = page.locator('.choices .choice');
				const target = number % 2 === 0 ? choices.last() : choices.first();
				while (!(await target.evaluate((element) => element === document.activeElement))) {
					await page.keyboard.press('Tab');
				}
				await page.keyboard.press('Enter');
				await expect(page.locator('.verdict')).toBeFocused();
				const box = page.locator('.verdict-box');
				if (await box.evaluate((element) => element.classList.contains('right'))) right++;
				else wrong++;
				const explanation = await box.locator('p').nth(1).textContent();
				expect(
					Object.values(questions).some((q) =>
						q.explanation.includes(explanationStart(explanation))
					)
				).toBe(true);
				const next = page.getByRole('button', {
					name: number === 10 ? text[language].seeScore : text[language].next
				});
				while (!(await next.evaluate((element) => element === document.activeElement))) {
					await page.keyboard.press('Tab');
				}
				await page.keyboard.press('Enter');
			}
			await expect(page.locator('#quiz-score')).toBeFocused();
			await expect(page.locator('#quiz-score')).toHaveText(text[language].score(right, 10));
			expect(right + wrong).toBe(10);
		});

		test('retry-mistakes holds exactly the questions missed', async ({ page }) => {
			const spec: RoundSpec = { seed: 2024, filter: null };
			await openRoute(page, `#/${language}/quiz?round=${encodeRound(spec)}`);
			await page.getByRole('button', { name: text[language].accept }).click();
			const rights = positions(spec, true);
			const wrongs = positions(spec, false);
			const round = drawRound(spec);
			const missed = [1, 4, 7];
			for (let index = 0; index < round.length; index++) {
				await expect(page.locator('#quiz-prompt')).toHaveText(questions[round[index]!.id]!.prompt);
				await answerWith(page, missed.includes(index) ? wrongs[index]! : rights[index]!);
			}
			await expect(page.locator('#quiz-score')).toHaveText(text[language].score(7, 10));
			const review = page.locator('.review > li .prompt');
			await expect(review).toHaveText(missed.map((index) => questions[round[index]!.id]!.prompt));
			await page.getByRole('button', { name: text[language].retry }).click();
			for (let step = 0; step < missed.length; step++) {
				await expect(page.locator('.progress')).toContainText(`${step + 1} / ${missed.length}`);
				await expect(page.locator('#quiz-prompt')).toHaveText(
					questions[round[missed[step]!]!.id]!.prompt
				);
				await page.locator('.choices .choice').first().click();
				await page.locator('button.next').click();
			}
			await expect(page.locator('#quiz-score')).toContainText(String(missed.length));
		});

		test('a challenge link replays the same round in a fresh browser and shows both scores', async ({
			page,
			browser,
			context
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await openRoute(page, `#/${language}/quiz`);
			await page.getByRole('button', { name: text[language].start }).click();
			const prompts = await answerFirst(page, 10);
			const score = Number(
				/^\d+/.exec((await page.locator('#quiz-score').textContent())!.trim())![0]
			);
			await page.getByLabel(text[language].name).fill('Julie');
			await page.getByRole('button', { name: text[language].copy }).click();
			const link = await page.evaluate(() => navigator.clipboard.readText());
			expect(new URL(link).hash).toMatch(new RegExp(`^#/${language}/quiz\\?round=1\\.`));

			const fresh = await browser.newContext();
			const other = await fresh.newPage();
			await other.goto(link);
			await expect(mainHeading(other)).toBeVisible();
			await expect(other.getByText(text[language].challenge('Julie', score))).toBeVisible();
			await other.getByRole('button', { name: text[language].accept }).click();
			for (const prompt of prompts) {
				await expect(other.locator('#quiz-prompt')).toHaveText(prompt);
				await answerWith(other, 0);
			}
			await expect(other.locator('.results .callout')).toContainText('Julie');
			await expect(other.locator('.results .callout')).toContainText(String(score));
			await fresh.close();
		});

		test('a tampered link gets a calm note, names show as text, and the quiz plays', async ({
			page
		}) => {
			await openRoute(
				page,
				`#/${language}/quiz?round=${encodeURIComponent('1.zz.plumber')}&from=${encodeURIComponent('<img src=x onerror=alert(1)>')}&score=99`
			);
			await expect(page.getByRole('main').getByRole('status')).toBeVisible();
			await expect(page.locator('main img')).toHaveCount(0);
			await page.getByRole('button', { name: text[language].start }).click();
			await expect(page.locator('.progress')).toContainText('1 / 10');

			const spec = encodeRound({ seed: 7, filter: { job: 'seo' } });
			await page.goto(
				`#/${language}/quiz?round=${spec}&from=${encodeURIComponent('<b>Zoé</b>')}&score=5`
			);
			await page.reload();
			await expect(page.getByRole('main').getByRole('status')).toBeVisible();
			await expect(page.locator('main b')).toHaveCount(0);
		});

		test('leaving mid-round and coming back resumes it', async ({ page }) => {
			await openRoute(page, `#/${language}/quiz`);
			await page.getByRole('button', { name: text[language].start }).click();
			await answerFirst(page, 3);
			const fourth = await page.locator('#quiz-prompt').textContent();
			await page.goto(`#/${language}/glossary`);
			await expect(mainHeading(page)).toBeVisible();
			await page.goto(`#/${language}/quiz`);
			await page.reload();
			await expect(page.getByText(text[language].resumed)).toBeVisible();
			await expect(page.locator('.progress')).toContainText('4 / 10');
			await expect(page.locator('#quiz-prompt')).toHaveText(fourth ?? '');
		});
	});
}

/** The first words of an explanation as shown (glossary words lose their marks). */
function explanationStart(shown: string | null): string {
	return (shown ?? '').trim().split(/\s+/).slice(0, 3).join(' ');
}
