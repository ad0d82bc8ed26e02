import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../src/lib/i18n/i18n';
import { languages, type Language } from '../../src/lib/i18n/languages';
import {
	AppUpdates,
	type RegisterServiceWorker,
	type ServiceWorkers
} from '../../src/pwa/appUpdates.svelte';
import InstallApp from '../../src/pwa/InstallApp.svelte';
import { installMethod, isAppleMobile } from '../../src/pwa/installMethod';
import {
	installOffer,
	listenForInstallOffer,
	takeInstallOffer,
	type InstallPromptEvent
} from '../../src/pwa/installOffer';
import UpdatePrompt from '../../src/pwa/UpdatePrompt.svelte';
import { startUpdateChecks, type UpdateCheckHost } from '../../src/pwa/updateChecks';
import { manifestFile, manifestIcons, webManifest } from '../../src/pwa/webManifest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

const iPhone =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const iPadAsMac =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15';
const androidChrome =
	'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36';

describe('installMethod', () => {
	it('uses the browser offer when there is one, the Share menu on iPhones and iPads', () => {
		const base = { hasOffer: false, standalone: false, maxTouchPoints: 0 };
		expect(installMethod({ ...base, hasOffer: true, userAgent: androidChrome })).toBe('prompt');
		expect(installMethod({ ...base, userAgent: androidChrome })).toBe('none');
		expect(installMethod({ ...base, userAgent: iPhone, maxTouchPoints: 5 })).toBe('share-menu');
		expect(installMethod({ ...base, userAgent: iPadAsMac, maxTouchPoints: 5 })).toBe('share-menu');
		// A real Mac has no touch screen.
		expect(installMethod({ ...base, userAgent: iPadAsMac })).toBe('none');
	});

	it('offers nothing inside the installed app', () => {
		for (const userAgent of [iPhone, androidChrome]) {
			expect(
				installMethod({ hasOffer: true, standalone: true, userAgent, maxTouchPoints: 5 })
			).toBe('none');
		}
		expect(isAppleMobile(iPhone, 5)).toBe(true);
		expect(isAppleMobile(androidChrome, 5)).toBe(false);
	});
});

/** A fake `beforeinstallprompt`, as Chrome sends it, that answers `outcome`. */
function installEvent(outcome: 'accepted' | 'dismissed') {
	const event = new Event('beforeinstallprompt', { cancelable: true }) as InstallPromptEvent;
	const prompt = vi.fn(async () => {});
	Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome }) });
	return { event, prompt };
}

describe('the install offer', () => {
	it('is kept from the moment it comes, replaces the browser banner, and serves once', () => {
		const target = new EventTarget() as Window;
		listenForInstallOffer(target);
		const { event } = installEvent('accepted');
		target.dispatchEvent(event);
		expect(event.defaultPrevented).toBe(true);
		expect(installOffer()).toBe(event);
		expect(takeInstallOffer()).toBe(event);
		expect(takeInstallOffer()).toBeNull();
	});
});

describe('InstallApp', () => {
	afterEach(() => vi.unstubAllGlobals());

	for (const language of languages) {
		const texts = JSON.parse(readFileSync(`locales/${language}/ui.json`, 'utf8')).app;

		it(`${language}: the install button opens the browser's dialog, then says it is done`, async () => {
			listenForInstallOffer(window);
			await setLanguage(language);
			render(InstallApp, { props: { language } });
			const { event, prompt } = installEvent('accepted');
			window.dispatchEvent(event);
			const button = await screen.findByRole('button', { name: texts.install.button });
			await userEvent.click(button);
			expect(prompt).toHaveBeenCalledOnce();
			expect(await screen.findByRole('status')).toHaveTextContent(texts.install.installed);
			expect(screen.queryByRole('button', { name: texts.install.button })).toBeNull();
		});

		it(`${language}: on an iPhone, the steps through Safari's Share menu`, async () => {
			vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(iPhone);
			await setLanguage(language);
			render(InstallApp, { props: { language } });
			const summary = await screen.findByText(texts.install.iosSummary);
			await userEvent.click(summary);
			const steps = screen.getAllByRole('listitem').map((item) => item.textContent);
			expect(steps).toEqual(texts.install.iosSteps);
		});
	}

	it('shows nothing where installing is not offered', async () => {
		await setLanguage('en');
		const { container } = render(InstallApp, { props: { language: 'en' } });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(container.textContent?.trim()).toBe('');
	});
});

/** A stand-in for vite-plugin-pwa's registerSW that lets a test play the worker's part. */
function fakeRegister() {
	let options: RegisterSWOptions = {};
	const applyUpdate = vi.fn(async () => {});
	const register: RegisterServiceWorker = (given) => {
		options = given;
		return applyUpdate;
	};
	return { register, applyUpdate, worker: () => options };
}

/** `navigator.serviceWorker` as AppUpdates sees it: a worker in charge or not, and its changes. */
function fakeWorkers(controlled: boolean) {
	const target = new EventTarget();
	const workers = Object.assign(target, {
		controller: controlled ? ({} as ServiceWorker) : null
	}) as unknown as ServiceWorkers;
	return { workers, takeOver: () => target.dispatchEvent(new Event('controllerchange')) };
}

describe('AppUpdates', () => {
	it('waits for the reader: a waiting version shows the prompt, and only "Reload" applies it', async () => {
		const { register, applyUpdate, worker } = fakeRegister();
		const { workers, takeOver } = fakeWorkers(true);
		const reloadPage = vi.fn();
		const updates = new AppUpdates(register, reloadPage, workers);
		updates.start();
		expect(worker().immediate).toBe(true);
		expect(updates.updateReady).toBe(false);
		worker().onNeedRefresh?.();
		// vite-plugin-pwa's own reload, which would hit every open tab, does nothing.
		worker().onNeedReload?.();
		expect(reloadPage).not.toHaveBeenCalled();
		expect(updates.updateReady).toBe(true);
		expect(applyUpdate).not.toHaveBeenCalled();
		await updates.reload();
		expect(applyUpdate).toHaveBeenCalledWith(true);
		// The new version took over after the reader asked: now the page reloads.
		takeOver();
		expect(reloadPage).toHaveBeenCalledOnce();
	});

	it('never reloads a tab by itself when another tab applied the update', async () => {
		const { register, applyUpdate, worker } = fakeRegister();
		// A first visit: the worker claims the page once (same version), later takes over again.
		const { workers, takeOver } = fakeWorkers(false);
		const reloadPage = vi.fn();
		const updates = new AppUpdates(register, reloadPage, workers);
		updates.start();
		takeOver();
		expect(updates.updateReady).toBe(false);
		worker().onNeedRefresh?.();
		updates.dismiss();
		expect(updates.updateReady).toBe(false);
		takeOver();
		expect(reloadPage).not.toHaveBeenCalled();
		expect(updates.updateReady).toBe(true);
		// Here "Reload" has no waiting worker left to switch to: it reloads the page.
		await updates.reload();
		expect(applyUpdate).not.toHaveBeenCalled();
		expect(reloadPage).toHaveBeenCalledOnce();
		updates.stop();
	});
});

/** A host whose clock, timers and visibility the test drives. */
function fakeHost() {
	let time = 0;
	let online = true;
	let visible = true;
	let tick: (() => void) | null = null;
	let onVisibility: (() => void) | null = null;
	const update = vi.fn(async () => {});
	const host: UpdateCheckHost = {
		update,
		isOnline: () => online,
		isVisible: () => visible,
		now: () => time,
		setInterval: (run) => (tick = run),
		clearInterval: () => (tick = null),
		onVisibilityChange: (run) => {
			onVisibility = run;
			return () => (onVisibility = null);
		}
	};
	return {
		host,
		update,
		pass: (ms: number) => {
			time += ms;
		},
		fireTimer: () => tick?.(),
		setOnline: (value: boolean) => (online = value),
		show: (value: boolean) => {
			visible = value;
			onVisibility?.();
		},
		stopped: () => tick === null && onVisibility === null
	};
}

describe('startUpdateChecks', () => {
	const hour = 60 * 60 * 1000;

	it('checks every hour while online, and skips a check offline', () => {
		const fake = fakeHost();
		startUpdateChecks(fake.host, hour);
		expect(fake.update).not.toHaveBeenCalled();
		fake.pass(hour);
		fake.fireTimer();
		expect(fake.update).toHaveBeenCalledTimes(1);
		fake.setOnline(false);
		fake.pass(hour);
		fake.fireTimer();
		expect(fake.update).toHaveBeenCalledTimes(1);
	});

	it('checks when the page comes back into view after an hour or more, not sooner', () => {
		const fake = fakeHost();
		startUpdateChecks(fake.host, hour);
		fake.pass(10 * 60 * 1000);
		fake.show(false);
		fake.show(true);
		expect(fake.update).not.toHaveBeenCalled();
		fake.show(false);
		fake.pass(hour);
		fake.show(true);
		expect(fake.update).toHaveBeenCalledTimes(1);
	});

	it('survives a failed check and stops when asked', async () => {
		const fake = fakeHost();
		fake.update.mockRejectedValueOnce(new Error('offline'));
		const stop = startUpdateChecks(fake.host, hour);
		fake.pass(hour);
		fake.fireTimer();
		await Promise.resolve();
		stop();
		expect(fake.stopped()).toBe(true);
	});
});

describe('UpdatePrompt', () => {
	for (const language of languages) {
		const texts = JSON.parse(readFileSync(`locales/${language}/ui.json`, 'utf8')).app;

		it(`${language}: "New version available · Reload" appears, and "Later" hides it`, async () => {
			const { register, applyUpdate, worker } = fakeRegister();
			await setLanguage(language as Language);
			render(UpdatePrompt, { props: { language, register } });
			const status = screen.getByRole('status');
			expect(status).toHaveTextContent('');
			expect(screen.queryByRole('button')).toBeNull();
			worker().onNeedRefresh?.();
			await waitFor(() => expect(status).toHaveTextContent(texts.update.available));
			expect(document.documentElement).toHaveClass('update-prompt-shown');
			await userEvent.click(screen.getByRole('button', { name: texts.update.reload }));
			expect(applyUpdate).toHaveBeenCalledWith(true);
			await userEvent.click(screen.getByRole('button', { name: texts.update.later }));
			await waitFor(() => expect(status).toHaveTextContent(''));
			expect(document.documentElement).not.toHaveClass('update-prompt-shown');
		});
	}
});

describe('webManifest', () => {
	it('names the app in each language, with relative URLs that hold in a sub-folder', () => {
		for (const language of languages) {
			const texts = JSON.parse(readFileSync(`locales/${language}/ui.json`, 'utf8')).app;
			const manifest = webManifest(language, texts);
			expect(manifestFile(language)).toBe(`manifest.${language}.webmanifest`);
			expect(manifest).toMatchObject({
				id: './',
				start_url: './',
				scope: './',
				display: 'standalone',
				lang: language,
				name: texts.name,
				short_name: texts.shortName
			});
			expect(manifest.short_name.length).toBeLessThanOrEqual(15);
		}
	});

	it('lists icons that exist at the sizes they claim, a maskable one among them', () => {
		for (const icon of manifestIcons) {
			const png = readFileSync(`static/${icon.src}`);
			// A PNG's width and height sit at bytes 16-23 of its header.
			const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
			expect(size, icon.src).toBe(icon.sizes);
		}
		const sizes = manifestIcons.map((icon) => icon.sizes);
		expect(sizes).toContain('192x192');
		expect(sizes).toContain('512x512');
		expect(manifestIcons.some((icon) => 'purpose' in icon && icon.purpose === 'maskable')).toBe(
			true
		);
	});
});
