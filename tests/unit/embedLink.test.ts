import { describe, expect, it } from 'vitest';
import { heightMessage } from '../../src/embed/embedHeight';
import {
	embedHash,
	embedSnippet,
	frameHeightFrom,
	fullViewHash,
	isHeightMessage,
	readEmbedTarget,
	readEmbedTheme,
	type EmbedTarget
} from '../../src/embed/embedLink';
import { parseRoute } from '../../src/lib/router/route';

const targets: EmbedTarget[] = [
	{ kind: 'job', jobId: 'seo' },
	{ kind: 'term', termId: 'hashtag' },
	{ kind: 'chart', jobId: 'smo' },
	{ kind: 'quiz', jobId: null },
	{ kind: 'quiz', jobId: 'media-buyer' }
];

describe('embed links', () => {
	it.each(targets)('round-trips %j through the router, in every theme', (target) => {
		for (const theme of ['auto', 'light', 'dark'] as const) {
			const route = parseRoute(embedHash('fr', target, theme));
			if (route.view !== 'embed') throw new Error(`not an embed route: ${route.view}`);
			expect(readEmbedTarget(route.kind, route.id)).toEqual(target);
			expect(readEmbedTheme(route.query)).toBe(theme);
		}
	});

	it.each([
		['job', null],
		['job', 'plumber'],
		['term', 'blockchain'],
		['chart', 'hashtag'],
		['quiz', 'hashtag'],
		['video', 'seo'],
		['__proto__', null]
	])('reads %s/%s as nothing', (kind, id) => {
		expect(readEmbedTarget(kind, id)).toBeNull();
	});

	it('follows the reader when the theme is missing or unknown', () => {
		expect(readEmbedTheme({})).toBe('auto');
		expect(readEmbedTheme({ theme: 'sepia' })).toBe('auto');
		expect(embedHash('en', { kind: 'job', jobId: 'seo' }, 'auto')).toBe('#/en/embed/job/seo');
	});

	it('points each embed at its full view', () => {
		expect(targets.map((target) => fullViewHash('en', target))).toEqual([
			'#/en/jobs/seo',
			'#/en/glossary/hashtag',
			'#/en/jobs/smo',
			'#/en/quiz',
			'#/en/quiz'
		]);
	});
});

describe('height messages', () => {
	it.each([
		[{ type: 'web-jobs-explained:height', height: 480 }, true],
		[heightMessage(480.2), true],
		[{ type: 'web-jobs-explained:height', height: 0 }, false],
		[{ type: 'web-jobs-explained:height', height: -5 }, false],
		[{ type: 'web-jobs-explained:height', height: 20_001 }, false],
		[{ type: 'web-jobs-explained:height', height: Number.NaN }, false],
		[{ type: 'web-jobs-explained:height', height: '480' }, false],
		[{ type: 'web-jobs-explained:height', height: 480, extra: 1 }, false],
		[{ type: 'other', height: 480 }, false],
		['web-jobs-explained:height', false],
		[null, false]
	])('accepts %j: %s', (data, expected) => {
		expect(isHeightMessage(data)).toBe(expected);
	});

	it('rounds up, so the content never needs a scroll bar', () => {
		expect(heightMessage(480.2).height).toBe(481);
		expect(heightMessage(1e9).height).toBe(20_000);
	});
});

describe('embedSnippet', () => {
	const snippet = (appAddress: string, title = 'SEO, explained') =>
		embedSnippet({
			appAddress,
			language: 'fr',
			target: { kind: 'job', jobId: 'seo' },
			theme: 'dark',
			title
		});

	it('frames the embed from a sub-folder, with its script beside the app', () => {
		const html = snippet('https://example.org/blog/explainer/index.html?x=1#/fr/jobs/seo');
		expect(html).toContain(
			'src="https://example.org/blog/explainer/index.html#/fr/embed/job/seo?theme=dark"'
		);
		expect(html).toContain('<script src="https://example.org/blog/explainer/embed.js" async>');
		expect(html).toMatch(/loading="lazy"/);
		expect(html).toMatch(/allow="web-share; clipboard-write"/);
		expect(html).toMatch(/height="420"/);
	});

	it('escapes the title', () => {
		expect(snippet('https://example.org/', 'A "quote" & <b>')).toContain(
			'title="A &quot;quote&quot; &amp; &lt;b&gt;"'
		);
	});
});

describe('frameHeightFrom', () => {
	function setup() {
		const frame = document.createElement('iframe');
		frame.src = 'https://app.example/explainer/#/en/embed/job/seo';
		const other = document.createElement('iframe');
		document.body.append(frame, other);
		const message = { type: 'web-jobs-explained:height', height: 480 };
		return { frame, other, message, origin: 'https://app.example' };
	}

	it('reads the height its own frame asks for, from the origin of its src', () => {
		const { frame, message, origin } = setup();
		const event = { data: message, source: frame.contentWindow, origin };
		expect(frameHeightFrom(event, frame, 'https://blog.example/post')).toBe(480);
	});

	type Change = { source?: 'other' | 'window'; origin?: string; data?: unknown };
	it.each<[string, Change]>([
		['another frame', { source: 'other' }],
		['the page itself', { source: 'window' }],
		['another origin', { origin: 'https://evil.example' }],
		['a malformed message', { data: { type: 'web-jobs-explained:height', height: 1e6 } }]
	])('ignores %s', (_name, change) => {
		const { frame, other, message, origin } = setup();
		const source =
			change.source === 'other'
				? other.contentWindow
				: change.source === 'window'
					? window
					: frame.contentWindow;
		const event = { data: change.data ?? message, source, origin: change.origin ?? origin };
		expect(frameHeightFrom(event, frame, 'https://blog.example/post')).toBeNull();
	});
});
