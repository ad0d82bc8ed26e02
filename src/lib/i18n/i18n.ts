/**
 * The only module that imports svelte-i18n: components ask this module for text, so the
 * library can be swapped here alone.
 */
import {
	addMessages,
	format,
	getLocaleFromNavigator,
	init,
	locale as activeLocale
} from 'svelte-i18n';
import { otherLanguage, type Language } from './languages';

/** A nested tree of messages, as stored in one locale file. */
export interface MessageTree {
	[key: string]: string | MessageTree;
}

type LocaleModule = { default: MessageTree };

// One lazy chunk per locale file: only the active language's files are fetched.
const localeFiles = import.meta.glob<LocaleModule>('/locales/*/*.json');

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

const loaded = new Map<Language, Promise<MessageTree>>();
const patched = new Set<Language>();

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

/**
 * A key missing in the active language: load the other language once and copy in what the
 * active one lacks. Meanwhile show nothing rather than a raw key.
 */
function fillFromOtherLanguage({ locale }: { locale: string; id: string }): string {
	const language = locale === 'fr' || locale === 'en' ? locale : null;
	if (language && !patched.has(language)) {
		patched.add(language);
		void Promise.all([messagesOf(language), loadMessages(otherLanguage(language))]).then(
			([own, other]) => addMessages(language, mergeMissing(own, other))
		);
	}
	return '';
}

let initialised = false;

/** Loads a language's text and makes it the active one. Resolves when its text is ready. */
export async function setLanguage(language: Language): Promise<void> {
	await messagesOf(language);
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
