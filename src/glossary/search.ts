/**
 * Glossary search: as-you-type matching over names, alternatives and definitions, blind to
 * case, accents and punctuation ("e reputation", "E-RÉPUTATION" and "ereputation" all find
 * "e-réputation"), best matches first, with close spellings offered when nothing matches.
 * Pure and language-neutral: the caller passes the entries in the language on screen.
 */

/** What the search reads of one entry. */
export interface SearchableEntry<Id extends string> {
	id: Id;
	name: string;
	alternatives: readonly string[];
	definition: string;
	example: string;
}

interface PreparedName {
	/** Without spaces or punctuation: "ereputation". */
	compact: string;
	/** How often each letter and digit appears in `compact`, for a quick spelling check. */
	letters: Uint8Array;
	/** Its words, each after a space: " e reputation". */
	words: string;
	/** Whether this is the entry's own name rather than an alternative. */
	main: boolean;
}

interface PreparedEntry<Id extends string> {
	id: Id;
	sortKey: string;
	names: PreparedName[];
}

/** Entries prepared once per language, searched at every keystroke. */
export interface SearchIndex<Id extends string> {
	/** In alphabetical order. */
	entries: PreparedEntry<Id>[];
	/** Every word of the definitions and examples, sorted, to find words by their start. */
	textWords: string[];
	/** For each of those words, the positions (in `entries`) of the entries that use it. */
	textWordEntries: Map<string, number[]>;
}

/** What a query found: the matching ids, best first, and close spellings when none match. */
export interface SearchResult<Id extends string> {
	matches: Id[];
	suggestions: Id[];
}

const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case, no accents, punctuation as spaces, single spaces: "L'E-Réputation !" → "l e reputation". */
export function normalise(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[œæß]/g, (letter) => ligatures[letter] ?? letter)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function prepareName(name: string, main: boolean): PreparedName {
	const words = normalise(name);
	const compact = words.replaceAll(' ', '');
	return { compact, letters: letterCounts(compact), words: ` ${words}`, main };
}

/** Counts of a–z and 0–9 (other letters share one slot). */
function letterCounts(text: string): Uint8Array {
	const counts = new Uint8Array(37);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const slot = code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : 36;
		counts[slot] = Math.min(255, counts[slot]! + 1);
	}
	return counts;
}

/**
 * A floor for the typing slips between two texts, from their letters alone: each slip fixes
 * at most one letter that the other text lacks. Much cheaper than the exact count.
 */
function slipsAtLeast(a: PreparedName, b: { compact: string; letters: Uint8Array }): number {
	let shared = 0;
	for (let slot = 0; slot < 37; slot++) shared += Math.min(a.letters[slot]!, b.letters[slot]!);
	return Math.max(a.compact.length, b.compact.length) - shared;
}

/** Prepares entries for searching; do it once per language, not per keystroke. */
export function buildSearchIndex<Id extends string>(
	entries: readonly SearchableEntry<Id>[]
): SearchIndex<Id> {
	const sorted = [...entries].sort((a, b) => compareKeys(normalise(a.name), normalise(b.name)));
	const textWordEntries = new Map<string, number[]>();
	const prepared = sorted.map((entry, position) => {
		const text = normalise(`${entry.definition} ${entry.example}`);
		for (const word of new Set(text.split(' '))) {
			if (word.length < minTextWord) continue;
			const users = textWordEntries.get(word);
			if (users) users.push(position);
			else textWordEntries.set(word, [position]);
		}
		return {
			id: entry.id,
			sortKey: normalise(entry.name),
			names: [
				prepareName(entry.name, true),
				...entry.alternatives.map((alternative) => prepareName(alternative, false))
			].filter((name) => name.compact !== '')
		};
	});
	const textWords = [...textWordEntries.keys()].sort(compareKeys);
	return { entries: prepared, textWords, textWordEntries };
}

/** The positions of the entries whose definition or example has a word starting with `start`. */
function entriesWithWordStarting<Id extends string>(
	index: SearchIndex<Id>,
	start: string
): Set<number> {
	const found = new Set<number>();
	const { textWords } = index;
	// Binary search for the first word not before `start`, then walk while words start with it.
	let low = 0;
	let high = textWords.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (textWords[middle]! < start) low = middle + 1;
		else high = middle;
	}
	for (let i = low; i < textWords.length && textWords[i]!.startsWith(start); i++) {
		for (const position of index.textWordEntries.get(textWords[i]!) ?? []) found.add(position);
	}
	return found;
}

function compareKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** How well one name matches: higher is better, 0 is no match. The entry's own name wins ties. */
function nameScore(name: PreparedName, compact: string, spacedWords: string[]): number {
	const bonus = name.main ? 50 : 0;
	if (name.compact === compact) return 1000 + bonus;
	if (name.compact.startsWith(compact)) return 800 + bonus - (name.compact.length - compact.length);
	if (spacedWords.every((word) => name.words.includes(word))) return 600 + bonus;
	if (compact.length >= 2 && name.compact.includes(compact)) return 400 + bonus;
	return 0;
}

/** Words shorter than this are not looked for in definitions ("a", "le" would match everything). */
const minTextWord = 3;

function bestNameScore<Id extends string>(
	entry: PreparedEntry<Id>,
	compact: string,
	spacedWords: string[]
): number {
	let best = 0;
	for (const name of entry.names) best = Math.max(best, nameScore(name, compact, spacedWords));
	return best;
}

/** Searches the index; an empty query matches every entry, in alphabetical order. */
export function searchTerms<Id extends string>(
	index: SearchIndex<Id>,
	query: string
): SearchResult<Id> {
	const words = normalise(query).split(' ').filter(Boolean);
	const compact = words.join('');
	if (compact === '') return { matches: index.entries.map((entry) => entry.id), suggestions: [] };

	const spacedWords = words.map((word) => ` ${word}`);
	// Entries whose definition or example has every long enough word of the query.
	const textWords = words.filter((word) => word.length >= minTextWord);
	const inText = textWords
		.map((word) => entriesWithWordStarting(index, word))
		.reduce<Set<number> | null>(
			(all, some) => (all === null ? some : new Set([...all].filter((x) => some.has(x)))),
			null
		);
	const scored: { id: Id; score: number }[] = [];
	index.entries.forEach((entry, position) => {
		const score = bestNameScore(entry, compact, spacedWords) || (inText?.has(position) ? 100 : 0);
		if (score > 0) scored.push({ id: entry.id, score });
	});
	// The entries are in alphabetical order and the sort is stable, so equal scores stay A–Z.
	scored.sort((a, b) => b.score - a.score);
	const matches = scored.map((match) => match.id);
	return { matches, suggestions: matches.length > 0 ? [] : closeSpellings(index, compact) };
}

/** How many typing slips a close spelling may have, for a query of this length. */
export function allowedSlips(length: number): number {
	return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

const maxSuggestions = 3;

/** The entries whose names are spelled closest to a query that matched nothing. */
function closeSpellings<Id extends string>(index: SearchIndex<Id>, compact: string): Id[] {
	const limit = allowedSlips(compact.length);
	const query = { compact, letters: letterCounts(compact) };
	const close: { id: Id; distance: number }[] = [];
	for (const entry of index.entries) {
		let best = limit + 1;
		for (const name of entry.names) {
			if (Math.abs(name.compact.length - compact.length) >= best) continue;
			if (slipsAtLeast(name, query) >= best) continue;
			best = Math.min(best, editDistance(compact, name.compact, best - 1));
			if (best === 0) break;
		}
		if (best <= limit) close.push({ id: entry.id, distance: best });
	}
	close.sort((a, b) => a.distance - b.distance);
	return close.slice(0, maxSuggestions).map((entry) => entry.id);
}

/**
 * Typing slips between two strings (insertions, deletions, substitutions and swapped
 * neighbours), or `limit + 1` as soon as it is sure to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	const width = b.length + 1;
	if (rows.length < width * 3) rows = new Int32Array(width * 3 * 2);
	// Three rows of the table, reused: two rows back (for swaps), the previous one, this one.
	let beforePrevious = 0;
	let previous = width;
	let current = width * 2;
	for (let j = 0; j < width; j++) rows[previous + j] = j;
	for (let i = 1; i <= a.length; i++) {
		rows[current] = i;
		let rowBest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(
				rows[previous + j]! + 1,
				rows[current + j - 1]! + 1,
				rows[previous + j - 1]! + cost
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, rows[beforePrevious + j - 2]! + 1);
			}
			rows[current + j] = value;
			if (value < rowBest) rowBest = value;
		}
		if (rowBest > limit) return limit + 1;
		[beforePrevious, previous, current] = [previous, current, beforePrevious];
	}
	return Math.min(rows[previous + b.length]!, limit + 1);
}

/** The rows editDistance works in, kept between calls so typing allocates nothing. */
let rows = new Int32Array(0);
