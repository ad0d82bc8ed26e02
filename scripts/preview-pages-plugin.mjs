// The Vite plugin (build only) that writes the static link-preview pages, {lang}/jobs/{jobId}.html,
// and share-forward.js, the script that sends their visitors on to the app.
// It loads the TypeScript that makes the pages (src/share/previewPageFiles.ts) through Vite's
// module runner rather than importing it: the app's imports have no file extensions, and Vite 8
// warns on every build when the config imports a module that its future native loader could not.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { buildClassicScript } from './classic-script.mjs';

/** @typedef {typeof import('../src/share/previewPageFiles')} PreviewPageFiles */

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
			this.emitFile({
				type: 'asset',
				fileName,
				source: await buildClassicScript(root, 'src/share/shareForward.ts', fileName)
			});
		}
	};
}
