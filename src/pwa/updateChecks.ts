/**
 * Asks the browser to look for a new version of the service worker while the app stays open:
 * every hour, and when the page comes back into view after at least that long (phones pause
 * timers in the background). Offline, a check is skipped rather than failing.
 */

/** How often to look for a new version while the app is open. */
export const updateCheckInterval = 60 * 60 * 1000;

/** What the checks need from the browser; tests pass their own. */
export interface UpdateCheckHost {
	/** `registration.update()`: fetches sw.js and installs it if it changed. */
	update: () => Promise<unknown>;
	isOnline: () => boolean;
	isVisible: () => boolean;
	now: () => number;
	setInterval: (run: () => void, every: number) => unknown;
	clearInterval: (timer: unknown) => void;
	onVisibilityChange: (run: () => void) => () => void;
}

/** Starts the checks; the function it returns stops them. */
export function startUpdateChecks(host: UpdateCheckHost, every = updateCheckInterval): () => void {
	let lastCheck = host.now();
	const check = () => {
		if (!host.isOnline()) return;
		lastCheck = host.now();
		// A failed check (a flaky network) is retried at the next one.
		host.update().catch(() => {});
	};
	const timer = host.setInterval(check, every);
	const stopWatching = host.onVisibilityChange(() => {
		if (host.isVisible() && host.now() - lastCheck >= every) check();
	});
	return () => {
		host.clearInterval(timer);
		stopWatching();
	};
}

/** The checks' host for a real page and its service worker registration. */
export function browserUpdateHost(registration: ServiceWorkerRegistration): UpdateCheckHost {
	return {
		update: () => registration.update(),
		isOnline: () => navigator.onLine,
		isVisible: () => document.visibilityState === 'visible',
		now: () => Date.now(),
		setInterval: (run, every) => window.setInterval(run, every),
		clearInterval: (timer) => window.clearInterval(timer as number),
		onVisibilityChange: (run) => {
			document.addEventListener('visibilitychange', run);
			return () => document.removeEventListener('visibilitychange', run);
		}
	};
}
