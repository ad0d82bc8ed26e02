import { describe, expect, it } from 'vitest';
import { termIds, termKeys } from '../../src/glossary/terms';
import { jobCoreKeys, jobDetailKeys, jobFacts, jobIds, type JobFacts } from '../../src/jobs/jobs';
import { loadAllMessages, loadMessages, type MessageTree } from '../../src/lib/i18n/i18n';
import { skillIds } from '../../src/skills/skills';
import { languages } from '../../src/lib/i18n/languages';
import {
	findContentProblems,
	findJobFactProblems,
	flattenMessages,
	messageArguments
} from '../../src/lib/content/validateContent';

async function setup() {
	const entries = await Promise.all(
		languages.map(async (language) => [language, await loadAllMessages(language)] as const)
	);
	const aboutKeys = ['heading', 'forWho', 'ratings', 'romeCredit', 'escoCredit', 'onetCredit'];
	const requiredKeys = [
		...jobIds.flatMap((id) => [...jobCoreKeys(id), ...jobDetailKeys(id)]),
		...termIds.flatMap(termKeys),
		...skillIds.map((skill) => `ui.skills.${skill}`),
		...aboutKeys.map((key) => `pages.about.${key}`),
		// A personal link names the sender's job as a role: "Julie is a community manager".
		...jobIds.map((id) => `pages.share.roles.${id}`)
	];
	return { messages: Object.fromEntries(entries) as Record<string, MessageTree>, requiredKeys };
}

describe('the real content', () => {
	it('has every key in both languages, every job text, no empty text, valid ICU', async () => {
		const { messages, requiredKeys } = await setup();
		// English writes times on a 12-hour clock (am/pm), French on a 24-hour one.
		expect(findContentProblems(messages, requiredKeys, ['pages.job.time'])).toEqual([]);
	});

	it('keeps the interface text apart from the content loaded on demand', async () => {
		for (const language of languages) {
			const core = await loadMessages(language);
			expect(Object.keys(core).sort()).toEqual(['jobs', 'ui']);
			expect(Object.keys((core['jobs'] as MessageTree)['seo'] as MessageTree).sort()).toEqual([
				'name',
				'subject',
				'summary'
			]);
		}
	});

	it('has job facts whose counts, ratings and references hold', () => {
		expect(findJobFactProblems(jobFacts, { jobIds, termIds, skillIds })).toEqual([]);
	});
});

describe('findJobFactProblems', () => {
	const sound: JobFacts = jobFacts.seo;
	const known = { jobIds, termIds, skillIds };
	const cases: Array<[string, Partial<JobFacts>, RegExp]> = [
		['too few day moments', { day: ['09:00', '10:00'] }, /2 day moments/],
		[
			'moments out of order',
			{ day: ['10:00', '09:00', '11:00', '12:00', '13:00', '14:00'] },
			/not in order/
		],
		['a bad time', { day: ['9h', '10:00', '11:00', '12:00', '13:00', '14:00'] }, /HH:MM/],
		['too few myths', { myths: ['a', 'b'] }, /2 myths/],
		['a rating out of range', { skills: { ...sound.skills, data: 7 as 5 } }, /data is not rated/],
		['an unknown term', { jargon: ['seo', 'blockchain' as 'seo'] }, /unknown term "blockchain"/],
		[
			'a close job that does not exist',
			{ closeTo: ['plumber' as 'seo'] },
			/"plumber" does not resolve/
		],
		['itself as a close job', { closeTo: ['seo'] }, /"seo" does not resolve/],
		['a malformed ROME code', { rome: { code: 'E11' } }, /ROME code/]
	];

	it.each(cases)('reports %s', (_name, change, expected) => {
		const problems = findJobFactProblems({ seo: { ...sound, ...change } }, known);
		expect(problems.join('\n')).toMatch(expected);
	});

	it('accepts sound facts', () => {
		expect(findJobFactProblems({ seo: sound }, known)).toEqual([]);
	});
});

describe('findContentProblems', () => {
	const cases: Array<[string, Record<string, MessageTree>, string[], string[]]> = [
		['sound content', { fr: { a: 'un' }, en: { a: 'one' } }, ['a'], []],
		[
			'a key in one language only',
			{ fr: { a: 'un', b: 'deux' }, en: { a: 'one' } },
			[],
			['en: missing "b"']
		],
		[
			'a required key missing everywhere',
			{ fr: {}, en: {} },
			['x.y'],
			['fr: missing "x.y"', 'en: missing "x.y"']
		],
		['an empty text', { fr: { a: '  ' }, en: { a: 'one' } }, [], ['fr: "a" is empty']],
		[
			'a non-text value',
			{ fr: { a: 'un' }, en: { a: 7 as unknown as string } },
			[],
			['en: "a" is not text']
		],
		[
			'an empty item in a list',
			{ fr: { a: ['un'] as unknown as string }, en: { a: ['one', ' '] as unknown as string } },
			[],
			['en: "a" holds an empty or non-text item']
		],
		[
			'nothing for lists of different lengths',
			{ fr: { a: ['un', 'deux'] as unknown as string }, en: { a: [] as unknown as string } },
			[],
			[]
		],
		[
			'different ICU arguments',
			{ fr: { a: '{count} métiers' }, en: { a: '{total} jobs' } },
			[],
			['"a" uses different arguments across languages']
		]
	];

	it.each(cases)('reports %s', (_name, messages, required, expected) => {
		expect(findContentProblems(messages, required)).toEqual(expected);
	});

	it('reports # in a plural, which would load Intl.NumberFormat on the first screen', () => {
		const problems = findContentProblems(
			{ fr: { a: '{n, plural, one {# métier} other {# métiers}}' }, en: { a: '{n} jobs' } },
			[]
		);
		expect(problems).toEqual(['fr: "a" uses # in a plural: write the argument, {count}']);
	});

	it('reports broken ICU syntax', () => {
		const problems = findContentProblems(
			{ fr: { a: '{count, plural, one {x}' }, en: { a: 'ok' } },
			[]
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/fr: "a" is not a valid ICU message/);
	});
});

describe('message helpers', () => {
	it('flattens nested keys', () => {
		expect([...flattenMessages({ a: { b: 'x', c: { d: 'y' } } })]).toEqual([
			['a.b', 'x'],
			['a.c.d', 'y']
		]);
	});

	it('lists plural and simple arguments', () => {
		expect(messageArguments('{name} a {count, plural, one {# point} other {# points}}')).toEqual([
			'count',
			'name'
		]);
	});
});
