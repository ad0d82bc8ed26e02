// Content growth must not grow the first load. Builds the app twice into temporary folders,
// as it is and with every on-demand content file of one language doubled (each text written
// twice), and fails unless the home route's JavaScript + CSS stay exactly the same size.
// Sizes are compared uncompressed: the home route names content chunks by their hash, which
// changes with the content (same length, so the same bytes, but gzip may differ by a byte).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { gzipSize, homeRoute, kb, readChunks } from './bundle-size.mjs';

const language = 'fr';
const contentFile = new RegExp(`/locales/${language}/[\\w-]+/[\\w-]+\\.json$`);

/** @param {unknown} value @returns {unknown} */
function doubleTexts(value) {
	if (typeof value === 'string') return `${value} ${value}`;
	if (Array.isArray(value)) return value.map(doubleTexts);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, doubleTexts(item)]));
	}
	return value;
}

/** @param {{ count: number }} doubled @returns {import('vite').Plugin} */
function doubleContent(doubled) {
	return {
		name: 'double-content',
		enforce: 'pre',
		transform(code, id) {
			if (!contentFile.test(id)) return null;
			doubled.count++;
			return JSON.stringify(doubleTexts(JSON.parse(code)));
		}
	};
}

/** Total gzip size of the on-demand content chunks of the language. @param {string} dir */
async function contentSize(dir) {
	const chunks = (await readChunks(dir)).filter((chunk) =>
		chunk.name.startsWith(`content-${language}-`)
	);
	const sizes = await Promise.all(chunks.map((chunk) => gzipSize(dir, chunk.fileName)));
	return sizes.reduce((sum, size) => sum + size, 0);
}

/** @param {string} outDir @param {import('vite').Plugin[]} plugins */
async function buildInto(outDir, plugins) {
	await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins });
}

const workDir = await mkdtemp(join(tmpdir(), 'content-growth-'));
try {
	const asIs = join(workDir, 'as-is');
	const grown = join(workDir, 'doubled');
	const doubled = { count: 0 };
	await buildInto(asIs, []);
	await buildInto(grown, [doubleContent(doubled)]);

	const before = await homeRoute(asIs, language);
	const after = await homeRoute(grown, language);
	const contentBefore = await contentSize(asIs);
	const contentAfter = await contentSize(grown);
	console.log(`Doubled ${doubled.count} content files of ${language}.`);
	console.log(`Content chunks of ${language}: ${kb(contentBefore)} → ${kb(contentAfter)} gzip`);
	console.log(
		`Home route in ${language}: ${before.rawTotal} → ${after.rawTotal} bytes (${kb(before.total)} → ${kb(after.total)} gzip)`
	);

	const failures = [];
	if (doubled.count === 0)
		failures.push(`no on-demand content file of ${language} was found to double`);
	if (contentAfter <= contentBefore)
		failures.push('the content chunks did not grow: the check measured nothing');
	if (after.rawTotal !== before.rawTotal) {
		failures.push('the home route changed size when the content grew');
	}
	if (failures.length > 0) {
		console.error(`Content growth check failed:\n- ${failures.join('\n- ')}`);
		process.exitCode = 1;
	} else {
		console.log('The home route does not grow with the content.');
	}
} finally {
	await rm(workDir, { recursive: true, force: true });
}
