// Size budgets on the production build in dist/ (run `npm run build` first).
// - JavaScript + CSS needed to show the home route, in each language: at most 45 KB gzip.
// - Chart.js must not be reachable from the home route's static imports.
// - The entry must not wait for Svelte or the i18n library: it starts fetching the first
//   view's text while they download (src/main.ts).
// - Everything the service worker precaches: at most 600 KB (once a service worker exists).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
	fileSize,
	gzipSize,
	homeRoute,
	kb,
	listFiles,
	readChunks,
	staticClosure
} from './bundle-size.mjs';

const dir = process.argv[2] ?? 'dist';
const homeBudget = 45 * 1024;
const precacheBudget = 600 * 1024;
const languages = ['fr', 'en'];
const failures = [];

console.log('Chunks (gzip):');
for (const chunk of await readChunks(dir)) {
	console.log(`  ${kb(await gzipSize(dir, chunk.fileName)).padStart(9)}  ${chunk.fileName}`);
}

for (const language of languages) {
	const home = await homeRoute(dir, language);
	console.log(`Home route in ${language}: ${kb(home.total)} gzip (budget ${kb(homeBudget)})`);
	for (const [file, size] of home.files) console.log(`  ${kb(size).padStart(9)}  ${file}`);
	if (home.total > homeBudget) failures.push(`home route in ${language} is ${kb(home.total)}`);
	const chart = home.modules.filter((id) => /node_modules\/chart\.js\//.test(id));
	if (chart.length > 0) failures.push(`Chart.js is reachable from the home route (${chart[0]})`);
}

const chunks = await readChunks(dir);
const entryModules = staticClosure(
	chunks,
	chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName)
).flatMap((chunk) => chunk.modules);
const heavy = entryModules.filter((id) =>
	/node_modules\/(svelte|svelte-i18n|intl-messageformat)\//.test(id)
);
console.log(`Entry: ${entryModules.length} modules before it runs`);
if (heavy.length > 0) failures.push(`the entry waits for ${heavy[0]} before it runs`);

const serviceWorker = join(dir, 'sw.js');
if (existsSync(serviceWorker)) {
	// Workbox writes its precache list into sw.js as {url:"…",revision:…} entries.
	const source = await readFile(serviceWorker, 'utf8');
	const urls = [...source.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
	const sizes = await Promise.all(urls.map((url) => fileSize(dir, decodeURIComponent(url))));
	const total = sizes.reduce((sum, size) => sum + size, 0);
	console.log(`Precache: ${urls.length} files, ${kb(total)} (budget ${kb(precacheBudget)})`);
	if (urls.length === 0) failures.push('sw.js exists but no precache list was found in it');
	if (total > precacheBudget) failures.push(`precache is ${kb(total)}`);
} else {
	// Link-preview cards (previews/) are fetched by messaging apps' crawlers, not used offline:
	// a service worker should not precache them, so they are left out of this figure.
	const files = (await listFiles(dir)).filter(
		(file) => !file.startsWith('.vite') && !file.startsWith('previews/')
	);
	const sizes = await Promise.all(files.map((file) => fileSize(dir, file)));
	const total = sizes.reduce((sum, size) => sum + size, 0);
	console.log(
		`No service worker yet: the whole build is ${kb(total)} (the ${kb(precacheBudget)} precache budget applies once it exists)`
	);
}

if (failures.length > 0) {
	console.error(`Size budgets missed:\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
console.log('Size budgets met.');
