/**
 * Runs `task` once the page has settled (the browser is idle, or after `timeout` ms at most):
 * for what the first screen does not need, like the service worker and the install button.
 */
export function whenIdle(task: () => void, timeout = 3000): void {
	if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
	else setTimeout(task, Math.min(timeout, 1000));
}
