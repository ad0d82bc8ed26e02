import { describe, expect, it } from 'vitest';
import { compareHash, readJobSelection, toggleJob } from '../../src/compare/jobSelection';
import { parseRoute } from '../../src/lib/router/route';

describe('readJobSelection', () => {
	it.each([
		[undefined, [], []],
		['', [], []],
		['seo', ['seo'], []],
		['seo,community-manager', ['seo', 'community-manager'], []],
		[' seo , smo ', ['seo', 'smo'], []],
		['seo,seo,smo', ['seo', 'smo'], ['seo']],
		['plumber,seo', ['seo'], ['plumber']],
		['SEO,seo', ['seo'], ['SEO']],
		['seo,smo,media-buyer,media-planner', ['seo', 'smo', 'media-buyer'], ['media-planner']],
		[',,,', [], []],
		['<img src=x onerror=alert(1)>,seo', ['seo'], ['<img src=x onerror=alert(1)>']],
		['__proto__,constructor', [], ['__proto__', 'constructor']]
	])('reads %j', (raw, jobs, dropped) => {
		expect(readJobSelection(raw)).toEqual({ jobs, dropped });
	});

	it('quotes a long id back cut short, and stops reading after a dozen ids', () => {
		const long = 'x'.repeat(500);
		expect(readJobSelection(long).dropped).toEqual([`${'x'.repeat(30)}…`]);
		const many = Array.from({ length: 40 }, (_, index) => `job${index}`).join(',');
		const { jobs, dropped } = readJobSelection(many);
		expect(jobs).toEqual([]);
		expect(dropped).toHaveLength(13);
		expect(dropped.at(-1)).toBe('…');
	});
});

describe('compareHash', () => {
	it.each([
		[[], '#/fr/compare'],
		[['seo'], '#/fr/compare?jobs=seo'],
		[['seo', 'media-buyer'], '#/fr/compare?jobs=seo,media-buyer']
	] as const)('links %j as %s', (jobs, hash) => {
		expect(compareHash('fr', jobs)).toBe(hash);
	});

	it('round-trips through the router and the reader', () => {
		const jobs = ['media-buyer', 'community-manager', 'smo'] as const;
		const route = parseRoute(compareHash('en', jobs));
		expect(route.view).toBe('compare');
		const query = route.view === 'compare' ? route.query : {};
		expect(readJobSelection(query['jobs'])).toEqual({ jobs: [...jobs], dropped: [] });
	});
});

describe('toggleJob', () => {
	it.each([
		[[], 'seo', ['seo']],
		[['seo'], 'seo', []],
		[['seo', 'smo'], 'media-buyer', ['seo', 'smo', 'media-buyer']],
		[['seo', 'smo', 'media-buyer'], 'media-planner', ['seo', 'smo', 'media-buyer']],
		[['seo', 'smo', 'media-buyer'], 'smo', ['seo', 'media-buyer']]
	] as const)('from %j, toggling %s gives %j', (jobs, jobId, expected) => {
		expect(toggleJob(jobs, jobId)).toEqual(expected);
	});
});
