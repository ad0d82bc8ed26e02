/**
 * A QR code as one SVG path, drawn in the page from the `uqr` encoder (no network, no markup
 * strings: the component sets the path's `d` attribute).
 */
import { encode } from 'uqr';

/** A QR code ready to draw: its side in modules (quiet zone included) and its dark modules as a path. */
export interface QrDrawing {
	size: number;
	path: string;
}

/** The quiet zone around the code, in modules: the four the standard asks for. */
const quietZone = 4;

/** Turns rows of dark (true) and light modules into a path, one rectangle per run of dark modules. */
export function modulesToPath(rows: readonly (readonly boolean[])[]): string {
	const parts: string[] = [];
	rows.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	});
	return parts.join('');
}

/**
 * The QR code of a text (a link), with medium error correction when it fits, else low.
 * Null when the text is too long for any QR code.
 */
export function drawQrCode(text: string): QrDrawing | null {
	for (const ecc of ['M', 'L'] as const) {
		try {
			const code = encode(text, { ecc, border: quietZone });
			return { size: code.size, path: modulesToPath(code.data) };
		} catch {
			// Too long at this level: try the next one.
		}
	}
	return null;
}
