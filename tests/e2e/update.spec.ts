import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, mainHeading, test } from './fixtures';

// A new version deployed at the same address while the app is open: the build in dist/, then a
// second build whose home page says something else, swapped in under a server of this test's own.
const port = 4177;
const site = `http://localhost:${port}/`;
const headings = {
	fr: 'Ce que font vraiment les gens qui travaillent dans le web',
	en: 'What people who work on the web actually do'
} as const;
const newHeadings = { fr: 'Les métiers du web, version 2', en: 'Web jobs, version 2' } as const;
const texts = {
	en: { available: 'New version available', reload: 'Reload', later: 'Later', start: "Let's go!" },
	fr: { available: 'Une nouvelle version est prête', reload: 'Recharger' }
} as const;

/** Rewrites the home page's heading in both languages, as a content change would. */
function newContent(): Plugin {
	return {
		name: 'new-content',
		enforce: 'pre',
		transform(code, id) {
			const language = /\/locales\/(fr|en)\/ui\.json$/.exec(id)?.[1] as 'fr' | 'en' | undefined;
			if (!language) return null;
			const texts = JSON.parse(code);
			texts.home.heading = newHeadings[language];
			return JSON.stringify(texts);
		}
	};
}

/** A window with a mark that a reload wipes out. */
type Marked = Window & { notReloaded?: boolean };

let workDir = '';
let server: ChildProcess | null = null;

async function serve(dir: string): Promise<ChildProcess> {
	const child = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dir', dir], {
		stdio: 'ignore'
	});
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(site)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the test server did not start on port ${port}`);
}

/** Deploys the second build: the same address now serves its files. */
async function deployNextVersion(): Promise<void> {
	await rm(join(workDir, 'site'), { recursive: true });
	await cp(join(workDir, 'next'), join(workDir, 'site'), { recursive: true });
}

async function controlled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

test.describe('a new version', () => {
	test.describe.configure({ mode: 'serial', timeout: 120_000 });
	test.use({ otherOrigins: [new URL(site).origin] });

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		workDir = await mkdtemp(join(tmpdir(), 'app-update-'));
		await cp('dist', join(workDir, 'site'), { recursive: true });
		await build({
			logLevel: 'warn',
			build: { outDir: join(workDir, 'next'), emptyOutDir: true },
			plugins: [newContent()]
		});
		const before = await readFile(join(workDir, 'site', 'sw.js'), 'utf8');
		const after = await readFile(join(workDir, 'next', 'sw.js'), 'utf8');
		expect(after, 'the second build changed the service worker').not.toBe(before);
		server = await serve(join(workDir, 'site'));
	});

	test.afterAll(async () => {
		server?.kill();
		if (workDir) await rm(workDir, { recursive: true, force: true });
	});

	test('is offered, never forced on someone mid-quiz, and shows once accepted', async ({
		page: quiz,
		context
	}) => {
		// One tab in the middle of a quiz in English, another on the home page in French.
		await quiz.clock.install();
		await quiz.goto(`${site}#/en/quiz`);
		await quiz.getByRole('button', { name: texts.en.start }).click();
		await quiz.locator('.choices .choice').first().click();
		await quiz.locator('button.next').click();
		await expect(quiz.locator('.progress')).toContainText('2 / 10');
		await controlled(quiz);
		const home = await context.newPage();
		await home.goto(`${site}#/fr`);
		await expect(mainHeading(home)).toHaveText(headings.fr);
		await controlled(home);
		// Marks that survive only as long as no reload happens.
		for (const page of [quiz, home])
			await page.evaluate(() => ((window as Marked).notReloaded = true));

		await deployNextVersion();
		// The app looks for a new version every hour while it stays open.
		await quiz.clock.fastForward('01:00:00');

		const prompt = (page: Page, language: 'fr' | 'en' = 'en') =>
			page.getByRole('status').filter({ hasText: texts[language].available });
		await expect(prompt(quiz)).toBeVisible({ timeout: 20_000 });
		await expect(prompt(home, 'fr')).toBeVisible({ timeout: 20_000 });
		expect(await axeViolations(home)).toEqual([]);
		// Nothing reloaded by itself: the quiz is where it was.
		await expect(quiz.locator('.progress')).toContainText('2 / 10');
		expect(await quiz.evaluate(() => (window as Marked).notReloaded)).toBe(true);

		// "Later" puts it away in the quiz tab; the French home tab accepts.
		await quiz.getByRole('button', { name: texts.en.later }).focus();
		await quiz.keyboard.press('Enter');
		await expect(prompt(quiz)).toBeHidden();
		// Focus goes back to the page, not to nowhere.
		await expect(quiz.locator('#main')).toBeFocused();
		await home.getByRole('button', { name: texts.fr.reload }).click();
		await expect(mainHeading(home)).toHaveText(newHeadings.fr);
		expect(await home.evaluate(() => (window as Marked).notReloaded)).toBeUndefined();
		await home.goto(`${site}#/en`);
		await expect(mainHeading(home)).toHaveText(newHeadings.en);

		// The quiz tab was not reloaded under its reader; it says a reload is waiting.
		await expect(prompt(quiz)).toBeVisible();
		await expect(quiz.locator('.progress')).toContainText('2 / 10');
		expect(await quiz.evaluate(() => (window as Marked).notReloaded)).toBe(true);
		await quiz.getByRole('button', { name: texts.en.reload }).click();
		// The reload keeps the round (it is saved as it goes) and brings the new version.
		await expect(quiz.locator('.progress')).toContainText('2 / 10');
		expect(await quiz.evaluate(() => (window as Marked).notReloaded)).toBeUndefined();
		await quiz.goto(`${site}#/en`);
		await expect(mainHeading(quiz)).toHaveText(newHeadings.en);
	});
});
