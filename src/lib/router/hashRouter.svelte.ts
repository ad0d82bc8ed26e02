import { parseRoute, type Route } from './route';

/** The current location hash as reactive state, and the route it describes. */
export class HashRouter {
	hash = $state('');
	route: Route = $derived(parseRoute(this.hash));

	#onHashChange = () => {
		this.hash = window.location.hash;
	};

	constructor() {
		this.hash = window.location.hash;
		window.addEventListener('hashchange', this.#onHashChange);
	}

	/** Moves to `hash` without adding a history entry (used to settle an empty hash). */
	replace(hash: string): void {
		history.replaceState(history.state, '', hash);
		this.hash = window.location.hash;
	}

	/** Stops listening; call when the app is torn down. */
	destroy(): void {
		window.removeEventListener('hashchange', this.#onHashChange);
	}
}
