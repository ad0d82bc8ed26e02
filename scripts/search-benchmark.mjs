// Glossary search speed: `node scripts/search-benchmark.mjs`. Types queries one key at a time
// against the real glossary of each language and against 5,000 generated terms, and prints
// the time per keystroke. Fails when the slowest keystrokes (95th percentile) pass 1 ms on
// the real glossary or 16 ms (one frame) on 5,000 terms.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';

const budgets = { real: 1, generated: 16 };
const generatedSize = 5000;
/** What people type: found at once, found by an alternative, misspelt, not there at all. */
const queries = {
	fr: ['e reputation', 'referencement naturel', 'cout par clic', 'hastag', 'blockchain'],
	en: ['e reputation', 'search engine optimisation', 'cost per click', 'hastag', 'blockchain']
};
const rounds = 30;

const { module: search } = await runnerImport('/src/glossary/search.ts');

/** @param {'fr' | 'en'} language @returns {Promise<Entry[]>} */
async function realEntries(language) {
	const terms = JSON.parse(await readFile(`locales/${language}/glossary/terms.json`, 'utf8'));
	return Object.entries(terms).map(([id, text]) => ({ id, ...text }));
}

/**
 * A fixed pseudo-random sequence, so every run searches the same generated glossary.
 * @param {number} seed
 */
function random(seed) {
	let state = seed;
	return () => {
		state = (state * 1664525 + 1013904223) % 2 ** 32;
		return state / 2 ** 32;
	};
}

/** @typedef {{ id: string, name: string, alternatives: string[], definition: string, example: string }} Entry */

/**
 * `size` terms made by mixing the words of the real ones, with real-looking lengths.
 * @param {Entry[]} real @param {number} size @returns {Entry[]}
 */
function generatedEntries(real, size) {
	const next = random(42);
	/** @type {<T>(list: T[]) => T} */
	const pick = (list) => /** @type {any} */ (list[Math.floor(next() * list.length)]);
	const words = real.flatMap((entry) => entry.definition.split(' '));
	/** @param {number} count */
	const phrase = (count) => Array.from({ length: count }, () => pick(words)).join(' ');
	return Array.from({ length: size }, (_, index) => ({
		id: `generated-${index}`,
		name: `${pick(real).name} ${phrase(1)}`,
		alternatives: Array.from({ length: Math.floor(next() * 4) }, () => phrase(2)),
		definition: phrase(12 + Math.floor(next() * 20)),
		example: phrase(15 + Math.floor(next() * 15))
	}));
}

/**
 * Times every keystroke of every query; returns milliseconds per keystroke, sorted.
 * @param {unknown} index @param {string[]} typed
 */
function timeKeystrokes(index, typed) {
	const times = [];
	for (let round = 0; round < rounds; round++) {
		for (const query of typed) {
			for (let length = 1; length <= query.length; length++) {
				const start = performance.now();
				search.searchTerms(index, query.slice(0, length));
				times.push(performance.now() - start);
			}
		}
	}
	return times.sort((a, b) => a - b);
}

/** @param {number[]} sorted @param {number} share */
const percentile = (sorted, share) =>
	sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
const failures = [];
for (const language of /** @type {const} */ (['fr', 'en'])) {
	const real = await realEntries(language);
	/** @type {[keyof typeof budgets, Entry[]][]} */
	const glossaries = [
		['real', real],
		['generated', generatedEntries(real, generatedSize)]
	];
	for (const [kind, entries] of glossaries) {
		const index = search.buildSearchIndex(entries);
		timeKeystrokes(index, queries[language]); // warm up the JIT
		const times = timeKeystrokes(index, queries[language]);
		const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
		const p95 = percentile(times, 0.95);
		const budget = budgets[kind];
		console.log(
			`${language} ${String(entries.length).padStart(5)} terms: mean ${mean.toFixed(3)} ms, ` +
				`95th percentile ${p95.toFixed(3)} ms, max ${(times.at(-1) ?? 0).toFixed(3)} ms per keystroke ` +
				`(budget ${budget} ms)`
		);
		if (p95 > budget) failures.push(`${language} ${kind}: ${p95.toFixed(3)} ms > ${budget} ms`);
	}
}

if (failures.length > 0) {
	console.error(`Search too slow:\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
console.log('Search speed within budget.');
