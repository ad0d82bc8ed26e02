import { defineConfig } from '@playwright/test';
import { chromiumPath, quietChromiumFlags } from './tests/chromium';

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
		launchOptions: { executablePath: chromiumPath, args: quietChromiumFlags },
		locale: 'en-GB'
	},
	projects: [
		{ name: 'root', use: { baseURL: `http://localhost:${rootPort}/` } },
		{
			// The shell's, the link previews', the offline and the install tests again with the app in a
			// sub-folder, as on a blog.
			name: 'sub-folder',
			testMatch: ['shell.spec.ts', 'previews.spec.ts', 'offline.spec.ts', 'install.spec.ts'],
			use: { baseURL: `http://localhost:${subFolderPort}/blog/explainer/` }
		}
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
