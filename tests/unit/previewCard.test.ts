import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobIds } from '../../src/jobs/jobs';
import { languages } from '../../src/lib/i18n/languages';
import { previewCardHtml } from '../../src/share/previewCard';
import { previewImagePath, previewImageSize } from '../../src/share/previewPage';

/** Messaging apps fetch the card on a phone (scripts/make-preview-images.mjs keeps to it too). */
const maxBytes = 80 * 1024;

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The width and height in a PNG's header (its first chunk, IHDR), or null when it is no PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
	const isPng =
		pngSignature.every((byte, index) => bytes[index] === byte) &&
		bytes.toString('latin1', 12, 16) === 'IHDR';
	return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null;
}

describe('previewCardHtml', () => {
	it('shows the texts escaped, in the language of the card', () => {
		const html = previewCardHtml({
			language: 'fr',
			appName: 'A & B',
			jobName: '<b>SEO</b>',
			summary: 'Il dit "bonjour".',
			appStylesheet: ':root { --accent: #a23b12; }',
			iconSvg: '<svg></svg>'
		});
		const card = new DOMParser().parseFromString(html, 'text/html');
		expect(card.documentElement.lang).toBe('fr');
		expect(card.querySelector('h1')?.textContent).toBe('<b>SEO</b>');
		expect(card.querySelector('b')).toBeNull();
		expect(card.body.textContent).toContain('A & B');
		expect(card.body.textContent).toContain('Il dit "bonjour".');
	});
});

describe('pngSize', () => {
	it('reads a PNG header and refuses anything else', () => {
		const header = Buffer.alloc(24);
		Buffer.from(pngSignature).copy(header);
		header.write('IHDR', 12, 'latin1');
		header.writeUInt32BE(1200, 16);
		header.writeUInt32BE(630, 20);
		expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
		expect(pngSize(Buffer.from('GIF89a and more bytes than that'))).toBeNull();
	});
});

describe('the preview card images', () => {
	const images = languages.flatMap((language) =>
		jobIds.map((jobId) => previewImagePath(language, jobId))
	);

	it.each(images)('static/%s is a 1200 × 630 PNG, small enough', async (path) => {
		const bytes = await readFile(join(process.cwd(), 'static', path));
		expect(pngSize(bytes)).toEqual(previewImageSize);
		expect(bytes.length).toBeLessThanOrEqual(maxBytes);
	});
});
