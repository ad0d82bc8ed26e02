import { describe, expect, it } from 'vitest';
import {
	contentFor,
	hashInLanguage,
	parseRoute,
	routeHash,
	viewKey,
	type Route
} from '../../src/lib/router/route';

describe('parseRoute', () => {
	const cases: Array<[string, Route]> = [
		['', { view: 'start' }],
		['#', { view: 'start' }],
		['#/', { view: 'start' }],
		['#/fr', { view: 'home', language: 'fr', query: {} }],
		['#/en', { view: 'home', language: 'en', query: {} }],
		['#/en/', { view: 'home', language: 'en', query: {} }],
		['#fr', { view: 'home', language: 'fr', query: {} }],
		['#/fr/jobs/seo', { view: 'job', language: 'fr', jobId: 'seo', query: {} }],
		['#/en/about', { view: 'about', language: 'en', query: {} }],
		['#/en/about/x', { view: 'not-found', language: 'en', query: {} }],
		[
			'#/fr/jobs/traffic-manager',
			{ view: 'job', language: 'fr', jobId: 'traffic-manager', query: {} }
		],
		[
			'#/en/jobs/community-manager',
			{ view: 'job', language: 'en', jobId: 'community-manager', query: {} }
		],
		[
			'#/fr/jobs/seo?from=Julie',
			{ view: 'job', language: 'fr', jobId: 'seo', query: { from: 'Julie' } }
		],
		[
			'#/fr/jobs/smo?from=Zo%C3%A9&from=Eve',
			{ view: 'job', language: 'fr', jobId: 'smo', query: { from: 'Zoé' } }
		],
		['#/fr/jobs/plumber', { view: 'not-found', language: 'fr', query: {} }],
		['#/fr/jobs', { view: 'not-found', language: 'fr', query: {} }],
		['#/fr/jobs/seo/extra', { view: 'not-found', language: 'fr', query: {} }],
		['#/en/nowhere', { view: 'not-found', language: 'en', query: {} }],
		['#/de', { view: 'not-found', language: null, query: {} }],
		['#/FR', { view: 'not-found', language: null, query: {} }],
		['#/de/jobs/seo', { view: 'not-found', language: null, query: {} }],
		['#/fr/jobs/%E0%A4%A', { view: 'not-found', language: null, query: {} }],
		['#/fr?x=%E0%A4%A', { view: 'home', language: 'fr', query: { x: '\uFFFD%A' } }],
		['#/fr/jobs/__proto__', { view: 'not-found', language: 'fr', query: {} }],
		['#/' + 'a'.repeat(5000), { view: 'not-found', language: null, query: {} }]
	];

	it.each([
		['#/fr/compare', { view: 'compare', language: 'fr', query: {} }],
		['#/en/compare?jobs=seo,smo', { view: 'compare', language: 'en', query: { jobs: 'seo,smo' } }],
		['#/en/compare/seo', { view: 'not-found', language: 'en', query: {} }],
		['#/fr/share', { view: 'share', language: 'fr', query: {} }],
		['#/en/share?job=smo', { view: 'share', language: 'en', query: { job: 'smo' } }],
		['#/en/share/seo', { view: 'not-found', language: 'en', query: {} }],
		[
			'#/en/embed/chart/seo?theme=dark',
			{ view: 'embed', language: 'en', kind: 'chart', id: 'seo', query: { theme: 'dark' } }
		],
		['#/en/embed', { view: 'not-found', language: 'en', query: {} }],
		['#/en/embed/a/b/c', { view: 'not-found', language: 'en', query: {} }]
	] as const)('reads the compare and share views %s', (hash, expected) => {
		expect(parseRoute(hash)).toEqual(expected);
	});

	it.each(cases)('reads %j', (hash, expected) => {
		expect(parseRoute(hash)).toEqual(expected);
	});

	it.each([
		['#/fr/glossary', { term: null, query: {} }],
		['#/en/glossary/hashtag', { term: 'hashtag' }],
		['#/fr/glossary/e-reputation?job=seo', { term: 'e-reputation', query: { job: 'seo' } }],
		['#/fr/glossary/%3Cb%3E', { term: '<b>' }]
	] as const)('reads the glossary view %s', (hash, expected) => {
		expect(parseRoute(hash)).toMatchObject({ view: 'glossary', ...expected });
	});

	it('keeps longer glossary paths as not found', () => {
		expect(parseRoute('#/fr/glossary/seo/more').view).toBe('not-found');
	});

	it('treats views that are not built yet as not found', () => {
		for (const view of ['embed']) {
			expect(parseRoute(`#/fr/${view}`).view).toBe('not-found');
		}
	});
});

describe('routeHash', () => {
	it.each([
		[['fr'], '#/fr'],
		[['en', 'jobs', 'seo'], '#/en/jobs/seo'],
		[['fr', 'glossary', 'a/b'], '#/fr/glossary/a%2Fb']
	] as const)('builds %j as %s', ([language, ...path], expected) => {
		expect(routeHash(language, ...path)).toBe(expected);
	});

	it('round-trips through parseRoute', () => {
		expect(parseRoute(routeHash('en', 'jobs', 'media-buyer'))).toMatchObject({
			view: 'job',
			jobId: 'media-buyer'
		});
	});
});

describe('hashInLanguage', () => {
	it.each([
		['#/fr', 'en', '#/en'],
		['#/fr/jobs/seo?from=Julie', 'en', '#/en/jobs/seo?from=Julie'],
		['#/en/nowhere', 'fr', '#/fr/nowhere'],
		['#/de/jobs/seo', 'fr', '#/fr/jobs/seo'],
		['', 'fr', '#/fr']
	] as const)('moves %s to %s', (hash, language, expected) => {
		expect(hashInLanguage(hash, language)).toBe(expected);
	});
});

describe('viewKey', () => {
	it('ignores the language but not the view', () => {
		expect(viewKey(parseRoute('#/fr/jobs/seo'))).toBe(viewKey(parseRoute('#/en/jobs/seo')));
		expect(viewKey(parseRoute('#/fr/jobs/seo'))).not.toBe(viewKey(parseRoute('#/fr/jobs/smo')));
		expect(viewKey(parseRoute('#/fr'))).not.toBe(viewKey(parseRoute('#/fr/nowhere')));
		// Moving between entries keeps the glossary (and the reader's search) on screen.
		expect(viewKey(parseRoute('#/fr/glossary/seo'))).toBe(viewKey(parseRoute('#/fr/glossary')));
	});
});

describe('contentFor', () => {
	it.each([
		['#/fr', []],
		['#/fr/jobs/smo', ['jobs/smo', 'pages/job']],
		['#/fr/jobs/smo?from=Julie', ['jobs/smo', 'pages/job', 'pages/share']],
		['#/en/jobs/seo?also=smo&utm=x', ['jobs/seo', 'pages/job', 'pages/share']],
		['#/en/jobs/seo?utm=x', ['jobs/seo', 'pages/job']],
		['#/en/share?job=seo', ['pages/share']],
		['#/fr/embed/job/seo', ['pages/embed', 'jobs/seo']],
		['#/fr/embed/job/plumber', ['pages/embed']],
		['#/fr/embed/term/hashtag', ['pages/embed', 'glossary/terms', 'pages/glossary']],
		['#/en/embed/quiz', ['pages/embed', 'quiz/questions', 'pages/quiz']],
		['#/fr/glossary/seo', ['glossary/terms', 'pages/glossary']],
		['#/en/about', ['pages/about']],
		['#/fr/compare?jobs=seo,smo', ['pages/compare']],
		['#/en/nowhere', []]
	])('loads %s with %j', (hash, expected) => {
		expect(contentFor(parseRoute(hash))).toEqual(expected);
	});
});
