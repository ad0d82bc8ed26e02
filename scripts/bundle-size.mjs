// What the home route loads, measured on a production build (used by check-size and check-content-growth).
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {{ fileName: string, name: string, isEntry: boolean, imports: string[],
 *   dynamicImports: string[], css: string[], modules: string[] }} ChunkInfo
 */

/** @param {string} dir @returns {Promise<ChunkInfo[]>} */
export async function readChunks(dir) {
	return JSON.parse(await readFile(join(dir, '.vite/chunks.json'), 'utf8'));
}

/** @param {string} dir @param {string} file */
export async function gzipSize(dir, file) {
	return gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
}

/**
 * The chunks a chunk needs before it runs: itself and its static imports, recursively.
 * @param {ChunkInfo[]} chunks @param {string[]} roots
 */
export function staticClosure(chunks, roots) {
	const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
	/** @type {Map<string, ChunkInfo>} */
	const seen = new Map();
	const visit = (/** @type {string} */ file) => {
		const chunk = byFile.get(file);
		if (!chunk || seen.has(file)) return;
		seen.set(file, chunk);
		chunk.imports.forEach(visit);
	};
	roots.forEach(visit);
	return [...seen.values()];
}

/**
 * The files index.html loads itself: its module script, preloaded modules and stylesheets.
 * @param {string} dir
 */
export async function filesLoadedByPage(dir) {
	const html = await readFile(join(dir, 'index.html'), 'utf8');
	const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
	return tags
		.filter((tag) => /type="module"|rel="(?:modulepreload|stylesheet)"/.test(tag))
		.map((tag) => /(?:src|href)="\.?\/?([^"]+)"/.exec(tag)?.[1] ?? '')
		.filter((file) => file !== '');
}

/**
 * The JavaScript and CSS the home route needs in one language: what index.html loads (the
 * entry, preloaded chunks, CSS) with their static imports, plus that language's text chunk.
 * @param {string} dir @param {string} language
 */
export async function homeRoute(dir, language) {
	const chunks = await readChunks(dir);
	const languageChunk = chunks.find((chunk) => chunk.name === `locale-${language}`);
	if (!languageChunk) throw new Error(`no text chunk for ${language} in ${dir}`);
	const pageFiles = await filesLoadedByPage(dir);
	const closure = staticClosure(chunks, [...pageFiles, languageChunk.fileName]);
	const files = [
		...new Set([...pageFiles, ...closure.map((c) => c.fileName), ...closure.flatMap((c) => c.css)])
	];
	const sizes = await Promise.all(files.map(async (file) => [file, await gzipSize(dir, file)]));
	const rawSizes = await Promise.all(files.map((file) => fileSize(dir, file)));
	return {
		files: /** @type {Array<[string, number]>} */ (sizes),
		total: sizes.reduce((sum, [, size]) => sum + Number(size), 0),
		/** Uncompressed bytes: equal when only hashed file names inside the code changed. */
		rawTotal: rawSizes.reduce((sum, size) => sum + size, 0),
		modules: closure.flatMap((chunk) => chunk.modules)
	};
}

/** Every file under dir, relative to it. @param {string} dir @returns {Promise<string[]>} */
export async function listFiles(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** @param {string} dir @param {string} file */
export async function fileSize(dir, file) {
	return (await stat(join(dir, file))).size;
}

/** @param {number} bytes */
export function kb(bytes) {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
