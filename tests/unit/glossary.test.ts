import { describe, expect, it } from 'vitest';
import { alphabet, firstItems, groupByInitial, initialOf } from '../../src/glossary/alphabet';
import { glossaryHash, readGlossaryQuery } from '../../src/glossary/glossaryQuery';
import { popoverPosition } from '../../src/glossary/popoverPosition';
import {
	allowedSlips,
	buildSearchIndex,
	editDistance,
	normalise,
	searchTerms,
	type SearchableEntry
} from '../../src/glossary/search';
import { markedTerms, plainText, splitTermMarks } from '../../src/glossary/termMarks';
import { termFacts } from '../../src/glossary/termFacts';
import { termIds, type TermId } from '../../src/glossary/terms';
import {
	findGlossaryTextProblems,
	findTermFactProblems,
	sentenceCount
} from '../../src/glossary/validateGlossary';
import { jobFacts } from '../../src/jobs/jobs';
import { loadAllMessages, type MessageTree } from '../../src/lib/i18n/i18n';
import { languages, type Language } from '../../src/lib/i18n/languages';
import { parseRoute } from '../../src/lib/router/route';

/** The glossary as the app builds it for search, from the real texts of a language. */
async function realEntries(language: Language): Promise<SearchableEntry<TermId>[]> {
	const messages = await loadAllMessages(language);
	const terms = (messages['glossary'] as MessageTree)['terms'] as unknown as Record<
		string,
		{ name: string; alternatives: string[]; definition: string; example: string }
	>;
	return termIds.map((id) => ({ id, ...terms[id]! }));
}

const entry = (
	id: string,
	name: string,
	alternatives: string[] = [],
	definition = '',
	example = ''
): SearchableEntry<string> => ({ id, name, alternatives, definition, example });

describe('normalise', () => {
	it.each([
		['E-RÉPUTATION', 'e reputation'],
		["L'œil  du  Cœur !", 'l oeil du coeur'],
		['A/B test', 'a b test'],
		['  #Hashtag  ', 'hashtag'],
		['Ça coûte 3 €', 'ca coute 3']
	])('%s → %s', (text, expected) => {
		expect(normalise(text)).toBe(expected);
	});
});

describe('searchTerms', () => {
	const index = buildSearchIndex([
		entry('e-reputation', 'E-réputation', ['Réputation en ligne'], 'Ce que le web dit de vous.'),
		entry('reach', 'Portée', ['Reach'], 'Le nombre de personnes qui voient un post.'),
		entry('seo', 'SEO', ['Référencement naturel'], 'Être bien placé sur Google sans payer.'),
		entry('sea', 'SEA', ['Référencement payant'], 'Des annonces payantes sur Google.'),
		entry('search-engine', 'Moteur de recherche', [], 'Google, Bing ou Qwant.'),
		entry('hashtag', 'Hashtag', ['Mot-dièse'], 'Un mot précédé de #.')
	]);

	it.each(['e reputation', 'E-RÉPUTATION', 'ereputation', 'e-réputation', '  E.Réputation  '])(
		'finds e-réputation from "%s"',
		(query) => {
			expect(searchTerms(index, query).matches[0]).toBe('e-reputation');
		}
	);

	it('finds a term by an alternative, accents and hyphens aside', () => {
		expect(searchTerms(index, 'mot diese').matches).toEqual(['hashtag']);
		expect(searchTerms(index, 'reach').matches[0]).toBe('reach');
	});

	it('puts names before words found in definitions', () => {
		// "google" is only in definitions; "référencement" starts two alternatives.
		expect(searchTerms(index, 'referencement').matches).toEqual(['sea', 'seo']);
		expect(searchTerms(index, 'google').matches).toEqual(['search-engine', 'sea', 'seo']);
	});

	it('ranks an exact name above names that merely start with the query', () => {
		const ranked = buildSearchIndex([
			entry('b', 'Post sponsorisé'),
			entry('a', 'Post'),
			entry('c', 'Composter', [], 'Un post dans le jardin.')
		]);
		expect(searchTerms(ranked, 'post').matches).toEqual(['a', 'b', 'c']);
	});

	it('matches every entry, A to Z, for an empty query', () => {
		expect(searchTerms(index, '  ').matches).toEqual([
			'e-reputation',
			'hashtag',
			'search-engine',
			'reach',
			'sea',
			'seo'
		]);
	});

	it('does not look for one- or two-letter words in definitions', () => {
		expect(searchTerms(index, 'de').matches).toEqual(['search-engine']);
	});

	it('offers close spellings only when nothing matches', () => {
		expect(searchTerms(index, 'hastag')).toEqual({ matches: [], suggestions: ['hashtag'] });
		expect(searchTerms(index, 'ereputaiton').suggestions).toEqual(['e-reputation']);
		expect(searchTerms(index, 'xyzzy')).toEqual({ matches: [], suggestions: [] });
	});
});

describe('editDistance', () => {
	it.each([
		['hashtag', 'hashtag', 0],
		['hastag', 'hashtag', 1],
		['hashtga', 'hashtag', 1],
		['kpi', 'cpi', 1],
		['retargetting', 'retargeting', 1],
		['abc', 'xyz', 3]
	])('%s → %s takes %i slips', (a, b, expected) => {
		expect(editDistance(a, b, 3)).toBe(expected);
	});

	it('stops early at the limit', () => {
		expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
	});

	it('allows more slips in longer words', () => {
		expect([3, 6, 12].map(allowedSlips)).toEqual([1, 2, 3]);
	});
});

describe('search over the real glossary', () => {
	it.each([
		['fr', 'e reputation', 'e-reputation'],
		['fr', 'E-RÉPUTATION', 'e-reputation'],
		['fr', 'ereputation', 'e-reputation'],
		['fr', 'mot diese', 'hashtag'],
		['fr', 'referencement naturel', 'seo'],
		['fr', 'rgpd', 'gdpr'],
		['fr', 'cout par clic', 'cpc'],
		['en', 'e reputation', 'e-reputation'],
		['en', 'ONLINE REPUTATION', 'e-reputation'],
		['en', 'search engine optimisation', 'seo'],
		['en', 'gdpr', 'gdpr'],
		['en', 'cost per click', 'cpc'],
		['en', 'link building', 'netlinking']
	] as const)('in %s, "%s" finds %s first', async (language, query, expected) => {
		const index = buildSearchIndex(await realEntries(language));
		expect(searchTerms(index, query).matches[0]).toBe(expected);
	});

	it.each(languages)('in %s, suggests hashtag for a misspelling', async (language) => {
		const index = buildSearchIndex(await realEntries(language));
		expect(searchTerms(index, 'hastagg').suggestions).toContain('hashtag');
	});
});

describe('term marks', () => {
	it('splits a text into plain words and term words', () => {
		expect(splitTermMarks('Un [[backlink|lien entrant]] vaut une [[seo|SEO]].')).toEqual([
			{ text: 'Un ', term: null },
			{ text: 'lien entrant', term: 'backlink' },
			{ text: ' vaut une ', term: null },
			{ text: 'SEO', term: 'seo' },
			{ text: '.', term: null }
		]);
	});

	it('shows the words of a mark whose id is unknown, never brackets', () => {
		expect(splitTermMarks('Le [[blockchain|bloc]] ici')).toEqual([
			{ text: 'Le bloc ici', term: null }
		]);
	});

	it('leaves half-written marks as they are', () => {
		expect(plainText('a [[seo|b c')).toBe('a [[seo|b c');
	});

	it('gives the plain text and the terms a text marks', () => {
		const text = '[[seo|Le SEO]] et [[sea|le SEA]], puis [[seo|encore]]';
		expect(plainText(text)).toBe('Le SEO et le SEA, puis encore');
		expect(markedTerms(text)).toEqual(['seo', 'sea']);
	});
});

describe('the A–Z index', () => {
	it('files names under their first letter, accents and signs aside', () => {
		expect(['Écho', 'œil', 'a/b', '#tag', '3D'].map(initialOf)).toEqual(['E', 'O', 'A', 'T', '#']);
		expect(alphabet).toHaveLength(26);
	});

	it('groups A to Z, and A to Z inside a letter', () => {
		const groups = groupByInitial([
			{ name: 'Engagement' },
			{ name: 'E-réputation' },
			{ name: 'Algorithme' },
			{ name: '3D' }
		]);
		expect(groups.map((group) => [group.letter, group.items.map((item) => item.name)])).toEqual([
			['#', ['3D']],
			['A', ['Algorithme']],
			['E', ['E-réputation', 'Engagement']]
		]);
	});

	it('shows a list a few entries at a time, cutting inside a letter when it must', () => {
		const groups = [
			{ letter: 'A', items: [1, 2] },
			{ letter: 'B', items: [3, 4, 5] },
			{ letter: 'C', items: [6] }
		];
		const letters = (count: number) =>
			firstItems(groups, count).map((group) => `${group.letter}${group.items.join('')}`);
		expect(letters(0)).toEqual([]);
		expect(letters(2)).toEqual(['A12']);
		expect(letters(3)).toEqual(['A12', 'B3']);
		expect(letters(6)).toEqual(['A12', 'B345', 'C6']);
		expect(letters(99)).toEqual(['A12', 'B345', 'C6']);
	});
});

describe('glossary links', () => {
	it('reads a search and a job filter', () => {
		expect(readGlossaryQuery({ q: 'kpi', job: 'seo' })).toEqual({
			filter: { search: 'kpi', job: 'seo' },
			ignored: false
		});
	});

	it.each<Record<string, string>>([{ job: 'plumber' }, { q: 'x'.repeat(81) }])(
		'ignores a bad part: %j',
		(query) => {
			const read = readGlossaryQuery(query);
			expect(read.ignored).toBe(true);
			expect(read.filter).toEqual({ search: '', job: null });
		}
	);

	it('builds links the router reads back', () => {
		const hash = glossaryHash('fr', { term: 'e-reputation', job: 'seo', search: 'é r' });
		const route = parseRoute(hash);
		expect(route).toMatchObject({ view: 'glossary', term: 'e-reputation' });
		expect(readGlossaryQuery('query' in route ? route.query : {}).filter).toEqual({
			search: 'é r',
			job: 'seo'
		});
		expect(glossaryHash('en')).toBe('#/en/glossary');
	});
});

describe('popoverPosition', () => {
	const viewport = { scrollX: 0, scrollY: 1000, width: 400, height: 800 };
	const size = { width: 300, height: 150 };

	it('opens under the word, aligned with it', () => {
		const word = { left: 20, top: 100, width: 60, height: 24 };
		expect(popoverPosition(word, size, viewport)).toEqual({ left: 20, top: 1130 });
	});

	it('stays inside the screen on the right', () => {
		const word = { left: 350, top: 100, width: 40, height: 24 };
		expect(popoverPosition(word, size, viewport).left).toBe(94);
	});

	it('opens above a word near the bottom of the screen', () => {
		const word = { left: 20, top: 700, width: 60, height: 24 };
		expect(popoverPosition(word, size, viewport).top).toBe(1000 + 700 - 6 - 150);
	});
});

describe('the glossary content', () => {
	it('has at least 80 terms', () => {
		expect(termIds.length).toBeGreaterThanOrEqual(80);
	});

	it('has facts that resolve and agree with the jobs', () => {
		expect(findTermFactProblems(termFacts, jobFacts)).toEqual([]);
	});

	it('reports facts that disagree', () => {
		const broken = {
			...termFacts,
			seo: { jobs: [], related: ['seo', 'nothing'] }
		} as unknown as typeof termFacts;
		expect(findTermFactProblems(broken, jobFacts)).toEqual([
			'seo: no job uses it',
			'seo: related "seo" does not resolve',
			'seo: related "nothing" does not resolve',
			'seo: in the jargon of seo, which its facts do not list'
		]);
	});

	it.each(languages)('has sound texts and marks in %s', async (language) => {
		expect(findGlossaryTextProblems(await loadAllMessages(language), termIds)).toEqual([]);
	});

	it.each(languages)('marks terms in every job page in %s', async (language) => {
		const messages = await loadAllMessages(language);
		const jobs = messages['jobs'] as Record<string, MessageTree>;
		for (const jobId of Object.keys(jobFacts)) {
			expect(JSON.stringify(jobs[jobId]).split('[[').length - 1).toBeGreaterThanOrEqual(5);
		}
	});

	it('reports broken texts and marks', () => {
		const messages: MessageTree = JSON.parse(
			JSON.stringify({
				glossary: {
					terms: {
						seo: { name: 'SEO', alternatives: 'x', definition: 'Un. Deux. Trois.', example: '' },
						sea: { name: 'S.E.O.', alternatives: [], definition: 'Un.', example: '' }
					}
				},
				jobs: {
					seo: { purpose: 'Un [[nothing|mot]].', titles: ['[[seo|SEO]]'], success: 'Le [[seo|SEO' }
				}
			})
		);
		expect(findGlossaryTextProblems(messages, ['seo', 'sea', 'kpi'])).toEqual([
			'seo: alternatives must be a list of texts',
			'seo: the definition is longer than two sentences',
			'sea: same name as seo',
			'kpi: no text',
			'jobs.seo.purpose: a mark is broken or names no term',
			'jobs.seo.titles: glossary marks are not shown here',
			'jobs.seo.success: a mark is broken or names no term'
		]);
	});

	it('counts sentences, abbreviations aside', () => {
		expect(sentenceCount('M. Martin offre des roses. Elle le sait.')).toBe(2);
		expect(sentenceCount('Des posts, des vidéos, etc. et puis… voilà. Fin !')).toBe(2);
	});
});
