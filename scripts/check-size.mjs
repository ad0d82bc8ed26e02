// Size budgets on the production build in dist/ (run `npm run build` first).
// - JavaScript + CSS needed to show the home route, in each language: at most 45 KB gzip.
// - Chart.js must not be reachable from the home route's static imports.
// - The entry must not wait for Svelte or the i18n library: it starts fetching the first
//   view's text while they download (src/main.ts).
// - What the service worker precaches, as a first visit downloads it (text gzip, images as they
//   are, the worker itself included): at most 600 KB. It must hold the app's page, code and
//   manifests, and none of the preview cards, the embed script or the build report.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSize, gzipSize, homeRoute, kb, readChunks, staticClosure } from './bundle-size.mjs';

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
	// Workbox writes its precache list into sw.js as {url:"…",revision:…} entries. The budget is
	// what a first visit downloads to work offline, as any host serves it: text compressed
	// (gzip), images as they are. The service worker and Workbox's runtime count too.
	const source = await readFile(serviceWorker, 'utf8');
	const urls = [...source.matchAll(/url:"([^"]+)"/g)].map((match) =>
		decodeURIComponent(match[1] ?? '')
	);
	const workbox = /["'](\.\/workbox-[\w-]+)["']/.exec(source)?.[1];
	const worker = ['sw.js', ...(workbox ? [`${workbox.slice(2)}.js`] : [])];
	const transfer = async (/** @type {string} */ file) =>
		/\.(png|ico|webp|jpe?g)$/.test(file) ? fileSize(dir, file) : gzipSize(dir, file);
	const sum = (/** @type {number[]} */ sizes) => sizes.reduce((total, size) => total + size, 0);
	const served = sum(await Promise.all([...urls, ...worker].map(transfer)));
	const stored = sum(await Promise.all(urls.map((url) => fileSize(dir, url))));
	console.log(
		`Precache: ${urls.length} files; a first visit downloads ${kb(served)} to work offline, service worker included (budget ${kb(precacheBudget)}); ${kb(stored)} uncompressed in the browser's cache`
	);
	const missing = [
		'index.html',
		'assets/',
		'manifest.fr.webmanifest',
		'manifest.en.webmanifest'
	].filter((needed) => !urls.some((url) => url.startsWith(needed)));
	if (urls.length === 0) failures.push('sw.js exists but no precache list was found in it');
	if (missing.length > 0) failures.push(`the precache misses ${missing.join(', ')}`);
	const unwanted = urls.filter((url) => /^(previews\/|\.vite\/)|^embed\.js$/.test(url));
	if (unwanted.length > 0)
		failures.push(`the precache holds files nobody needs offline: ${unwanted.join(', ')}`);
	if (served > precacheBudget)
		failures.push(`a first visit downloads ${kb(served)} for the precache`);
	if (!workbox) failures.push("Workbox's runtime was not found next to sw.js");
} else {
	failures.push('the build has no service worker (dist/sw.js): the app would not work offline');
}

if (failures.length > 0) {
	console.error(`Size budgets missed:\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
console.log('Size budgets met.');
