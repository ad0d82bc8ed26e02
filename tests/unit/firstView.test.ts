import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageOf, prefetchFirstView, startLanguage } from '../../src/boot/firstView';
import { parseRoute } from '../../src/lib/router/route';
import { storageKeys } from '../../src/lib/storage/safeStorage';

afterEach(() => localStorage.clear());

describe('the first view', () => {
	it.each([
		['#/fr/jobs/seo', 'fr'],
		['#/en', 'en'],
		['#/de/jobs/seo', 'en'],
		['', 'en']
	])('opens %s in %s for an English browser with nothing saved', (hash, language) => {
		vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
		expect(languageOf(parseRoute(hash))).toBe(language);
	});

	it('prefers the saved language to the browser one, and ignores a tampered value', () => {
		vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-CA']);
		expect(startLanguage()).toBe('fr');
		localStorage.setItem(storageKeys.language, 'en');
		expect(startLanguage()).toBe('en');
		localStorage.setItem(storageKeys.language, '<script>');
		expect(startLanguage()).toBe('fr');
	});

	it('opens storage in a task of its own when the address names the language', () => {
		vi.useFakeTimers();
		const read = vi.spyOn(Storage.prototype, 'getItem');
		try {
			prefetchFirstView('#/fr/about');
			expect(read).not.toHaveBeenCalled();
			vi.runAllTimers();
			expect(read).toHaveBeenCalledWith(storageKeys.language);
		} finally {
			read.mockRestore();
			vi.useRealTimers();
		}
	});

	it('reads storage at once when it decides which language to fetch', () => {
		const read = vi.spyOn(Storage.prototype, 'getItem');
		try {
			prefetchFirstView('');
			expect(read).toHaveBeenCalledWith(storageKeys.language);
		} finally {
			read.mockRestore();
		}
	});
});
