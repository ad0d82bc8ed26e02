/**
 * Text that people type into a link (a first name, a message) and that others read later.
 * It is always shown as text, never as markup; these checks only keep out what could hide
 * words or reorder them on screen.
 */

/**
 * Control, format, private-use and unpaired surrogate characters, and the line and paragraph
 * separators. Format characters include the direction overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) and zero-width spaces. The zero-width joiner that glues emoji together is
 * allowed back in below.
 */
const hiddenCharacter = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/u;

/** What a piece of typed text may hold. */
export interface PlainTextRules {
	/** Longest text, in characters as a reader counts them (code points). */
	maxLength: number;
	/** Whether line breaks are kept (a message) or not (a name). */
	multiline: boolean;
}

/** The length of a text as a reader counts it: one per character, emoji included. */
export function characterCount(text: string): number {
	return [...text].length;
}

/**
 * A typed text as it may be shown: NFC, trimmed, spaces collapsed, at most two line breaks
 * in a row (when lines are kept). Null when it is empty, too long, or holds a character
 * that could hide or reorder text. Markup signs are allowed: the text is shown as text.
 */
export function cleanPlainText(raw: string, rules: PlainTextRules): string | null {
	const lines = raw
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim());
	const text = (rules.multiline ? lines.join('\n') : lines.join(' '))
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	if (text === '' || characterCount(text) > rules.maxLength) return null;
	for (const character of text.replace(/\u200D/g, '')) {
		if (character === '\n') continue;
		if (hiddenCharacter.test(character)) return null;
	}
	return text;
}

/**
 * A name set inside a sentence, isolated from it (Unicode first-strong isolate), so a name
 * written right to left never reorders the words around it.
 */
export function isolated(name: string): string {
	return `\u2068${name}\u2069`;
}
