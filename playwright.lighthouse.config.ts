import { defineConfig } from '@playwright/test';

// `npm run lighthouse`: Lighthouse 12 (mobile defaults) on every route of the production build.
const port = 4175;

export default defineConfig({
	testDir: 'tests/quality',
	testMatch: 'lighthouse.audit.ts',
	workers: 1,
	timeout: 120_000,
	reporter: 'list',
	use: { baseURL: `http://localhost:${port}/` },
	webServer: {
		command: `node scripts/serve.mjs --port ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI
	}
});
