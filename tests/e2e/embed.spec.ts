import { createServer, type Server } from 'node:http';
import type { FrameLocator, Page } from '@playwright/test';
import { embedSnippet, type EmbedTarget, type EmbedTheme } from '../../src/embed/embedLink';
import { expect, test } from './fixtures';

/** A blog on another origin: a server of this file's own, on another local port. */
const blogOrigin = 'http://localhost:4185';
const blogPages = new Map<string, string>();
let blog: Server;
test.use({ otherOrigins: [blogOrigin] });
// One blog server for the file: its tests run one after the other, in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	blog = createServer((request, response) => {
		const page = blogPages.get(request.url ?? '');
		response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(page ?? '');
	});
	await new Promise<void>((resolve) =>
		blog.listen(Number(new URL(blogOrigin).port), 'localhost', resolve)
	);
});
test.afterAll(() => new Promise<void>((resolve) => blog.close(() => resolve())));

interface Embed {
	id: string;
	target: EmbedTarget;
	theme?: EmbedTheme;
	title: string;
}

/** Opens a blog post that pastes the real snippet of each embed (with or without its script). */
async function openBlogPost(
	page: Page,
	appAddress: string,
	embeds: Embed[],
	{ withScript = true } = {}
) {
	const snippets = embeds.map((embed) => {
		const snippet = embedSnippet({
			appAddress,
			language: 'en',
			target: embed.target,
			theme: embed.theme ?? 'auto',
			title: embed.title
		}).replace('<iframe ', `<iframe id="${embed.id}" `);
		return withScript ? snippet : snippet.replace(/<script[^>]*><\/script>/, '');
	});
	const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>My job</title></head>
		<body><h1>What I do all day</h1><p>My family asked. Here is the short version.</p>
		${snippets.join('\n<p>And now a little quiz.</p>\n')}<p>Thanks for reading!</p></body></html>`;
	const path = `/2026/12/${test.info().testId}.html`;
	blogPages.set(path, body);
	await page.goto(`${blogOrigin}${path}`);
}

/** The iframe's height on the blog page and its content's height inside. */
async function heights(page: Page, id: string) {
	const outer = await page
		.locator(`#${id}`)
		.evaluate((frame) => frame.getBoundingClientRect().height);
	const inner = await page
		.frameLocator(`#${id}`)
		.locator('.embed')
		.evaluate((root) => ({
			content: root.getBoundingClientRect().height,
			scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1
		}));
	return { outer, ...inner };
}

/** Waits until the iframe fits its content within a few pixels, with no inner scroll bar. */
async function expectFitted(page: Page, id: string) {
	await expect
		.poll(async () => {
			const { outer, content, scrolls } = await heights(page, id);
			return !scrolls && Math.abs(outer - content) <= 3;
		})
		.toBe(true);
}

const jobEmbed: Embed = {
	id: 'job',
	target: { kind: 'job', jobId: 'community-manager' },
	title: 'Community manager, explained'
};
const quizEmbed: Embed = {
	id: 'quiz',
	target: { kind: 'quiz', jobId: 'community-manager' },
	title: 'A quiz about community management'
};

function frame(page: Page, id: string): FrameLocator {
	return page.frameLocator(`#${id}`);
}

test('two embeds on another site show, fit their content, and follow the quiz', async ({
	page,
	baseURL
}) => {
	await openBlogPost(page, baseURL!, [jobEmbed, quizEmbed]);
	await expect(
		frame(page, 'job').getByRole('heading', { name: 'Community manager' })
	).toBeVisible();
	await expect(frame(page, 'quiz').getByRole('heading', { name: 'The quiz' })).toBeVisible();
	await expectFitted(page, 'job');
	await expectFitted(page, 'quiz');
	// Loading the embeds took no focus from the blog.
	expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

	// The quiz advances: its frame follows the new height.
	const before = (await heights(page, 'quiz')).outer;
	await frame(page, 'quiz').getByRole('button', { name: "Let's go!" }).click();
	await expect(frame(page, 'quiz').locator('#quiz-prompt')).toBeFocused();
	await expectFitted(page, 'quiz');
	await frame(page, 'quiz').locator('.choices .choice').first().click();
	await expect(frame(page, 'quiz').locator('.verdict')).toBeVisible();
	await expectFitted(page, 'quiz');
	expect((await heights(page, 'quiz')).outer).not.toBe(before);
	await expectFitted(page, 'job');
});

test('forged or malformed messages change nothing', async ({ page, baseURL }) => {
	await openBlogPost(page, baseURL!, [jobEmbed, quizEmbed]);
	await expectFitted(page, 'job');
	await expectFitted(page, 'quiz');
	const job = (await heights(page, 'job')).outer;
	const quiz = (await heights(page, 'quiz')).outer;

	// The blog page forges a height message to itself, and sends messages into the frames.
	await page.evaluate(() => {
		window.postMessage({ type: 'web-jobs-explained:height', height: 5 }, '*');
		for (const frame of document.querySelectorAll('iframe')) {
			frame.contentWindow?.postMessage({ type: 'web-jobs-explained:height', height: 5 }, '*');
			frame.contentWindow?.postMessage({ hash: '#/en/quiz?round=garbage' }, '*');
		}
	});
	// A frame sends messages of the wrong shape to the blog.
	const quizFrame = page.frames().find((candidate) => candidate.url().includes('/embed/quiz'));
	await quizFrame!.evaluate(() => {
		parent.postMessage({ type: 'web-jobs-explained:height', height: 99_999 }, '*');
		parent.postMessage({ type: 'web-jobs-explained:height', height: 7, extra: true }, '*');
		parent.postMessage({ type: 'web-jobs-explained:height', height: '7' }, '*');
		parent.postMessage('web-jobs-explained:height 7', '*');
	});
	await page.waitForTimeout(500);
	expect((await heights(page, 'job')).outer).toBe(job);
	expect((await heights(page, 'quiz')).outer).toBe(quiz);
	await expect(frame(page, 'quiz').getByRole('heading', { name: 'The quiz' })).toBeVisible();
	await expect(frame(page, 'quiz').locator('.callout')).toHaveCount(0);
});

test('without its script, an embed still shows at a sensible height', async ({ page, baseURL }) => {
	await openBlogPost(page, baseURL!, [jobEmbed], { withScript: false });
	await expect(
		frame(page, 'job').getByRole('heading', { name: 'Community manager' })
	).toBeVisible();
	expect((await heights(page, 'job')).outer).toBe(420);
});

test('every kind of embed shows compactly, in its theme, with a way to the full app', async ({
	page,
	baseURL
}) => {
	const embeds: Embed[] = [
		{ id: 'term', target: { kind: 'term', termId: 'hashtag' }, title: 'Hashtag', theme: 'dark' },
		{ id: 'chart', target: { kind: 'chart', jobId: 'seo' }, title: 'SEO skills', theme: 'light' }
	];
	await openBlogPost(page, baseURL!, embeds);
	const term = frame(page, 'term');
	await expect(term.getByRole('heading', { name: 'Hashtag' })).toBeVisible();
	await expect(term.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(
		await term.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)
	).toBe('rgb(23, 22, 20)');
	const chart = frame(page, 'chart');
	await expect(chart.locator('canvas')).toBeVisible();
	await expect(chart.locator('header, footer, nav[aria-label="Main navigation"]')).toHaveCount(0);
	const full = chart.getByRole('link', { name: 'Open the full explainer' });
	await expect(full).toHaveAttribute('target', '_blank');
	expect(await full.getAttribute('href')).toMatch(/#\/en\/jobs\/seo$/);
	await expectFitted(page, 'term');
	await expectFitted(page, 'chart');
});

test('an embed of something that does not exist says so calmly', async ({ page }) => {
	await page.goto('#/fr/embed/job/plumber');
	await expect(page.getByText('Impossible de trouver cette explication.')).toBeVisible();
	await expect(page.getByRole('link', { name: "Voir toute l'explication" })).toBeVisible();
});
