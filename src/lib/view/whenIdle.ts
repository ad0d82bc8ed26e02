/**
 * Runs `task` once the page has settled (the browser is idle, or after `timeout` ms at most):
 * for what the first screen does not need.
 */
export function whenIdle(task: () => void, timeout = 3000): void {
	if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
	else setTimeout(task, Math.min(timeout, 1000));
}

/**
 * Runs `task` well after the page has loaded: once it has loaded, `delay` ms more, then when
 * the browser is idle. For background work that would otherwise compete with the first view
 * on a slow phone, like the service worker downloading the whole app for offline use.
 */
export function afterPageSettles(task: () => void, delay = 2000): void {
	const start = () => setTimeout(() => whenIdle(task), delay);
	if (document.readyState === 'complete') start();
	else window.addEventListener('load', start, { once: true });
}
