/**
 * The browser's offer to install the app (Chrome, Edge and Samsung Internet send
 * `beforeinstallprompt`), kept from the moment it comes so the footer's "Install the app"
 * button can use it later. The app's first module starts listening: the event may come
 * before the rest of the app has loaded.
 */

/** `beforeinstallprompt`, which TypeScript's DOM types do not have. */
export interface InstallPromptEvent extends Event {
	prompt(): Promise<unknown>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offer: InstallPromptEvent | null = null;
let installed = false;
const listeners = new Set<() => void>();

function changed(): void {
	for (const listener of listeners) listener();
}

/** Starts keeping the install offer, and notes when the app gets installed. */
export function listenForInstallOffer(target: Window = window): void {
	target.addEventListener('beforeinstallprompt', (event) => {
		// Our own button replaces the browser's banner.
		event.preventDefault();
		offer = event as InstallPromptEvent;
		changed();
	});
	target.addEventListener('appinstalled', () => {
		offer = null;
		installed = true;
		changed();
	});
}

/** The offer the browser made, if any is still usable. */
export function installOffer(): InstallPromptEvent | null {
	return offer;
}

/** True once the browser reported the app installed from this page. */
export function wasInstalled(): boolean {
	return installed;
}

/** The offer, which can be shown once only: later calls get null until the browser offers again. */
export function takeInstallOffer(): InstallPromptEvent | null {
	const taken = offer;
	offer = null;
	if (taken) changed();
	return taken;
}

/** Calls `listener` whenever the offer comes, is used or the app gets installed. */
export function onInstallOfferChange(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
