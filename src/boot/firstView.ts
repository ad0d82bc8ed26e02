/**
 * What the app's first module does before the app itself arrives: work out the first view
 * and start fetching its text and code. Nothing here may import Svelte or the i18n library,
 * so this module runs as soon as it lands.
 */
import { browserLanguages, pickLanguage, type Language } from '../lib/i18n/languages';
import { contentLoaders, localeLoaders } from '../lib/i18n/textFiles';
import { contentFor, parseRoute, type Route } from '../lib/router/route';
import { readStored, storageKeys } from '../lib/storage/safeStorage';
import { isLazyView, viewModules } from './viewModules';

/** The language to open in when the URL names none: the saved choice, else the browser's. */
export function startLanguage(): Language {
	return pickLanguage(readStored(storageKeys.language), browserLanguages());
}

/** The language the address names, if it names one. */
function namedLanguage(route: Route): Language | null {
	return ('language' in route && route.language) || null;
}

/** The language a route shows in: its own, else the start language. */
export function languageOf(route: Route): Language {
	return namedLanguage(route) ?? startLanguage();
}

/**
 * Fetches, without running anything, the text and the view code a location hash will need.
 * The work comes in short tasks: each link it adds starts a request, which costs a phone's
 * main thread about a millisecond, and the first read of storage opens it, which costs more.
 * In one task they would block the phone just as the page is about to show.
 */
export function prefetchFirstView(hash: string): void {
	const route = parseRoute(hash);
	const language = languageOf(route);
	// A failure here is left to the app, which loads the same files again and handles it.
	const ignore = () => {};
	for (const [, load] of localeLoaders(language)) load().catch(ignore);
	const content = contentLoaders(language);
	for (const path of contentFor(route)) content.get(path)?.().catch(ignore);
	if (isLazyView(route.view)) {
		const view = route.view;
		setTimeout(() => viewModules[view]().catch(ignore));
	}
	// The app reads the saved language as it starts. Where the address named the language, none
	// was read above: open storage now, while the app's code is on its way, rather than in the
	// task that starts the app.
	if (namedLanguage(route)) setTimeout(startLanguage);
}
