/**
 * The glossary's texts outside the glossary view: job pages (and later the quiz) load them
 * once they are up, so term definitions never delay a first screen.
 */
import { loadContent } from '../lib/i18n/i18n';
import type { Language } from '../lib/i18n/languages';

const loaded = $state<Record<Language, boolean>>({ fr: false, en: false });

/** True once a language's glossary texts can be shown. */
export function glossaryLoaded(language: Language): boolean {
	return loaded[language];
}

/** Loads a language's glossary texts (once); a failure (offline) leaves the terms as plain links. */
export function loadGlossary(language: Language): Promise<void> {
	return loadContent(language, 'glossary/terms').then(
		() => {
			loaded[language] = true;
		},
		() => {}
	);
}
