import { isOneOf } from '../content/ids';

/** The languages the app is written in, in the order the language switch shows them. */
export const languages = ['fr', 'en'] as const;

/** A language the app has text for. */
export type Language = (typeof languages)[number];

/** True when a value (from a URL, storage or the browser) names a supported language. */
export function isLanguage(value: unknown): value is Language {
	return isOneOf(languages, value);
}

/**
 * The language to open in when the URL names none: the saved choice when it is valid,
 * else the browser's first preference (`fr*` gives French, anything else English).
 */
export function pickLanguage(saved: unknown, browserLanguages: readonly string[]): Language {
	if (isLanguage(saved)) return saved;
	const first = browserLanguages[0]?.toLowerCase() ?? '';
	return first.startsWith('fr') ? 'fr' : 'en';
}

/** The other language, used to fill a key that is missing in the active one. */
export function otherLanguage(language: Language): Language {
	return language === 'fr' ? 'en' : 'fr';
}

/** The browser's preferred languages, most wanted first. */
export function browserLanguages(): string[] {
	const navigator = globalThis.navigator;
	if (!navigator) return [];
	if (navigator.languages?.length > 0) return [...navigator.languages];
	return navigator.language ? [navigator.language] : [];
}
