import { describe, expect, it } from 'vitest';
import {
	forwardedHash,
	forwardedQuery,
	maxForwardedQueryLength
} from '../../src/share/previewForward';

/** The parameters of a forwarded query, as the app's router reads them. */
function paramsOf(query: string): Array<[string, string]> {
	return [...new URLSearchParams(query)];
}

describe('forwardedQuery', () => {
	const cases: Array<[string, string, string, Array<[string, string]>]> = [
		['nothing', '', '', []],
		['an empty fragment', '#', '', []],
		[
			'the fragment',
			'#from=Julie&also=smo',
			'',
			[
				['from', 'Julie'],
				['also', 'smo']
			]
		],
		[
			'encoded text, unchanged',
			'#from=Julie&msg=Bonjour%20%C3%A0%20tous',
			'',
			[
				['from', 'Julie'],
				['msg', 'Bonjour à tous']
			]
		],
		['the query, when a host moved it there', '', '?from=Julie', [['from', 'Julie']]],
		[
			'both, the fragment winning on a repeated key',
			'#from=Julie',
			'?from=Ana&also=seo',
			[
				['from', 'Julie'],
				['also', 'seo']
			]
		],
		[
			'a repeated key, every value',
			'#also=seo&also=smo',
			'',
			[
				['also', 'seo'],
				['also', 'smo']
			]
		],
		[
			'values the app will check itself',
			'#score=999&from=%3Cb%3E',
			'',
			[
				['score', '999'],
				['from', '<b>']
			]
		],
		[
			'broken encodings, decoded as well as they can be',
			'#from=%E0%A4%A',
			'',
			[['from', '\uFFFD%A']]
		],
		['garbage that names no parameter', '#%3Cscript%3E&==&/fr/jobs/seo?x', '', []],
		['a name that is too long', `#${'a'.repeat(40)}=1&from=Julie`, '', [['from', 'Julie']]]
	];

	it.each(cases)('passes on %s', (_name, hash, search, expected) => {
		expect(paramsOf(forwardedQuery(hash, search))).toEqual(expected);
	});

	it('re-serialises what it keeps', () => {
		expect(forwardedQuery('#msg=Coucou%20!&from=Zo%C3%A9', '')).toBe(
			'msg=Coucou+%21&from=Zo%C3%A9'
		);
	});

	it(`stays within ${maxForwardedQueryLength} characters, dropping what does not fit`, () => {
		const huge = 'x'.repeat(5000);
		const query = forwardedQuery(`#from=Julie&msg=${huge}&also=smo`, `?note=${'y'.repeat(3990)}`);
		expect(query.length).toBeLessThanOrEqual(maxForwardedQueryLength);
		expect(paramsOf(query).map(([key]) => key)).toEqual(['from', 'also']);
	});
});

describe('forwardedHash', () => {
	it.each([
		['fr', 'seo', '#from=Julie&also=smo', '', '#/fr/jobs/seo?from=Julie&also=smo'],
		['en', 'traffic-manager', '', '', '#/en/jobs/traffic-manager'],
		['en', 'smo', '#<garbage>', '', '#/en/jobs/smo'],
		['de', 'seo', '#from=Julie', '', null],
		['fr', 'plumber', '', '', null],
		['fr', '__proto__', '', '', null],
		[undefined, undefined, '', '', null]
	])('%s %s %s%s gives %s', (language, jobId, hash, search, expected) => {
		expect(forwardedHash(language, jobId, { hash, search })).toBe(expected);
	});
});
