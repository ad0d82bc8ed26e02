import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, openRoute, test } from './fixtures';

/** Opens a route, then the Embed dialog from the keyboard; returns the button and the dialog. */
async function setup(page: Page, hash: string, buttonName: RegExp) {
	await openRoute(page, hash);
	const button = page.getByRole('button', { name: buttonName });
	await button.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	return { button, dialog };
}

const cases = [
	{
		hash: '#/fr/jobs/seo',
		button: /^Intégrer « Référenceur web \(SEO\) »/,
		embed: '#/fr/embed/job/seo',
		dark: 'Sombre'
	},
	{
		hash: '#/en/glossary/hashtag',
		button: /^Embed “Hashtag”/,
		embed: '#/en/embed/term/hashtag',
		dark: 'Dark'
	}
];

for (const { hash, button: buttonName, embed, dark } of cases) {
	test(`${hash}: the Embed dialog gives the code, follows the theme and closes with Escape`, async ({
		page
	}) => {
		const { button, dialog } = await setup(page, hash, buttonName);
		const code = dialog.getByRole('textbox');
		await expect(code).toHaveValue(new RegExp(`${embed.replaceAll('/', '\\/')}"`));
		await expect(code).toHaveValue(/embed\.js" async><\/script>/);
		await expect(dialog.locator('iframe')).toHaveAttribute('title', /\S/);
		await expect(dialog.locator('iframe')).toHaveAttribute('src', new RegExp(`${embed}$`));

		await dialog.getByRole('radio', { name: dark, exact: true }).check();
		await expect(code).toHaveValue(new RegExp(`${embed}\\?theme=dark"`));
		await expect(dialog.locator('iframe')).toHaveAttribute('src', /\?theme=dark$/);

		// The preview grows with its content, as the blogger's frame will.
		const preview = dialog.locator('iframe');
		await expect
			.poll(async () => {
				const outer = await preview.evaluate((frame) => frame.getBoundingClientRect().height);
				const inner = await dialog
					.frameLocator('iframe')
					.locator('.embed')
					.evaluate((root) => root.getBoundingClientRect().height);
				return Math.abs(outer - inner) <= 3;
			})
			.toBe(true);

		expect(await axeViolations(page)).toEqual([]);

		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	});
}
