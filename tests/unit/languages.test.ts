import { describe, expect, it } from 'vitest';
import { isLanguage, otherLanguage, pickLanguage } from '../../src/lib/i18n/languages';

describe('pickLanguage', () => {
	it.each([
		['fr', ['en-US'], 'fr'],
		['en', ['fr-FR'], 'en'],
		[null, ['fr-FR', 'en'], 'fr'],
		[null, ['fr'], 'fr'],
		[null, ['FR-ca'], 'fr'],
		[null, ['en-GB', 'fr'], 'en'],
		[null, ['de-DE'], 'en'],
		[null, [], 'en'],
		['garbage{', ['fr-BE'], 'fr'],
		['', ['de'], 'en'],
		[42, ['fr'], 'fr']
	] as const)('saved %j with browser %j gives %s', (saved, browser, expected) => {
		expect(pickLanguage(saved, browser)).toBe(expected);
	});
});

describe('isLanguage', () => {
	it.each([
		['fr', true],
		['en', true],
		['de', false],
		['FR', false],
		[undefined, false],
		['toString', false]
	] as const)('%j → %s', (value, expected) => {
		expect(isLanguage(value)).toBe(expected);
	});

	it('pairs each language with the other one', () => {
		expect(otherLanguage('fr')).toBe('en');
		expect(otherLanguage('en')).toBe('fr');
	});
});
