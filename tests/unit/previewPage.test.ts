import { describe, expect, it } from 'vitest';
import { jobIds, type JobId } from '../../src/jobs/jobs';
import type { Language } from '../../src/lib/i18n/languages';
import {
	escapeHtml,
	previewImagePath,
	previewPageHtml,
	previewPagePath,
	type PreviewPageInput
} from '../../src/share/previewPage';
import { checkedSiteUrl, previewPageFiles } from '../../src/share/previewPageFiles';

const policy = "default-src 'self'; script-src 'self'";

/** A page's input, with plain texts unless a test changes some. */
function setup(change: Partial<PreviewPageInput> = {}) {
	const input: PreviewPageInput = {
		language: 'en',
		jobId: 'seo',
		appName: 'Web jobs, explained',
		jobName: 'SEO specialist',
		summary: 'Helps a website show up near the top of Google.',
		title: 'SEO specialist: what the job really is',
		description: 'Helps a website show up. In plain words.',
		imageAlt: 'Web jobs, explained: SEO specialist.',
		openLink: 'Open the explanation',
		imagePath: 'previews/en/seo.png',
		contentSecurityPolicy: policy,
		iconPath: 'favicon.svg',
		...change
	};
	const html = previewPageHtml(input);
	return { input, html, page: new DOMParser().parseFromString(html, 'text/html') };
}

/** The content of a `<meta>` tag, by its name or property; null when the page has none. */
function metaOf(page: Document, key: string): string | null {
	const tag = page.querySelector(`meta[name="${key}"], meta[property="${key}"]`);
	return tag?.getAttribute('content') ?? null;
}

describe('escapeHtml', () => {
	it.each([
		['plain words', 'plain words'],
		['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['Tom & Jerry', 'Tom &amp; Jerry'],
		['&amp; stays visible', '&amp;amp; stays visible'],
		['say "hi"', 'say &quot;hi&quot;'],
		["l'explication", 'l&#39;explication'],
		['" onload="x', '&quot; onload=&quot;x'],
		['', '']
	])('escapes %j', (text, expected) => {
		expect(escapeHtml(text)).toBe(expected);
	});
});

describe('preview paths', () => {
	it.each([
		['fr', 'seo', 'fr/jobs/seo.html', 'previews/fr/seo.png'],
		[
			'en',
			'community-manager',
			'en/jobs/community-manager.html',
			'previews/en/community-manager.png'
		],
		['fr', 'traffic-manager', 'fr/jobs/traffic-manager.html', 'previews/fr/traffic-manager.png']
	] as Array<[Language, JobId, string, string]>)(
		'%s %s: page %s, image %s',
		(language, jobId, page, image) => {
			expect(previewPagePath(language, jobId)).toBe(page);
			expect(previewImagePath(language, jobId)).toBe(image);
		}
	);
});

describe('previewPageHtml', () => {
	it.each([
		['og:type', 'website'],
		['og:site_name', 'Web jobs, explained'],
		['og:title', 'SEO specialist: what the job really is'],
		['og:description', 'Helps a website show up. In plain words.'],
		['og:locale', 'en_GB'],
		['og:image', '../../previews/en/seo.png'],
		['og:image:type', 'image/png'],
		['og:image:width', '1200'],
		['og:image:height', '630'],
		['og:image:alt', 'Web jobs, explained: SEO specialist.'],
		['twitter:card', 'summary_large_image'],
		['twitter:title', 'SEO specialist: what the job really is'],
		['twitter:description', 'Helps a website show up. In plain words.'],
		['twitter:image', '../../previews/en/seo.png'],
		['twitter:image:alt', 'Web jobs, explained: SEO specialist.'],
		['description', 'Helps a website show up. In plain words.']
	])('has %s', (key, expected) => {
		expect(metaOf(setup().page, key)).toBe(expected);
	});

	it('names its language, title, policy and icon', () => {
		const { page } = setup({ language: 'fr', jobId: 'smo' });
		expect(page.documentElement.lang).toBe('fr');
		expect(metaOf(page, 'og:locale')).toBe('fr_FR');
		expect(page.title).toBe('SEO specialist: what the job really is · Web jobs, explained');
		const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
		expect(csp?.getAttribute('content')).toBe(policy);
		expect(page.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('../../favicon.svg');
	});

	it('leaves the icon out when the app has none', () => {
		expect(setup({ iconPath: null }).page.querySelector('link[rel="icon"]')).toBeNull();
	});

	it('shows the job, its summary and a plain link to the app', () => {
		const { page } = setup({ language: 'fr', jobId: 'media-buyer' });
		expect(page.querySelector('h1')?.textContent).toBe('SEO specialist');
		expect(page.body.textContent).toContain('Helps a website show up near the top of Google.');
		const link = page.querySelector('a');
		expect(link?.textContent).toBe('Open the explanation');
		expect(link?.getAttribute('href')).toBe('../../#/fr/jobs/media-buyer');
	});

	it('forwards with a script of the app and, without JavaScript, a refresh', () => {
		const { html, page } = setup({ language: 'fr', jobId: 'smo' });
		const script = page.querySelector('script');
		expect(script?.getAttribute('src')).toBe('../../share-forward.js');
		expect(script?.dataset).toMatchObject({ language: 'fr', job: 'smo' });
		expect(page.querySelectorAll('script')).toHaveLength(1);
		expect(script?.textContent).toBe('');
		// jsdom runs scripts, so <noscript> holds text here: read the markup instead.
		expect(html).toContain(
			'<noscript><meta http-equiv="refresh" content="0; url=../../#/fr/jobs/smo" /></noscript>'
		);
	});

	it.each([
		[
			'https://example.org/',
			'https://example.org/previews/en/seo.png',
			'https://example.org/en/jobs/seo.html'
		],
		[
			'https://example.org/blog/explainer/',
			'https://example.org/blog/explainer/previews/en/seo.png',
			'https://example.org/blog/explainer/en/jobs/seo.html'
		]
	])('makes image and page URLs absolute from %s', (siteUrl, image, url) => {
		const { page } = setup({ siteUrl });
		expect(metaOf(page, 'og:image')).toBe(image);
		expect(metaOf(page, 'twitter:image')).toBe(image);
		expect(metaOf(page, 'og:url')).toBe(url);
		// The link to the app stays relative: it works wherever the page is.
		expect(page.querySelector('a')?.getAttribute('href')).toBe('../../#/en/jobs/seo');
	});

	it('has no og:url when the site address is not known', () => {
		expect(metaOf(setup({ siteUrl: null }).page, 'og:url')).toBeNull();
	});

	it('escapes every text it writes', () => {
		const hostile = `"><script>alert('x')</script>&`;
		const { html, page } = setup({
			appName: hostile,
			jobName: hostile,
			summary: hostile,
			title: hostile,
			description: hostile,
			imageAlt: hostile,
			openLink: hostile
		});
		expect(html).not.toContain('<script>alert');
		expect(page.querySelectorAll('script')).toHaveLength(1);
		expect(page.querySelector('h1')?.textContent).toBe(hostile);
		expect(metaOf(page, 'og:title')).toBe(hostile);
		expect(metaOf(page, 'twitter:image:alt')).toBe(hostile);
		expect(page.title).toBe(`${hostile} · ${hostile}`);
	});
});

describe('checkedSiteUrl', () => {
	it.each([
		[undefined, null],
		['', null],
		['  ', null],
		['https://example.org', 'https://example.org/'],
		['https://example.org/blog/explainer', 'https://example.org/blog/explainer/'],
		['https://example.org/blog/explainer/?utm=x#top', 'https://example.org/blog/explainer/'],
		['http://localhost:4173/', 'http://localhost:4173/']
	])('reads %j as %j', (given, expected) => {
		expect(checkedSiteUrl(given)).toBe(expected);
	});

	it.each(['example.org', '/blog/', 'ftp://example.org/', 'javascript:alert(1)'])(
		'refuses %j',
		(given) => {
			expect(() => checkedSiteUrl(given)).toThrow(/SITE_URL/);
		}
	);
});

describe('the real preview pages', () => {
	it('has one page per language and job, with its texts from the locale files', async () => {
		const files = await previewPageFiles({
			root: process.cwd(),
			siteUrl: null,
			contentSecurityPolicy: policy,
			iconPath: 'favicon.svg'
		});
		expect(files.map((file) => file.fileName).sort()).toEqual(
			(['fr', 'en'] as const)
				.flatMap((language) => jobIds.map((id) => `${language}/jobs/${id}.html`))
				.sort()
		);
		const pageOf = (fileName: string) => {
			const source = files.find((file) => file.fileName === fileName)?.source ?? '';
			return new DOMParser().parseFromString(source, 'text/html');
		};
		const english = pageOf('en/jobs/seo.html');
		expect(metaOf(english, 'og:title')).toBe(
			'SEO specialist: what the job really is, in plain words'
		);
		expect(english.querySelector('a')?.textContent).toBe('Open the explanation');
		const french = pageOf('fr/jobs/seo.html');
		expect(metaOf(french, 'og:title')).toBe(
			'Référenceur web (SEO) : le métier expliqué simplement'
		);
		expect(metaOf(french, 'og:site_name')).toBe('Les métiers du web, expliqués');
		expect(french.querySelector('a')?.textContent).toBe("Lire l'explication");
	});
});
