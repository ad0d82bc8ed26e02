/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readdirSync, readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import { classicScript } from './scripts/classic-script.mjs';
import { previewPages } from './scripts/preview-pages-plugin.mjs';
import { appleTouchIcon, manifestFile, webManifest } from './src/pwa/webManifest.ts';
import type { Language } from './src/lib/i18n/languages.ts';

/**
 * Writes dist/.vite/chunks.json: each chunk's modules and imports, so scripts/check-size.mjs
 * can tell what the home route loads and whether a library slipped into it.
 */
function chunkReport(): Plugin {
	return {
		name: 'chunk-report',
		apply: 'build',
		generateBundle(_options, bundle) {
			const chunks = Object.values(bundle)
				.filter((output) => output.type === 'chunk')
				.map((chunk) => ({
					fileName: chunk.fileName,
					name: chunk.name,
					isEntry: chunk.isEntry,
					imports: chunk.imports,
					dynamicImports: chunk.dynamicImports,
					css: [...(chunk.viteMetadata?.importedCss ?? [])],
					modules: Object.keys(chunk.modules).map((id) => id.replace(process.cwd(), ''))
				}));
			this.emitFile({
				type: 'asset',
				fileName: '.vite/chunks.json',
				source: JSON.stringify(chunks, null, 1)
			});
		}
	};
}

/** The content security policy of the built app (the dev server's hot reload needs inline styles). */
export const contentSecurityPolicy = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"manifest-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'"
].join('; ');

/** Puts the content security policy in a meta tag of the built index.html. */
function contentSecurityPolicyMeta(): Plugin {
	return {
		name: 'content-security-policy-meta',
		apply: 'build',
		transformIndexHtml: () => [
			{
				tag: 'meta',
				attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
				injectTo: 'head-prepend'
			}
		]
	};
}

/**
 * The files to preload for the named lazy chunks: each chunk, the chunks it imports
 * statically (recursively), and their stylesheets.
 */
function preloadsFor(
	names: string[],
	bundle: Record<string, Rolldown.OutputChunk | Rolldown.OutputAsset>
): Array<{ fileName: string; isCss: boolean }> {
	const chunks = new Map(
		Object.values(bundle)
			.filter((output) => output.type === 'chunk')
			.map((chunk) => [chunk.fileName, chunk])
	);
	const files = new Map<string, boolean>();
	const visit = (chunk: Rolldown.OutputChunk | undefined) => {
		if (!chunk || files.has(chunk.fileName)) return;
		files.set(chunk.fileName, false);
		chunk.viteMetadata?.importedCss.forEach((css) => files.set(css, true));
		chunk.imports.forEach((file) => visit(chunks.get(file)));
	};
	// The entry and what it imports are in the page already.
	[...chunks.values()].filter((chunk) => chunk.isEntry).forEach(visit);
	const inPage = new Set(files.keys());
	[...chunks.values()].filter((chunk) => names.includes(chunk.name)).forEach(visit);
	return [...files]
		.filter(([fileName]) => !inPage.has(fileName))
		.map(([fileName, isCss]) => ({ fileName, isCss }));
}

/**
 * Adds <link rel="modulepreload"> (and stylesheets) for chunks every first screen needs but
 * imports lazily: the app itself and the i18n library. They download beside the small entry,
 * which meanwhile starts fetching the first view's text, and they run in tasks of their own.
 */
function preloadLazyChunks(names: string[]): Plugin {
	return {
		name: 'preload-lazy-chunks',
		apply: 'build',
		transformIndexHtml: {
			order: 'post',
			handler: (_html, context) =>
				preloadsFor(names, context.bundle ?? {}).map(({ fileName, isCss }) => ({
					tag: 'link',
					attrs: isCss
						? { rel: 'stylesheet', crossorigin: true, href: `./${fileName}` }
						: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
					injectTo: 'head' as const
				}))
		}
	};
}

/**
 * Writes one web app manifest per language (their texts: `app` in locales/{lang}/ui.json)
 * and links the French one, the page's first language, from
 * index.html with the Apple touch icon. The app points the link at the language on screen.
 */
function webManifests(): Plugin {
	return {
		name: 'web-manifests',
		apply: 'build',
		generateBundle() {
			// One per language folder (locales/fr, locales/en).
			for (const language of readdirSync('locales') as Language[]) {
				const texts = JSON.parse(readFileSync(`locales/${language}/ui.json`, 'utf8')).app;
				this.emitFile({
					type: 'asset',
					fileName: manifestFile(language),
					source: JSON.stringify(webManifest(language, texts), null, '\t')
				});
			}
		},
		transformIndexHtml: () => [
			{
				tag: 'link',
				attrs: { rel: 'manifest', href: `./${manifestFile('fr')}` },
				injectTo: 'head'
			},
			{
				tag: 'link',
				attrs: { rel: 'apple-touch-icon', href: `./${appleTouchIcon}` },
				injectTo: 'head'
			}
		]
	};
}

/**
 * The service worker (Workbox, generated by vite-plugin-pwa): precaches the app, both
 * languages' texts and content, the Chart.js chunk, the icons and the link-preview pages (so a
 * personal link opens offline too). Left out: the preview cards (for messaging apps'
 * crawlers), the blog's embed script and the build report. New versions wait for the reader
 * (src/pwa/UpdatePrompt.svelte).
 */
const serviceWorker = VitePWA({
	registerType: 'prompt',
	injectRegister: false,
	manifest: false,
	filename: 'sw.js',
	workbox: {
		globPatterns: ['**/*.{html,js,css,svg,png,ico,webmanifest}'],
		globIgnores: ['previews/**', 'embed.js', '.vite/**'],
		// Routes live in the hash: every page of the app is index.html.
		navigateFallback: 'index.html',
		cleanupOutdatedCaches: true,
		// On the first visit, the new worker takes charge of the open page at once, so a network
		// lost later in that visit loses nothing. Updates still wait for the reader to accept.
		clientsClaim: true
	}
});

export default defineConfig({
	// Relative asset URLs let the same build run from a domain root or any sub-folder.
	base: './',
	publicDir: 'static',
	plugins: [
		svelte(),
		svelteTesting(),
		chunkReport(),
		contentSecurityPolicyMeta(),
		preloadLazyChunks(['mountApp', 'svelteI18n']),
		// Static pages for link previews; SITE_URL makes their image URLs absolute (see README).
		// The embed snippet's script, for the blog pages around the app's iframes.
		classicScript('src/embed/hostScript.ts', 'embed.js'),
		previewPages({ contentSecurityPolicy, siteUrl: process.env.SITE_URL }),
		webManifests(),
		serviceWorker
	],
	build: {
		target: 'es2022',
		modulePreload: { polyfill: false },
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// The Svelte runtime, named so reports say what it is.
							debugName: 'svelte',
							name: (moduleId) => (/\/node_modules\/svelte\//.test(moduleId) ? 'svelte' : null)
						},
						{
							// One chunk per language for the text every view needs (locales/{lang}/*.json),
							// named after the language so budgets and tests can tell them apart.
							debugName: 'locales',
							name: (moduleId) => {
								const locale = /\/locales\/(\w+)\/[\w-]+\.json$/.exec(moduleId);
								return locale ? `locale-${locale[1]}` : null;
							}
						},
						{
							// The text module and the view heading every first screen needs: one chunk, not
							// two, whichever lazy views import them.
							debugName: 'ViewHeading',
							name: (moduleId) =>
								/\/src\/lib\/(i18n\/i18n\.ts|view\/ViewHeading\.svelte)/.test(moduleId)
									? 'ViewHeading'
									: null,
							includeDependenciesRecursively: false
						},
						{
							// Small modules several views share (glossary words in texts, links, the step
							// reveal and near-screen watch) travel together: left alone, each becomes a chunk of its
							// own, and every extra request slows a job page's first screen.
							debugName: 'view-shared',
							name: (moduleId) =>
								/\/src\/(glossary\/(TermText|TermPopover|termMarks|glossaryText|popoverPosition|terms|glossaryQuery)|lib\/view\/(stepReveal|nearScreen)|lib\/share\/)/.test(
									moduleId
								)
									? 'view-shared'
									: null,
							// Only these modules: their own imports (i18n, the router) stay where they are.
							includeDependenciesRecursively: false
						},
						{
							// Each content file (locales/{lang}/{folder}/{name}.json) is its own chunk,
							// loaded only by the views that show it.
							debugName: 'content',
							name: (moduleId) => {
								const content = /\/locales\/(\w+)\/([\w-]+)\/([\w-]+)\.json$/.exec(moduleId);
								return content ? `content-${content[1]}-${content[2]}-${content[3]}` : null;
							}
						}
					]
				}
			}
		}
	},
	test: {
		environment: 'jsdom',
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		// vite-plugin-pwa's virtual module exists only in builds.
		alias: { 'virtual:pwa-register': '/tests/unit/mocks/pwaRegister.ts' },
		restoreMocks: true,
		expect: { requireAssertions: true }
	}
});
