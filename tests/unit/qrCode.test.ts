import { describe, expect, it } from 'vitest';
import { drawQrCode, modulesToPath } from '../../src/share/qrCode';

describe('modulesToPath', () => {
	it.each([
		[[[false, false]], ''],
		[[[true]], 'M0 0h1v1h-1z'],
		[[[true, true, false, true]], 'M0 0h2v1h-2zM3 0h1v1h-1z'],
		[
			[
				[false, true],
				[true, true]
			],
			'M1 0h1v1h-1zM0 1h2v1h-2z'
		]
	])('draws %j as %s', (rows, expected) => {
		expect(modulesToPath(rows)).toBe(expected);
	});
});

describe('drawQrCode', () => {
	it('draws a link with its quiet zone', () => {
		const drawing = drawQrCode('https://example.org/fr/jobs/seo.html#from=Julie');
		expect(drawing).not.toBeNull();
		// Version 3 or 4 at level M is 29 or 33 modules, plus 4 of quiet zone on each side.
		expect([37, 41]).toContain(drawing!.size);
		expect(drawing!.path).toMatch(/^M4 4h7v1h-7z/);
	});

	it('grows with the text, and gives up past what a QR code holds', () => {
		const short = drawQrCode('https://example.org/')!;
		const long = drawQrCode(`https://example.org/#${'%C3%A9'.repeat(200)}`)!;
		expect(long.size).toBeGreaterThan(short.size);
		expect(drawQrCode('x'.repeat(5000))).toBeNull();
	});
});
