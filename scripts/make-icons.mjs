// Makes the app's icons from one source image, static/favicon.svg, with
// @vite-pwa/assets-generator (sharp): the 64, 192 and 512 px icons, maskable 192 and 512 px ones,
// the Apple touch icon and favicon.ico, in static/icons/. Run `npm run icons` after changing
// the source; the PNG files are committed, so building needs no image library.
import { readFile, mkdir } from 'node:fs/promises';
import { instructions } from '@vite-pwa/assets-generator/api/instructions';
import { generateAssets } from '@vite-pwa/assets-generator/api/generate-assets';

const source = 'static/favicon.svg';
const folder = 'static/icons';
// The brand colour of the source image's tile: maskable and Apple icons are cropped by the
// system, so their background is the tile's colour rather than transparent.
const tile = '#a23b12';

const assets = await instructions({
	imageResolver: () => readFile(source),
	imageName: source,
	preset: {
		transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
		maskable: { sizes: [192, 512], padding: 0.2, resizeOptions: { background: tile } },
		apple: { sizes: [180], padding: 0.15, resizeOptions: { background: tile } }
	},
	faviconPreset: '2023',
	htmlLinks: { xhtml: false, includeId: false },
	basePath: './icons/',
	resolveSvgName: (name) => name
});

await mkdir(folder, { recursive: true });
await generateAssets(assets, true, folder, (message) => console.log(message));
