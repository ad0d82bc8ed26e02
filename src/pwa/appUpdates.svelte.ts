/**
 * The service worker's side of the app: registers it (vite-plugin-pwa, in "prompt" mode),
 * says when a new version is waiting, and applies it only when the reader asks. Nothing here
 * ever reloads the page on its own: someone may be halfway through a quiz.
 */
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { browserUpdateHost, startUpdateChecks } from './updateChecks';

/** vite-plugin-pwa's `registerSW` (from `virtual:pwa-register`), or a test's own. */
export type RegisterServiceWorker = (
	options: RegisterSWOptions
) => (reloadPage?: boolean) => Promise<void>;

/** What AppUpdates watches of `navigator.serviceWorker`: which worker is in charge of the page. */
export type ServiceWorkers = Pick<
	ServiceWorkerContainer,
	'controller' | 'addEventListener' | 'removeEventListener'
>;

export class AppUpdates {
	/** A new version is installed and waits for the reader to reload. */
	updateReady = $state(false);

	readonly #register: RegisterServiceWorker;
	readonly #reloadPage: () => void;
	readonly #workers: ServiceWorkers | undefined;
	#applyUpdate: ((reloadPage?: boolean) => Promise<void>) | null = null;
	#reloadAsked = false;
	/** Another tab applied the update: this one now only needs a reload. */
	#updatedElsewhere = false;
	#hadController = false;
	#stopChecks = () => {};

	constructor(
		register: RegisterServiceWorker,
		reloadPage: () => void = () => location.reload(),
		workers: ServiceWorkers | undefined = navigator.serviceWorker
	) {
		this.#register = register;
		this.#reloadPage = reloadPage;
		this.#workers = workers;
	}

	/**
	 * A worker took charge of the page. The first one, on a first visit, is the same version
	 * (it claims the page it was installed from); any later one is a new version.
	 */
	#onControllerChange = () => {
		if (!this.#hadController) {
			this.#hadController = true;
			return;
		}
		if (this.#reloadAsked) this.#reloadPage();
		else {
			this.#updatedElsewhere = true;
			this.updateReady = true;
		}
	};

	start(): void {
		this.#hadController = Boolean(this.#workers?.controller);
		this.#workers?.addEventListener('controllerchange', this.#onControllerChange);
		this.#applyUpdate = this.#register({
			immediate: true,
			onNeedRefresh: () => {
				this.updateReady = true;
			},
			// Left to #onControllerChange: vite-plugin-pwa would reload every open tab.
			onNeedReload: () => {},
			onRegisteredSW: (_url, registration) => {
				if (registration) this.#stopChecks = startUpdateChecks(browserUpdateHost(registration));
			},
			// Without a service worker the app still works online; nothing to tell the reader.
			onRegisterError: () => {}
		});
	}

	/** Switches to the new version and reloads this page. */
	async reload(): Promise<void> {
		this.#reloadAsked = true;
		if (this.#updatedElsewhere || !this.#applyUpdate) this.#reloadPage();
		else await this.#applyUpdate(true);
	}

	/** Hides the prompt until the next version, or the next visit. */
	dismiss(): void {
		this.updateReady = false;
	}

	stop(): void {
		this.#stopChecks();
		this.#workers?.removeEventListener('controllerchange', this.#onControllerChange);
	}
}
