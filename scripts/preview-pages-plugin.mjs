// The Vite plugin (build only) that writes the static link-preview pages, {lang}/jobs/{jobId}.html,
// and share-forward.js, the script that sends their visitors on to the app.
// It loads the TypeScript that makes the pages (src/share/previewPageFiles.ts) through Vite's
// module runner rather than importing it: the app's imports have no file extensions, and Vite 8
// warns on every build when the config imports a module that its future native loader could not.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, runnerImport } from 'vite';

/** @typedef {typeof import('../src/share/previewPageFiles')} PreviewPageFiles */

/**
 * Builds src/share/shareForward.ts alone into one small classic script.
 * @param {string} root @param {string} fileName @returns {Promise<string>}
 */
async function buildForwardScript(root, fileName) {
	const result = await build({
		configFile: false,
		root,
		publicDir: false,
		logLevel: 'warn',
		build: {
			write: false,
			target: 'es2022',
			lib: {
				entry: resolve(root, 'src/share/shareForward.ts'),
				formats: ['iife'],
				name: 'shareForward',
				fileName: () => fileName
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]).flatMap((bundle) =>
		'output' in bundle ? bundle.output : []
	);
	const script = outputs.find((output) => output.type === 'chunk');
	if (!script || script.type !== 'chunk') throw new Error('the forwarding script was not built');
	return script.code;
}

/**
 * @param {{ contentSecurityPolicy: string, siteUrl?: string | undefined }} options
 *   siteUrl (SITE_URL): where the app is published, to make image URLs absolute.
 * @returns {import('vite').Plugin}
 */
export function previewPages(options) {
	let root = process.cwd();
	let publicDir = '';
	return {
		name: 'preview-pages',
		apply: 'build',
		configResolved(config) {
			root = config.root;
			publicDir = config.publicDir;
		},
		async generateBundle() {
			const loaded = await runnerImport('/src/share/previewPageFiles.ts', {
				configFile: false,
				root,
				logLevel: 'warn'
			});
			const pages = /** @type {PreviewPageFiles} */ (loaded.module);
			const files = await pages.previewPageFiles({
				root,
				siteUrl: pages.checkedSiteUrl(options.siteUrl),
				contentSecurityPolicy: options.contentSecurityPolicy,
				iconPath: publicDir && existsSync(join(publicDir, 'favicon.svg')) ? 'favicon.svg' : null
			});
			for (const { fileName, source, imagePath } of files) {
				if (publicDir && !existsSync(join(publicDir, imagePath))) {
					this.warn(`${imagePath} is missing: run npm run previews`);
				}
				this.emitFile({ type: 'asset', fileName, source });
			}
			const fileName = pages.forwardScriptPath;
			this.emitFile({ type: 'asset', fileName, source: await buildForwardScript(root, fileName) });
		}
	};
}
