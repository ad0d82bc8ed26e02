import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (see README, "Browser tests").
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const rootPort = 4173;
const subFolderPort = 4174;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 30_000,
	use: {
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		},
		locale: 'en-GB'
	},
	projects: [
		{ name: 'root', use: { baseURL: `http://localhost:${rootPort}/` } },
		{ name: 'sub-folder', use: { baseURL: `http://localhost:${subFolderPort}/blog/explainer/` } }
	],
	webServer: [
		{
			command: `node scripts/serve.mjs --port ${rootPort}`,
			url: `http://localhost:${rootPort}/`,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `node scripts/serve.mjs --port ${subFolderPort} --mount /blog/explainer/`,
			url: `http://localhost:${subFolderPort}/blog/explainer/`,
			reuseExistingServer: !process.env.CI
		}
	]
});
