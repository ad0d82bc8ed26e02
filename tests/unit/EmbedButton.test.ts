import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import EmbedButton from '../../src/embed/EmbedButton.svelte';
import type { EmbedTarget } from '../../src/embed/embedLink';
import { setLanguage } from '../../src/lib/i18n/i18n';
import type { Language } from '../../src/lib/i18n/languages';

/** jsdom has no modal dialogs: open and close them as a browser does, without the top layer. */
function stubDialog() {
	vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(function (
		this: HTMLDialogElement
	) {
		this.setAttribute('open', '');
	});
	vi.spyOn(HTMLDialogElement.prototype, 'close').mockImplementation(function (
		this: HTMLDialogElement
	) {
		this.removeAttribute('open');
		this.dispatchEvent(new Event('close'));
	});
}

async function setup(
	target: EmbedTarget = { kind: 'job', jobId: 'seo' },
	language: Language = 'en'
) {
	stubDialog();
	await setLanguage(language);
	const user = userEvent.setup();
	render(EmbedButton, { props: { target, language, label: 'SEO specialist' } });
	const button = screen.getByRole('button', { name: /SEO specialist/ });
	await user.click(button);
	const dialog = await screen.findByRole('dialog');
	return { user, button, dialog };
}

/** The code to paste, as the dialog shows it. */
function snippet() {
	return (screen.getByRole('textbox', { name: /code/i }) as HTMLTextAreaElement).value;
}

describe('EmbedButton', () => {
	beforeAll(() => {
		// jsdom may lack them altogether; spyOn needs something to wrap.
		HTMLDialogElement.prototype.showModal ??= () => {};
		HTMLDialogElement.prototype.close ??= () => {};
	});
	afterEach(() => vi.restoreAllMocks());

	it('opens a dialog, named by its heading, with the snippet for the target', async () => {
		const { dialog } = await setup({ kind: 'term', termId: 'hashtag' });
		expect(dialog).toHaveAccessibleName('Put “SEO specialist” in your blog');
		expect(snippet()).toContain('#/en/embed/term/hashtag"');
		expect(snippet()).toContain('embed.js" async></script>');
		expect(screen.getByRole('radio', { name: /reader's device/ })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
		expect(await screen.findByTitle('“Hashtag”, explained')).toHaveAttribute(
			'src',
			expect.stringContaining('#/en/embed/term/hashtag')
		);
		expect(snippet()).toContain('title="“Hashtag”, explained"');
	});

	it('asks for the dark theme when dark is chosen', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('radio', { name: 'Dark' }));
		expect(snippet()).toContain('#/en/embed/job/seo?theme=dark');
		expect(await screen.findByTitle('SEO specialist, explained')).toHaveAttribute(
			'src',
			expect.stringContaining('?theme=dark')
		);
	});

	it('switches the embed to the other language', async () => {
		const { user } = await setup({ kind: 'chart', jobId: 'seo' }, 'fr');
		expect(snippet()).toContain('#/fr/embed/chart/seo');
		await user.click(screen.getByRole('radio', { name: 'English' }));
		expect(snippet()).toContain('#/en/embed/chart/seo');
		expect(snippet()).not.toContain('#/fr/');
		// The frame's title speaks the embed's language too.
		await waitFor(() => expect(snippet()).toContain('title="The skills it takes: SEO specialist"'));
		await user.click(screen.getByRole('radio', { name: 'Français' }));
		await waitFor(() =>
			expect(snippet()).toContain('title="Les compétences du métier : Référenceur web (SEO)"')
		);
	});

	it('closes with its Close button and gives focus back to the Embed button', async () => {
		const { user, button } = await setup();
		await user.click(screen.getByRole('button', { name: 'Close' }));
		await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
		expect(button).toHaveFocus();
	});
});
