/**
 * The only module that imports svelte-i18n (and its formatter). It loads as its own chunk,
 * beside the first language's text, so the app's first task stays short on slow phones.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { addMessages, format, init, json, locale } from 'svelte-i18n';
import { isLanguage } from './languages';

// svelte-i18n formats through IntlMessageFormat, whose locale check calls
// Intl.NumberFormat.supportedLocalesOf: its first call loads number data and blocks a phone's
// main thread for ~100 ms. Our languages are always supported, so name them directly.
const resolveAnyLocale = IntlMessageFormat.resolveLocale;
IntlMessageFormat.resolveLocale = (locales) => {
	const first = Array.isArray(locales) ? locales[0] : locales;
	return isLanguage(first) ? new Intl.Locale(first) : resolveAnyLocale(locales);
};

export { addMessages, format, init, json, locale };
