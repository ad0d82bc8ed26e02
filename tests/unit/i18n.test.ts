import { get } from 'svelte/store';
import { describe, expect, it, vi } from 'vitest';
import {
	contentLoaders,
	localeLoaders,
	mergeMissing,
	nestUnder,
	setLanguage,
	t
} from '../../src/lib/i18n/i18n';

// English lacks one job summary here, as if a writer forgot it: French must fill the gap.
vi.mock('/locales/en/jobs.json', async (importOriginal) => {
	const original = await importOriginal<{ default: Record<string, Record<string, string>> }>();
	const jobs = structuredClone(original.default);
	delete jobs['seo']?.['summary'];
	return { default: jobs };
});

async function setup(language: 'fr' | 'en') {
	await setLanguage(language);
	return { text: (key: string) => get(t)(key) };
}

describe('i18n', () => {
	it('only lists the active language files for loading', () => {
		const french = localeLoaders('fr').map(([namespace]) => namespace);
		expect(french.sort()).toEqual(['jobs', 'ui']);
	});

	it('shows a key present in the active language', async () => {
		const { text } = await setup('en');
		expect(text('ui.nav.jobs')).toBe('The jobs');
	});

	it('never shows a raw key, and fills a missing one from the other language', async () => {
		const { text } = await setup('en');
		expect(text('jobs.seo.summary')).toBe('');
		await vi.waitFor(() => expect(text('jobs.seo.summary')).toMatch(/référenceur/i));
		expect(text('jobs.seo.name')).toBe('SEO specialist');
	});

	it('shows nothing for a key missing in every language', async () => {
		const { text } = await setup('fr');
		expect(text('ui.no.such.key')).toBe('');
	});
});

describe('content files', () => {
	it('are listed per language by path, apart from the interface text', () => {
		const french = [...contentLoaders('fr').keys()];
		expect(french).toEqual(expect.arrayContaining(['jobs/seo', 'glossary/terms', 'pages/about']));
		expect(french.every((path) => path.includes('/'))).toBe(true);
	});

	it('are nested under their path', () => {
		expect(nestUnder('jobs/seo', { a: 'x' })).toEqual({ jobs: { seo: { a: 'x' } } });
	});

	it('load with the language, so a view shows them at once', async () => {
		await setLanguage('fr', ['jobs/smo']);
		expect(get(t)('jobs.smo.day.09:00.title')).not.toBe('');
	});
});

describe('formatting speed', () => {
	it('formats a plural without asking Intl.NumberFormat which locales it supports', async () => {
		const supportedLocalesOf = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
		const { text } = await setup('fr');
		expect(get(t)('ui.home.jobCount', { values: { count: 2 } })).toBe('2 métiers expliqués');
		expect(text('ui.nav.jobs')).toBe('Les métiers');
		expect(supportedLocalesOf).not.toHaveBeenCalled();
	});
});

describe('mergeMissing', () => {
	it('keeps what the target has and adds what it lacks, deeply', () => {
		expect(
			mergeMissing({ a: 'A', b: { c: 'C' } }, { a: 'x', b: { c: 'y', d: 'D' }, e: 'E' })
		).toEqual({ a: 'A', b: { c: 'C', d: 'D' }, e: 'E' });
	});
});
