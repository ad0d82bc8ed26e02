/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
	// Relative asset URLs let the same build run from a domain root or any sub-folder.
	base: './',
	publicDir: 'static',
	plugins: [svelte(), svelteTesting()],
	build: {
		target: 'es2022',
		modulePreload: { polyfill: false },
		rolldownOptions: {
			output: {
				// Name each language's text chunks after the language, so budgets and tests can tell them apart.
				chunkFileNames: (chunk) => {
					const locale = /\/locales\/(\w+)\/([\w-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
					return locale
						? `assets/locale-${locale[1]}-${locale[2]}-[hash].js`
						: 'assets/[name]-[hash].js';
				}
			}
		}
	},
	test: {
		environment: 'jsdom',
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		restoreMocks: true,
		expect: { requireAssertions: true }
	}
});
