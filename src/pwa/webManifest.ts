/**
 * The web app manifests, one per language (`manifest.fr.webmanifest`…), written by the build
 * (see vite.config.ts). Every URL in them is relative to the manifest, which sits beside
 * index.html, so the installed app works from a domain root or from a blog's sub-folder.
 */
import type { Language } from '../lib/i18n/languages';

/** The texts of a manifest: `ui.app` in locales/{lang}/ui.json. */
export interface ManifestTexts {
	name: string;
	shortName: string;
	description: string;
}

/** The icons made by `npm run icons` (scripts/make-icons.mjs), in static/icons/. */
export const manifestIcons = [
	{ src: 'icons/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
	{ src: 'icons/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
	{ src: 'icons/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
	{
		src: 'icons/maskable-icon-192x192.png',
		sizes: '192x192',
		type: 'image/png',
		purpose: 'maskable'
	},
	{
		src: 'icons/maskable-icon-512x512.png',
		sizes: '512x512',
		type: 'image/png',
		purpose: 'maskable'
	}
] as const;

/** The Apple touch icon, linked from index.html: iPhones and iPads prefer it to the manifest's. */
export const appleTouchIcon = 'icons/apple-touch-icon-180x180.png';

/** The file name of a language's manifest. */
export function manifestFile(language: Language): string {
	return `manifest.${language}.webmanifest`;
}

/** The manifest of one language. */
export function webManifest(language: Language, texts: ManifestTexts) {
	return {
		// One app whatever the language it was installed in: the same id and start.
		id: './',
		name: texts.name,
		short_name: texts.shortName,
		description: texts.description,
		lang: language,
		dir: 'ltr',
		// The app opens in the language chosen last (saved), or the phone's.
		start_url: './',
		scope: './',
		display: 'standalone',
		theme_color: '#fffaf3',
		background_color: '#fffaf3',
		categories: ['education'],
		icons: manifestIcons
	};
}
