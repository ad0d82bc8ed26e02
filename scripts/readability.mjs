// Readability of the job texts: `node scripts/readability.mjs [fr|en]` (both when omitted).
// Prints, per job and language, the average sentence length and the language's standard
// score (Flesch reading ease for English, Kandel & Moles for French), and fails when the
// one-sentence summary and the myth answers of a job are not "easy" (80 or more).
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/** The score a gated text must reach: 80 is "easy" on both scales. */
export const easyScore = 80;

/** @param {string} text */
export function sentencesOf(text) {
	return text
		.split(/(?<=[.!?…])\s+|\n+/u)
		.map((sentence) => sentence.trim())
		.filter((sentence) => /\p{L}/u.test(sentence));
}

/** @param {string} text */
export function wordsOf(text) {
	return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Syllables in a word, by vowel groups with each language's silent endings.
 * @param {string} word @param {'fr' | 'en'} language
 */
export function syllablesOf(word, language) {
	const lower = word.toLowerCase().replace(/['’]/g, '');
	if (/^\d+$/.test(lower)) return Math.max(1, lower.length);
	if (language === 'en') {
		if (lower.length <= 3) return 1;
		const trimmed = lower.replace(
			/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/,
			(end) => end[0] ?? ''
		);
		const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
		return Math.max(1, groups);
	}
	const groups = lower.match(/[aeiouyàâäéèêëîïôöùûüœæ]+/g)?.length ?? 0;
	const silentEnding =
		/(?:[^aeiouyàâäéèêëîïôöùûü]|qu|gu)(?:e|es)$/.test(lower) && groups > 1 ? 1 : 0;
	return Math.max(1, groups - silentEnding);
}

/**
 * Average sentence length and readability score of a text.
 * @param {string} text @param {'fr' | 'en'} language
 */
export function readability(text, language) {
	const sentences = sentencesOf(text);
	const words = sentences.flatMap(wordsOf);
	if (words.length === 0) return { wordsPerSentence: 0, syllablesPerWord: 0, score: 0 };
	const wordsPerSentence = words.length / sentences.length;
	const syllablesPerWord =
		words.reduce((sum, word) => sum + syllablesOf(word, language), 0) / words.length;
	const score =
		language === 'en'
			? 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
			: 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;
	return { wordsPerSentence, syllablesPerWord, score };
}

/**
 * A text as readers see it: glossary marks (`[[keyword|mots-clés]]`) give their words, as
 * `plainText` in src/glossary/termMarks.ts does.
 * @param {string} text
 */
export function withoutTermMarks(text) {
	return text.replace(/\[\[[a-z0-9-]+\|([^\]|]+)\]\]/g, '$1');
}

/** @param {string} path */
async function readJson(path) {
	return JSON.parse(await readFile(path, 'utf8'));
}

/**
 * Per job: the gated text (summary and myth answers) and the whole page's text.
 * @param {'fr' | 'en'} language
 */
export async function jobTexts(language, root = '.') {
	const core = await readJson(`${root}/locales/${language}/jobs.json`);
	return Promise.all(
		Object.entries(core).map(async ([jobId, job]) => {
			const details = await readJson(`${root}/locales/${language}/jobs/${jobId}.json`);
			const realities = Object.values(details.myths ?? {}).map((myth) => myth.reality);
			const day = Object.values(details.day ?? {}).flatMap((moment) => [moment.text]);
			const page = [
				job.summary,
				details.comparison,
				details.purpose,
				details.success,
				...day,
				...realities,
				details.workplace,
				details.colleagues,
				details.gettingIn
			];
			return {
				jobId,
				gated: withoutTermMarks([job.summary, ...realities].join('\n')),
				page: withoutTermMarks(page.join('\n'))
			};
		})
	);
}

async function main() {
	const requested = process.argv[2];
	/** @type {Array<'fr' | 'en'>} */
	const languages = requested === 'fr' || requested === 'en' ? [requested] : ['fr', 'en'];
	const failures = [];
	for (const language of languages) {
		const formula = language === 'en' ? 'Flesch reading ease' : 'Kandel & Moles';
		console.log(`\n${language}: ${formula} (summary + myth answers must reach ${easyScore})`);
		console.log(
			'job                  | gated: words/sentence  score | whole page: words/sentence  score'
		);
		for (const { jobId, gated, page } of await jobTexts(language)) {
			const short = readability(gated, language);
			const whole = readability(page, language);
			console.log(
				`${jobId.padEnd(20)} | ${short.wordsPerSentence.toFixed(1).padStart(20)} ${short.score.toFixed(0).padStart(6)} |` +
					` ${whole.wordsPerSentence.toFixed(1).padStart(25)} ${whole.score.toFixed(0).padStart(6)}`
			);
			if (short.score < easyScore) failures.push(`${language} ${jobId}: ${short.score.toFixed(0)}`);
		}
	}
	if (failures.length > 0) {
		console.error(`\nNot easy enough (below ${easyScore}): ${failures.join(', ')}`);
		process.exit(1);
	}
	console.log('\nEvery job reads as easy.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
