import { expect, mainHeading, openRoute, test } from './fixtures';

const jobs = {
	seo: { fr: 'Référenceur web (SEO)', en: 'SEO specialist' },
	'community-manager': { fr: 'Community manager', en: 'Community manager' },
	'media-buyer': { fr: 'Acheteur média', en: 'Media buyer' },
	smo: { fr: 'Spécialiste SMO', en: 'SMO specialist' }
} as const;

const text = {
	fr: {
		home: 'Ce que font vraiment les gens qui travaillent dans le web',
		notFound: "Cette page n'existe pas",
		app: 'Les métiers du web, expliqués',
		homeLink: "Revenir à l'accueil"
	},
	en: {
		home: 'What people who work on the web actually do',
		notFound: "We couldn't find that page",
		app: 'Web jobs, explained',
		homeLink: 'Back to the home page'
	}
} as const;

const notFoundPaths = [
	'jobs/plumber',
	'jobs',
	'nowhere',
	'glossary/seo/more',
	'quiz/round',
	'compare/seo',
	'share/seo',
	'embed'
];

for (const language of ['fr', 'en'] as const) {
	test.describe(`in ${language}`, () => {
		test('home shows what the app is for and a card per job', async ({ page }) => {
			await openRoute(page, `#/${language}`);
			await expect(mainHeading(page)).toHaveText(text[language].home);
			await expect(page).toHaveTitle(text[language].app);
			await expect(page.locator('html')).toHaveAttribute('lang', language);
			for (const [jobId, names] of Object.entries(jobs)) {
				const link = page
					.getByRole('main')
					.getByRole('link', { name: names[language], exact: true });
				await expect(link).toHaveAttribute('href', `#/${language}/jobs/${jobId}`);
			}
		});

		for (const [jobId, names] of Object.entries(jobs)) {
			test(`job page ${jobId}`, async ({ page }) => {
				await openRoute(page, `#/${language}/jobs/${jobId}?from=Julie`);
				await expect(mainHeading(page)).toHaveText(names[language]);
				await expect(page).toHaveTitle(`${names[language]} · ${text[language].app}`);
				await expect(page.locator('html')).toHaveAttribute('lang', language);
			});
		}

		for (const path of notFoundPaths) {
			test(`not-found for ${path}, with a way home`, async ({ page }) => {
				await openRoute(page, `#/${language}/${path}`);
				await expect(mainHeading(page)).toHaveText(text[language].notFound);
				await page.getByRole('link', { name: text[language].homeLink }).click();
				await expect(mainHeading(page)).toHaveText(text[language].home);
				await expect(page).toHaveURL(new RegExp(`#/${language}$`));
			});
		}
	});
}

test('an unknown language shows not-found in the current language', async ({ page }) => {
	await openRoute(page, '#/fr');
	await page.goto('#/de/jobs/seo');
	await expect(mainHeading(page)).toHaveText(text.fr.notFound);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the language switch keeps the view, the parameters and the scroll position', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 480 });
	await openRoute(page, '#/fr?from=Julie');
	const switchNav = page.getByRole('navigation', { name: 'Langue' });
	await expect(switchNav.getByRole('link', { name: 'Français' })).toHaveAttribute(
		'aria-current',
		'true'
	);
	await page.evaluate(() => window.scrollTo(0, 400));
	// Activate the link as a script would, so the browser does not scroll it into view first.
	await switchNav
		.getByRole('link', { name: 'English' })
		.evaluate((link: HTMLElement) => link.click());
	await expect(mainHeading(page)).toHaveText(text.en.home);
	await expect(page).toHaveURL(/#\/en\?from=Julie$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	expect(await page.evaluate(() => window.scrollY)).toBe(400);
});

test('the language choice is remembered for the next visit', async ({ page }) => {
	await openRoute(page, '#/fr');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(mainHeading(page)).toHaveText(text.en.home);
	await page.goto('./');
	await expect(mainHeading(page)).toHaveText(text.en.home);
	await expect(page).toHaveURL(/#\/en$/);
});

test.describe('an empty hash follows the browser language', () => {
	test.describe('French browser', () => {
		test.use({ locale: 'fr-FR' });
		test('opens in French', async ({ page }) => {
			await page.goto('./');
			await expect(mainHeading(page)).toHaveText(text.fr.home);
			await expect(page).toHaveURL(/#\/fr$/);
		});
	});
	test.describe('German browser', () => {
		test.use({ locale: 'de-DE' });
		test('opens in English', async ({ page }) => {
			await page.goto('./');
			await expect(mainHeading(page)).toHaveText(text.en.home);
			await expect(page).toHaveURL(/#\/en$/);
		});
	});
});

test('back and forward move between views, and focus lands on the heading', async ({ page }) => {
	await openRoute(page, '#/en');
	await page.getByRole('main').getByRole('link', { name: 'Media buyer' }).click();
	await expect(mainHeading(page)).toHaveText('Media buyer');
	await expect(mainHeading(page)).toBeFocused();
	await page.goBack();
	await expect(mainHeading(page)).toHaveText(text.en.home);
	await expect(mainHeading(page)).toBeFocused();
	await page.goForward();
	await expect(mainHeading(page)).toHaveText('Media buyer');
});

test('only the active language text is loaded', async ({ page }) => {
	const localeChunks: string[] = [];
	page.on('request', (request) => {
		const match = /locale-(\w+)-/.exec(request.url());
		if (match?.[1]) localeChunks.push(match[1]);
	});
	await openRoute(page, '#/fr/jobs/seo');
	expect(localeChunks.length).toBeGreaterThan(0);
	expect(new Set(localeChunks)).toEqual(new Set(['fr']));
});

test('garbage in storage does not stop the app', async ({ page }) => {
	await page.addInitScript(() => {
		localStorage.setItem('wje.language', '<script>alert(1)</script>');
	});
	await page.goto('./');
	await expect(mainHeading(page)).toHaveText(text.en.home);
});

test('the skip link moves focus to the content without changing the route', async ({ page }) => {
	await openRoute(page, '#/en/jobs/seo');
	await page.keyboard.press('Tab');
	const skipLink = page.getByRole('link', { name: 'Skip to content' });
	await expect(skipLink).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await expect(page).toHaveURL(/#\/en\/jobs\/seo$/);
});
