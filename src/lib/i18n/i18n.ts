/**
 * The only module that imports svelte-i18n: components ask this module for text, so the
 * library can be swapped here alone.
 */
import { derived } from 'svelte/store';
import {
	addMessages,
	format,
	getLocaleFromNavigator,
	init,
	json,
	locale as activeLocale
} from 'svelte-i18n';
import { otherLanguage, type Language } from './languages';

/** A nested tree of messages, as stored in one locale file. */
export interface MessageTree {
	[key: string]: string | MessageTree;
}

type LocaleModule = { default: MessageTree };

// Text every view needs (locales/{lang}/*.json): one lazy chunk per language.
const localeFiles = import.meta.glob<LocaleModule>('/locales/*/*.json');
// Content a view loads when it opens (locales/{lang}/{folder}/{name}.json), one chunk per file.
const contentFiles = import.meta.glob<LocaleModule>('/locales/*/*/*.json');

/** The locale files of one language, keyed by namespace (`ui`, `jobs`…), loaded on demand. */
export function localeLoaders(language: Language): Array<[string, () => Promise<LocaleModule>]> {
	const prefix = `/locales/${language}/`;
	return Object.entries(localeFiles)
		.filter(([path]) => path.startsWith(prefix))
		.map(([path, load]) => [path.slice(prefix.length, -'.json'.length), load]);
}

/** Loads every locale file of a language into one tree, namespaced by file name. */
export async function loadMessages(language: Language): Promise<MessageTree> {
	const entries = await Promise.all(
		localeLoaders(language).map(async ([namespace, load]) => [namespace, (await load()).default])
	);
	return Object.fromEntries(entries) as MessageTree;
}

/** Fills, in `target`, the keys it lacks with those of `fallback`, keeping what it has. */
export function mergeMissing(target: MessageTree, fallback: MessageTree): MessageTree {
	const merged: MessageTree = { ...fallback, ...target };
	for (const [key, value] of Object.entries(fallback)) {
		const own = target[key];
		if (typeof value === 'object' && typeof own === 'object')
			merged[key] = mergeMissing(own, value);
	}
	return merged;
}

/** The content files of a language, by path (`jobs/seo`), loaded on demand. */
export function contentLoaders(language: Language): Map<string, () => Promise<LocaleModule>> {
	const prefix = `/locales/${language}/`;
	return new Map(
		Object.entries(contentFiles)
			.filter(([path]) => path.startsWith(prefix))
			.map(([path, load]) => [path.slice(prefix.length, -'.json'.length), load])
	);
}

/** Places a content file's messages under its path: `jobs/seo` gives `{ jobs: { seo: … } }`. */
export function nestUnder(path: string, tree: MessageTree): MessageTree {
	return path.split('/').reduceRight<MessageTree>((inner, segment) => ({ [segment]: inner }), tree);
}

/** Loads one content file of a language, nested under its path. Unknown paths give nothing. */
export async function loadContentFile(language: Language, path: string): Promise<MessageTree> {
	const load = contentLoaders(language).get(path);
	return load ? nestUnder(path, (await load()).default) : {};
}

/** Every text of a language, interface and content: for tests and checks, never at run time. */
export async function loadAllMessages(language: Language): Promise<MessageTree> {
	const trees = await Promise.all([
		loadMessages(language),
		...[...contentLoaders(language).keys()].map((path) => loadContentFile(language, path))
	]);
	return trees.reduce((all, tree) => mergeMissing(all, tree), {});
}

const loaded = new Map<Language, Promise<MessageTree>>();
const loadedContent = new Map<string, Promise<MessageTree>>();
/** Missing keys already being filled from the other language, as `language:key`. */
const patched = new Set<string>();

function messagesOf(language: Language): Promise<MessageTree> {
	let pending = loaded.get(language);
	if (!pending) {
		pending = loadMessages(language).then((tree) => {
			addMessages(language, tree);
			return tree;
		});
		// A failed load (network gone before the chunk arrived) may be retried later.
		pending.catch(() => loaded.delete(language));
		loaded.set(language, pending);
	}
	return pending;
}

function contentOf(language: Language, path: string): Promise<MessageTree> {
	const key = `${language}:${path}`;
	let pending = loadedContent.get(key);
	if (!pending) {
		pending = loadContentFile(language, path).then((tree) => {
			addMessages(language, tree);
			return tree;
		});
		pending.catch(() => loadedContent.delete(key));
		loadedContent.set(key, pending);
	}
	return pending;
}

/** The content paths loaded so far in a language. */
function loadedContentPaths(language: Language): string[] {
	const prefix = `${language}:`;
	return [...loadedContent.keys()]
		.filter((key) => key.startsWith(prefix))
		.map((key) => key.slice(prefix.length));
}

/**
 * A key missing in the active language: load the same texts in the other language once and
 * copy in what the active one lacks. Meanwhile show nothing rather than a raw key.
 */
function fillFromOtherLanguage({ locale, id }: { locale: string; id: string }): string {
	const language = locale === 'fr' || locale === 'en' ? locale : null;
	const patchKey = `${language}:${id}`;
	if (language && !patched.has(patchKey)) {
		patched.add(patchKey);
		const other = otherLanguage(language);
		const paths = loadedContentPaths(language);
		void Promise.all([
			messagesOf(language),
			...paths.map((path) => contentOf(language, path)),
			loadMessages(other),
			...paths.map((path) => loadContentFile(other, path))
		]).then((trees) => {
			const own = trees
				.slice(0, paths.length + 1)
				.reduce((all, tree) => mergeMissing(all, tree), {});
			const fallback = trees
				.slice(paths.length + 1)
				.reduce((all, tree) => mergeMissing(all, tree), {});
			addMessages(language, mergeMissing(own, fallback));
		});
	}
	return '';
}

let initialised = false;

/**
 * Loads a language's interface text and the content files a view needs (`jobs/seo`…), then
 * makes it the active language. Resolves when everything is ready to show.
 */
export async function setLanguage(
	language: Language,
	contentPaths: readonly string[] = []
): Promise<void> {
	await Promise.all([
		messagesOf(language),
		...contentPaths.map((path) => contentOf(language, path))
	]);
	if (!initialised) {
		initialised = true;
		await init({
			fallbackLocale: language,
			initialLocale: language,
			handleMissingMessage: fillFromOtherLanguage
		});
	}
	await activeLocale.set(language);
}

/** The browser's preferred language tag, when it has one. */
export function browserLanguages(): string[] {
	const fromNavigator = globalThis.navigator?.languages ?? [];
	if (fromNavigator.length > 0) return [...fromNavigator];
	const single = getLocaleFromNavigator();
	return single ? [single] : [];
}

/** The text store: `$t('ui.nav.home')`, or `$t('ui.count', { values: { n: 2 } })`. */
export const t = format;

/** A list of texts (a JSON array in the locale files): `$textList('jobs.seo.titles')`. */
export const textList = derived(
	json,
	(lookup: (id: string) => unknown) =>
		(id: string): string[] => {
			const value: unknown = lookup(id);
			return Array.isArray(value)
				? value.filter((item): item is string => typeof item === 'string')
				: [];
		}
);
