// Stands in for vite-plugin-pwa's `virtual:pwa-register` under Vitest (see vite.config.ts):
// registers nothing. Tests of the update flow pass their own `register`.
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export function registerSW(
	options: RegisterSWOptions = {}
): (reloadPage?: boolean) => Promise<void> {
	void options;
	return async () => {};
}
