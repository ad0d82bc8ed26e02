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

// The first message formatted with values costs a phone ~50 ms (the parser's code and
// patterns compile on first use). Pay it now, while the first view's text is still on its
// way, rather than in the middle of showing the page.
new IntlMessageFormat('{a} {b, select, x {y} other {{c}}}', 'en').format({
	a: '1',
	b: 'x',
	c: 'z'
});

export { addMessages, format, init, json, locale };
