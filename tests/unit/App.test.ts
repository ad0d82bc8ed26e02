import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import { storageKeys } from '../../src/lib/storage/safeStorage';

function setup(hash: string, { browserLanguages = ['en-GB'] } = {}) {
	vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browserLanguages);
	window.history.replaceState(null, '', `/${hash}`);
	const user = userEvent.setup();
	render(App);
	return { user };
}

function mainHeading() {
	return screen.findByRole('heading', { level: 1 });
}

describe('App', () => {
	afterEach(() => {
		localStorage.clear();
		window.history.replaceState(null, '', '/');
	});

	it('shows the French home page with a card per job', async () => {
		setup('#/fr');
		expect(await mainHeading()).toHaveTextContent(/travaillent dans le web/);
		expect(document.documentElement.lang).toBe('fr');
		expect(document.title).toBe('Les métiers du web, expliqués');
		const jobLinks = screen.getAllByRole('link', { name: /SEO|Community|Acheteur|SMO/ });
		expect(jobLinks.map((link) => link.getAttribute('href'))).toEqual(
			expect.arrayContaining([
				'#/fr/jobs/seo',
				'#/fr/jobs/community-manager',
				'#/fr/jobs/media-buyer',
				'#/fr/jobs/smo'
			])
		);
		expect(screen.getByText('6 métiers expliqués')).toBeInTheDocument();
	});

	it('switches language on the same view and remembers the choice', async () => {
		const { user } = setup('#/fr/jobs/seo');
		expect(await mainHeading()).toHaveTextContent('Référenceur web (SEO)');
		const languageSwitch = screen.getByRole('navigation', { name: 'Langue' });
		expect(languageSwitch).toContainElement(screen.getByRole('link', { name: 'Français' }));
		await user.click(screen.getByRole('link', { name: 'English' }));
		await waitFor(() =>
			expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('SEO specialist')
		);
		expect(window.location.hash).toBe('#/en/jobs/seo');
		expect(document.documentElement.lang).toBe('en');
		expect(document.title).toBe('SEO specialist · Web jobs, explained');
		expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
		expect(localStorage.getItem(storageKeys.language)).toBe('en');
	});

	it('moves focus to the new heading when the view changes', async () => {
		const { user } = setup('#/en');
		await mainHeading();
		await user.click(screen.getByRole('link', { name: 'Media buyer' }));
		await waitFor(() =>
			expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Media buyer')
		);
		await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
	});

	it.each([
		['#/fr/jobs/plumber', 'fr', "Cette page n'existe pas"],
		['#/en/embed', 'en', "We couldn't find that page"],
		['#/de/jobs/seo', 'en', "We couldn't find that page"]
	])('shows not-found for %s in the current language', async (hash, language, heading) => {
		const { user } = setup(hash);
		expect(await mainHeading()).toHaveTextContent(heading);
		expect(document.documentElement.lang).toBe(language);
		await user.click(screen.getByRole('link', { name: /accueil|home page/ }));
		await waitFor(() => expect(window.location.hash).toBe(`#/${language}`));
	});

	it.each([
		[null, ['fr-FR'], '#/fr'],
		[null, ['de-DE'], '#/en'],
		['fr', ['en-US'], '#/fr'],
		['{"broken', ['fr-CA'], '#/fr']
	])('opens an empty hash with saved %j and browser %j in %s', async (saved, browser, expected) => {
		if (saved !== null) localStorage.setItem(storageKeys.language, saved);
		setup('', { browserLanguages: browser });
		await mainHeading();
		expect(window.location.hash).toBe(expected);
	});

	it('starts normally when storage throws', async () => {
		vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		setup('', { browserLanguages: ['fr'] });
		expect(await mainHeading()).toHaveTextContent(/travaillent dans le web/);
	});
});
