import { describe, expect, it } from 'vitest';
import {
	easyScore,
	jobTexts,
	readability,
	sentencesOf,
	syllablesOf
} from '../../scripts/readability.mjs';
import { jobIds } from '../../src/jobs/jobs';

describe('syllable counting', () => {
	it.each([
		['cat', 'en', 1],
		['people', 'en', 2],
		['website', 'en', 2],
		['community', 'en', 4],
		['marque', 'fr', 1],
		['communauté', 'fr', 4],
		['réseaux', 'fr', 2],
		['entreprise', 'fr', 3]
	] as const)('%s (%s) has %i', (word, language, expected) => {
		expect(syllablesOf(word, language)).toBe(expected);
	});
});

describe('readability', () => {
	it('splits sentences on end punctuation and new lines', () => {
		expect(sentencesOf('One two. Three!\nFour?')).toEqual(['One two.', 'Three!', 'Four?']);
	});

	it('scores short plain sentences as easy and long heavy ones as hard', () => {
		expect(readability('The cat sat on the mat. It was warm.', 'en').score).toBeGreaterThan(90);
		expect(
			readability(
				'Comprehensive organisational communication optimisation necessitates considerable interdepartmental coordination.',
				'en'
			).score
		).toBeLessThan(30);
		expect(readability('Il aime son chat. Il joue avec lui.', 'fr').score).toBeGreaterThan(90);
	});
});

describe('the job texts relatives read first', () => {
	it.each(['fr', 'en'] as const)(
		'are easy to read in %s (summary and myth answers)',
		async (language) => {
			const texts = await jobTexts(language);
			expect(texts.map((text) => text.jobId).sort()).toEqual([...jobIds].sort());
			for (const { jobId, gated } of texts) {
				const { score } = readability(gated, language);
				expect(score, `${language} ${jobId}`).toBeGreaterThanOrEqual(easyScore);
			}
		}
	);
});
