// Makes the link-preview cards, static/previews/{lang}/{jobId}.png (1200 × 630), one per
// language and job: `npm run previews`. Renders src/share/previewCard.ts in Debian's Chromium
// (CHROME_PATH to use another) and screenshots it. Run it after changing a job's name or
// summary, and commit the images: builds and CI only copy them.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';

/** Messaging apps fetch the image on a phone: keep each card small. */
const maxBytes = 80 * 1024;

const root = process.cwd();
/** @param {string} id */
const load = async (id) =>
	(await runnerImport(id, { configFile: false, root, logLevel: 'warn' })).module;
const pages = /** @type {typeof import('../src/share/previewPageFiles')} */ (
	await load('/src/share/previewPageFiles.ts')
);
const page = /** @type {typeof import('../src/share/previewPage')} */ (
	await load('/src/share/previewPage.ts')
);
const card = /** @type {typeof import('../src/share/previewCard')} */ (
	await load('/src/share/previewCard.ts')
);
const browser = /** @type {typeof import('../tests/chromium')} */ (
	await load('/tests/chromium.ts')
);

const appStylesheet = await readFile(join(root, 'src/app.css'), 'utf8');
const iconSvg = await readFile(join(root, 'static/favicon.svg'), 'utf8');

const chromiumBrowser = await chromium.launch({
	executablePath: browser.chromiumPath,
	args: browser.quietChromiumFlags
});
const failures = [];
try {
	const tab = await chromiumBrowser.newPage({
		viewport: page.previewImageSize,
		deviceScaleFactor: 1,
		colorScheme: 'light'
	});
	for (const { language, jobId, texts } of await pages.previewTexts(root)) {
		await tab.setContent(card.previewCardHtml({ ...texts, language, appStylesheet, iconSvg }));
		// A long name or summary gets smaller type rather than spilling off the card.
		await tab.evaluate(() => {
			const box = /** @type {HTMLElement} */ (document.querySelector('.card'));
			const job = /** @type {HTMLElement} */ (document.querySelector('.job'));
			const summary = /** @type {HTMLElement} */ (document.querySelector('.summary'));
			const shrink = (/** @type {HTMLElement} */ element, /** @type {number} */ least) => {
				const size = parseFloat(getComputedStyle(element).fontSize);
				if (size <= least) return false;
				element.style.fontSize = `${size - 2}px`;
				return true;
			};
			while (box.scrollHeight > box.clientHeight && (shrink(job, 64) || shrink(summary, 30)));
		});
		const file = join(root, 'static', page.previewImagePath(language, jobId));
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, await tab.screenshot({ type: 'png' }));
		const { size } = await stat(file);
		console.log(`${(size / 1024).toFixed(1).padStart(6)} KB  ${file.slice(root.length + 1)}`);
		if (size > maxBytes) failures.push(`${file} is over ${maxBytes / 1024} KB`);
	}
} finally {
	await chromiumBrowser.close();
}
if (failures.length > 0) {
	console.error(failures.join('\n'));
	process.exit(1);
}
