/**
 * Glossary terms marked inside a text: `chaque lien (un [[backlink|backlink]]) compte`. The
 * words after `|` are shown; the id before it names the glossary entry they open. Marks whose
 * id is unknown show as plain words, so a typo in a text never shows brackets to a reader.
 */
import { isTermId, type TermId } from './terms';

/** A piece of a marked text: plain words, or words that stand for a glossary term. */
export type TextPart = { text: string; term: null } | { text: string; term: TermId };

const mark = /\[\[([a-z0-9-]+)\|([^\]|]+)\]\]/g;

/** Cuts a text into plain parts and term parts, in reading order. */
export function splitTermMarks(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let plain = '';
	let last = 0;
	for (const match of text.matchAll(mark)) {
		const [whole, id = '', words = ''] = match;
		plain += text.slice(last, match.index);
		last = match.index + whole.length;
		if (isTermId(id)) {
			if (plain) parts.push({ text: plain, term: null });
			parts.push({ text: words, term: id });
			plain = '';
		} else {
			plain += words;
		}
	}
	plain += text.slice(last);
	if (plain) parts.push({ text: plain, term: null });
	return parts;
}

/** The text as a reader sees it, marks replaced by their words: for speech, titles and checks. */
export function plainText(text: string): string {
	return text.replace(mark, (_whole, _id: string, words: string) => words);
}

/** The terms a text marks, in order of first appearance, each once. */
export function markedTerms(text: string): TermId[] {
	const terms = splitTermMarks(text).flatMap((part) => (part.term ? [part.term] : []));
	return [...new Set(terms)];
}
