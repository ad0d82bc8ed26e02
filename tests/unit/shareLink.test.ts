import { describe, expect, it } from 'vitest';
import { jobIds, type JobId } from '../../src/jobs/jobs';
import { languages } from '../../src/lib/i18n/languages';
import { parseRoute } from '../../src/lib/router/route';
import { characterCount, cleanPlainText } from '../../src/lib/text/plainText';
import {
	cleanMessage,
	cleanSenderName,
	isPersonal,
	maxMessageLength,
	readShare,
	shareAddress,
	shareHash,
	type ShareDetails
} from '../../src/share/shareLink';

/** Reads a hash back the way the app does: through the router, then the share reader. */
function readBack(hash: string) {
	const route = parseRoute(hash);
	if (route.view !== 'job') throw new Error(`not a job route: ${hash}`);
	return { route, share: readShare(route.jobId, route.query) };
}

function setup() {
	const details: ShareDetails[] = [
		{ from: 'Julie', message: null, also: null },
		{ from: null, message: 'Coucou la famille !', also: null },
		{ from: 'Anne-Sophie', message: 'Ligne un\nLigne deux', also: 'seo' },
		{ from: 'Zoé 🎉', message: '❤️ 👩🏽‍💻 “quoted” & <b>bold</b>', also: 'smo' },
		{ from: 'مريم', message: 'مرحبا بالعائلة', also: null },
		{ from: '<img src=x onerror=alert(1)>', message: '<script>alert(1)</script>', also: null },
		{ from: 'a'.repeat(40), message: 'é'.repeat(maxMessageLength), also: 'media-buyer' }
	];
	return { details };
}

describe('cleanPlainText', () => {
	const line = { maxLength: 12, multiline: false };
	const lines = { maxLength: 20, multiline: true };
	it.each([
		['  Jean   Pierre ', line, 'Jean Pierre'],
		['a\nb', line, 'a b'],
		['a\r\n\r\n\r\n\r\nb', lines, 'a\n\nb'],
		['  a \n  b  ', lines, 'a\nb'],
		['<b>x</b>', line, '<b>x</b>'],
		['👩🏽‍💻', line, '👩🏽‍💻'],
		['e\u0301', line, 'é'],
		['', line, null],
		['   \n ', lines, null],
		['a'.repeat(13), line, null],
		['Julie\u202Eevil', line, null],
		['Ju\u2066lie', line, null],
		['Ju\u200Blie', line, null],
		['Bob\u0000', line, null],
		['tab\u0007', line, null],
		['a\u2028b', lines, null],
		['\uD800', line, null],
		['\uE000', line, null]
	])('cleans %j', (raw, rules, expected) => {
		expect(cleanPlainText(raw, rules)).toBe(expected);
	});

	it('counts characters as a reader does', () => {
		expect(characterCount('Zoé 🎉')).toBe(5);
	});
});

describe('personal links', () => {
	it.each(languages)('round-trips every option through the router in %s', (language) => {
		const { details } = setup();
		for (const jobId of jobIds) {
			for (const given of details) {
				const { route, share } = readBack(shareHash(language, jobId, given));
				expect(route.language).toBe(language);
				expect(route.jobId).toBe(jobId);
				expect(share).toEqual({
					from: cleanSenderName(given.from ?? '') ?? null,
					message: cleanMessage(given.message ?? '') ?? null,
					also: given.also === jobId ? null : given.also,
					ignored: []
				});
			}
		}
	});

	it('keeps every pair of jobs', () => {
		for (const jobId of jobIds) {
			for (const also of jobIds.filter((other) => other !== jobId)) {
				expect(readBack(shareHash('fr', jobId, { also })).share.also).toBe(also);
			}
		}
	});

	it('leaves out what was not given, and the job itself as a second job', () => {
		expect(shareHash('en', 'seo', {})).toBe('#/en/jobs/seo');
		expect(shareHash('en', 'seo', { from: '  ', message: '', also: 'seo' })).toBe('#/en/jobs/seo');
		expect(shareHash('fr', 'smo', { from: 'Julie' })).toBe('#/fr/jobs/smo?from=Julie');
	});

	it('shows names and messages with markup as they are, never as markup', () => {
		const { share } = readBack(
			shareHash('fr', 'seo', { from: '<img src=x onerror=alert(1)>', message: '<b>hi</b>' })
		);
		expect(share.from).toBe('<img src=x onerror=alert(1)>');
		expect(share.message).toBe('<b>hi</b>');
	});

	it('says whether a link holds anything personal', () => {
		expect(isPersonal(readShare('seo', {}))).toBe(false);
		expect(isPersonal(readShare('seo', { also: 'smo' }))).toBe(true);
		expect(isPersonal(readShare('seo', { from: '\u202E' }))).toBe(false);
	});
});

describe('reading a tampered link', () => {
	const cases: Array<[string, Record<string, string>, Partial<ShareDetails>, string[]]> = [
		['a name one character too long', { from: 'a'.repeat(41) }, { from: null }, ['from']],
		[
			'a message one character too long',
			{ msg: 'é'.repeat(maxMessageLength + 1), from: 'Julie' },
			{ message: null, from: 'Julie' },
			['msg']
		],
		['a direction override', { from: 'Julie\u202E' }, { from: null }, ['from']],
		['an unknown second job', { also: 'plumber' }, { also: null }, ['also']],
		['the same job twice', { also: 'seo' }, { also: null }, ['also']],
		['an empty name', { from: '' }, { from: null }, ['from']],
		[
			'everything wrong at once',
			{ from: '\u0000', msg: '\u2066', also: '../seo' },
			{ from: null, message: null, also: null },
			['from', 'msg', 'also']
		],
		['keys it does not know', { utm_source: 'x', q: 'y' }, {}, []]
	];

	it.each(cases)('drops %s and keeps the rest', (_name, query, expected, ignored) => {
		const share = readShare('seo', query);
		expect(share).toMatchObject(expected);
		expect(share.ignored).toEqual(ignored);
	});

	it('never throws on random input', () => {
		const alphabet = 'aé😀<>&"\'\u0000\u202E\u200D\n%=?#/ '.split('');
		for (let index = 0; index < 500; index++) {
			const text = Array.from(
				{ length: index % 300 },
				(_, position) => alphabet[(index * 7 + position * 13) % alphabet.length]
			).join('');
			const share = readShare('smo', { from: text, msg: text, also: text });
			if (share.from !== null) expect(characterCount(share.from)).toBeLessThanOrEqual(40);
			if (share.message !== null) {
				expect(characterCount(share.message)).toBeLessThanOrEqual(maxMessageLength);
			}
		}
	});
});

describe('shareAddress', () => {
	it.each([
		['https://example.org/', 'https://example.org/fr/jobs/seo.html#from=Julie'],
		['https://example.org/index.html', 'https://example.org/fr/jobs/seo.html#from=Julie'],
		[
			'https://example.org/blog/explainer/?utm=1#/fr/quiz',
			'https://example.org/blog/explainer/fr/jobs/seo.html#from=Julie'
		],
		[
			'https://example.org/blog/explainer/index.html#/en',
			'https://example.org/blog/explainer/fr/jobs/seo.html#from=Julie'
		]
	])('points from %s to the job preview page', (app, expected) => {
		expect(shareAddress(app, 'fr', 'seo', { from: 'Julie' })).toBe(expected);
	});

	it('carries the same query as the in-app link', () => {
		const details = { from: 'Zoé', message: 'Bonjour à tous\n!', also: 'smo' as JobId };
		const address = new URL(shareAddress('https://example.org/', 'fr', 'seo', details));
		expect(address.hash.slice(1)).toBe(shareHash('fr', 'seo', details).split('?')[1]);
		expect(shareAddress('https://example.org/', 'en', 'smo', {})).toBe(
			'https://example.org/en/jobs/smo.html'
		);
	});
});
