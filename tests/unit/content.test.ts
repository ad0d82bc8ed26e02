import { describe, expect, it } from 'vitest';
import { jobIds, jobTextKeys } from '../../src/jobs/jobs';
import { loadMessages, type MessageTree } from '../../src/lib/i18n/i18n';
import { languages } from '../../src/lib/i18n/languages';
import {
	findContentProblems,
	flattenMessages,
	messageArguments
} from '../../src/lib/content/validateContent';

async function setup() {
	const entries = await Promise.all(
		languages.map(async (language) => [language, await loadMessages(language)] as const)
	);
	const requiredKeys = jobIds.flatMap(jobTextKeys);
	return { messages: Object.fromEntries(entries) as Record<string, MessageTree>, requiredKeys };
}

describe('the real content', () => {
	it('has every key in both languages, every job text, no empty text, valid ICU', async () => {
		const { messages, requiredKeys } = await setup();
		expect(findContentProblems(messages, requiredKeys)).toEqual([]);
	});

	it('loads every locale file of each language', async () => {
		const { messages } = await setup();
		for (const language of languages) {
			expect(Object.keys(messages[language] ?? {}).sort()).toEqual(['jobs', 'ui']);
		}
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
			{ fr: { a: 'un' }, en: { a: ['one'] as unknown as string } },
			[],
			['en: "a" is not text']
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
