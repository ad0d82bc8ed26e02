/**
 * Where each language's text lives, as lazy chunks. No library here: the app's first module
 * uses it to start fetching a view's text before the rest of the app has arrived.
 */
import type { Language } from './languages';

/** A nested tree of messages, as stored in one locale file. */
export interface MessageTree {
	[key: string]: string | MessageTree;
}

type LocaleModule = { default: MessageTree };
type Loader = () => Promise<LocaleModule>;

// Text every view needs (locales/{lang}/*.json): one lazy chunk per language.
const localeFiles = import.meta.glob<LocaleModule>('/locales/*/*.json');
// Content a view loads when it opens (locales/{lang}/{folder}/{name}.json), one chunk per file.
const contentFiles = import.meta.glob<LocaleModule>('/locales/*/*/*.json');

/** One language's files among `files`, keyed by their path below the language (`ui`, `jobs/seo`). */
function filesOf(files: Record<string, Loader>, language: Language): Array<[string, Loader]> {
	const prefix = `/locales/${language}/`;
	return Object.entries(files)
		.filter(([path]) => path.startsWith(prefix))
		.map(([path, load]) => [path.slice(prefix.length, -'.json'.length), load]);
}

/** The locale files of one language, keyed by namespace (`ui`, `jobs`…), loaded on demand. */
export function localeLoaders(language: Language): Array<[string, Loader]> {
	return filesOf(localeFiles, language);
}

/** The content files of a language, by path (`jobs/seo`), loaded on demand. */
export function contentLoaders(language: Language): Map<string, Loader> {
	return new Map(filesOf(contentFiles, language));
}
