import { readFileSync } from 'node:fs';
import { jobIds, type JobId } from '../../src/jobs/jobs';
import { languages, type Language } from '../../src/lib/i18n/languages';
import { previewPagePath } from '../../src/share/previewPage';
import { expect, mainHeading, test } from './fixtures';

type Texts = Record<string, Record<string, string>>;

/** A language's job names and summaries and app name, as the locale files say them. */
function textsOf(language: Language) {
	const read = (file: string) =>
		JSON.parse(readFileSync(`locales/${language}/${file}.json`, 'utf8')) as Texts;
	const jobs = read('jobs');
	return {
		app: read('ui')['app']?.['name'] ?? '',
		job: (jobId: JobId) => ({
			name: jobs[jobId]?.['name'] ?? '',
			summary: jobs[jobId]?.['summary'] ?? ''
		})
	};
}

const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'"
};
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e]!);

/** What a crawler reads in a page's raw HTML, without running anything. */
function headOf(html: string) {
	const meta = new Map(
		[...html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)].map(
			([, key, content]) => [key ?? '', unescape(content ?? '')]
		)
	);
	return {
		lang: /<html lang="([^"]+)"/.exec(html)?.[1],
		title: unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
		meta: (key: string) => meta.get(key)
	};
}

/** The width and height in a PNG's header. */
function pngSize(bytes: Buffer) {
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The parameters inside the app's hash (`#/fr/jobs/seo?from=Julie`), as the router reads them. */
function hashParams(url: string): Record<string, string> {
	const hash = new URL(url).hash;
	const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
	return Object.fromEntries(new URLSearchParams(query));
}

for (const language of languages) {
	test(`${language} preview pages tell crawlers the job, without any script`, async ({
		request,
		baseURL
	}) => {
		const texts = textsOf(language);
		for (const jobId of jobIds) {
			const path = previewPagePath(language, jobId);
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['content-type']).toContain('text/html');
			const head = headOf(await response.text());
			const { name, summary } = texts.job(jobId);
			expect(head.lang).toBe(language);
			expect(head.title).toContain(name);
			expect(head.title).toContain(texts.app);
			expect(head.meta('description')).toContain(summary);
			expect(head.meta('og:type')).toBe('website');
			expect(head.meta('og:site_name')).toBe(texts.app);
			expect(head.meta('og:title')).toContain(name);
			expect(head.meta('og:description')).toBe(head.meta('description'));
			expect(head.meta('og:locale')).toBe(language === 'fr' ? 'fr_FR' : 'en_GB');
			expect(head.meta('og:image:width')).toBe('1200');
			expect(head.meta('og:image:height')).toBe('630');
			expect(head.meta('og:image:alt')).toContain(name);
			expect(head.meta('twitter:card')).toBe('summary_large_image');
			expect(head.meta('twitter:title')).toBe(head.meta('og:title'));
			expect(head.meta('twitter:description')).toBe(head.meta('description'));
			expect(head.meta('twitter:image')).toBe(head.meta('og:image'));
			expect(head.meta('twitter:image:alt')).toBe(head.meta('og:image:alt'));

			const image = new URL(head.meta('og:image') ?? '', new URL(path, baseURL));
			const picture = await request.get(image.href);
			expect(picture.status(), image.href).toBe(200);
			expect(picture.headers()['content-type']).toBe('image/png');
			expect(pngSize(await picture.body())).toEqual({ width: 1200, height: 630 });
		}
	});
}

test('a preview link opens the job in the app with its parameters', async ({ page, baseURL }) => {
	await page.goto('fr/jobs/seo.html#from=Julie&msg=Bonjour%20%C3%A0%20tous&also=smo');
	await expect(page).toHaveURL(/#\/fr\/jobs\/seo\?/);
	const url = new URL(page.url());
	expect(url.pathname).toBe(new URL(baseURL ?? '').pathname);
	expect(hashParams(page.url())).toEqual({ from: 'Julie', msg: 'Bonjour à tous', also: 'smo' });
	await expect(mainHeading(page)).toContainText(textsOf('fr').job('seo').name);
});

test('an English preview link opens the English job', async ({ page }) => {
	await page.goto('en/jobs/community-manager.html#from=Sam');
	await expect(page).toHaveURL(/#\/en\/jobs\/community-manager\?from=Sam$/);
	await expect(mainHeading(page)).toContainText(textsOf('en').job('community-manager').name);
});

test('parameters a host moved to the query come along; the fragment wins', async ({ page }) => {
	await page.goto('fr/jobs/media-buyer.html?from=Ana&also=seo#from=Julie');
	await expect(page).toHaveURL(/#\/fr\/jobs\/media-buyer\?/);
	expect(hashParams(page.url())).toEqual({ from: 'Julie', also: 'seo' });
	await expect(mainHeading(page)).toContainText(textsOf('fr').job('media-buyer').name);
});

test('a preview link with a garbage fragment opens the plain job page', async ({ page }) => {
	await page.goto('fr/jobs/smo.html#%3Cscript%3Ealert(1)%3C/script%3E&%E0%A4%A&==&/../x');
	await expect(page).toHaveURL(/#\/fr\/jobs\/smo$/);
	await expect(mainHeading(page)).toContainText(textsOf('fr').job('smo').name);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a preview page links and refreshes to the job in the app', async ({ page }) => {
		const html = await (await page.request.get('en/jobs/smo.html')).text();
		expect(html).toContain('<a href="../../#/en/jobs/smo">');
		expect(html).toContain(
			'<noscript><meta http-equiv="refresh" content="0; url=../../#/en/jobs/smo" />'
		);
		await page.goto('en/jobs/smo.html#from=Sam');
		// The refresh keeps the job but not the parameters: they need the app's script anyway.
		await expect(page).toHaveURL(/#\/en\/jobs\/smo$/);
	});
});
