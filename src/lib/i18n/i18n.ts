/**
 * Text for the whole app: components ask this module, never the i18n library, so the
 * library (svelte-i18n, loaded on demand by ./svelteI18n) can be swapped here alone.
 */
import { writable, type Readable } from 'svelte/store';
import { isLanguage, otherLanguage, type Language } from './languages';
import { contentLoaders, localeLoaders, type MessageTree } from './textFiles';

export { contentLoaders, localeLoaders, type MessageTree };

/**
 * Formats a message by key, with ICU values: `$t('ui.count', { values: { count: 2 } })`, in
 * the active language or, once its texts are loaded (`loadTexts`), in another one.
 */
export type Formatter = (
	key: string,
	options?: {
		values?: Record<string, string | number | boolean | Date | null | undefined>;
		locale?: Language;
	}
) => string;

const formatter = writable<Formatter>(() => '');
const listLookup = writable<(key: string) => unknown>(() => undefined);

type Library = typeof import('./svelteI18n');
let library: Promise<Library> | null = null;

/** Loads the i18n library once, and feeds its stores into this module's. */
function loadLibrary(): Promise<Library> {
	library ??= import('./svelteI18n').then((loaded) => {
		loaded.format.subscribe((format) => formatter.set(format as Formatter));
		loaded.json.subscribe((lookup) => listLookup.set((key) => lookup(key)));
		return loaded;
	});
	return library;
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
	return mergeAll(trees);
}

/** Merges trees; where two hold the same key, the earlier one wins. */
function mergeAll(trees: MessageTree[]): MessageTree {
	return trees.reduce((all, tree) => mergeMissing(all, tree), {});
}

const loaded = new Map<Language, Promise<MessageTree>>();
const loadedContent = new Map<string, Promise<MessageTree>>();
/** Missing keys already being filled from the other language, as `language:key`. */
const patched = new Set<string>();

/** Loads messages once per key and hands them to the library for a language. */
function loadOnce<K>(
	cache: Map<K, Promise<MessageTree>>,
	key: K,
	language: Language,
	load: () => Promise<MessageTree>
): Promise<MessageTree> {
	let pending = cache.get(key);
	if (!pending) {
		pending = Promise.all([load(), loadLibrary()]).then(([tree, i18n]) => {
			i18n.addMessages(language, tree);
			return tree;
		});
		// A failed load (network gone before the chunk arrived) may be retried later.
		pending.catch(() => cache.delete(key));
		cache.set(key, pending);
	}
	return pending;
}

function messagesOf(language: Language): Promise<MessageTree> {
	return loadOnce(loaded, language, language, () => loadMessages(language));
}

function contentOf(language: Language, path: string): Promise<MessageTree> {
	return loadOnce(loadedContent, `${language}:${path}`, language, () =>
		loadContentFile(language, path)
	);
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
	const language = isLanguage(locale) ? locale : null;
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
		]).then(async (trees) => {
			const i18n = await loadLibrary();
			const own = mergeAll(trees.slice(0, paths.length + 1));
			const fallback = mergeAll(trees.slice(paths.length + 1));
			i18n.addMessages(language, mergeMissing(own, fallback));
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
	const [i18n] = await Promise.all([
		loadLibrary(),
		messagesOf(language),
		...contentPaths.map((path) => contentOf(language, path))
	]);
	if (!initialised) {
		initialised = true;
		// No initialLocale: svelte-i18n would check it with Intl (see ./svelteI18n).
		await i18n.init({ fallbackLocale: language, handleMissingMessage: fillFromOtherLanguage });
	}
	await i18n.locale.set(language);
}

/**
 * Loads one more content file of a language once its view is up (the glossary under a job
 * page), without changing the active language. Resolves when its texts can be shown.
 */
export async function loadContent(language: Language, path: string): Promise<void> {
	await contentOf(language, path);
}

/**
 * Loads a language's interface text and some content files without making it the active
 * language, so a view can show a preview in it (`$t(key, { locale })`).
 */
export async function loadTexts(
	language: Language,
	contentPaths: readonly string[]
): Promise<void> {
	await Promise.all([
		messagesOf(language),
		...contentPaths.map((path) => contentOf(language, path))
	]);
}

/** The text store: `$t('ui.nav.home')`, or `$t('ui.count', { values: { count: 2 } })`. */
export const t: Readable<Formatter> = { subscribe: formatter.subscribe };

/** A list of texts (a JSON array in the locale files): `$textList('jobs.seo.titles')`. */
export const textList: Readable<(key: string) => string[]> = {
	subscribe: (run) =>
		listLookup.subscribe((lookup) =>
			run((key) => {
				const value = lookup(key);
				return Array.isArray(value)
					? value.filter((item): item is string => typeof item === 'string')
					: [];
			})
		)
};
