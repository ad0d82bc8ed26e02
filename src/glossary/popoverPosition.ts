/** Where a small box opened from a word goes: under the word, or above it when there is no room. */

interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** The space the box may use: the visible part of the page, in page coordinates. */
export interface Viewport {
	scrollX: number;
	scrollY: number;
	width: number;
	height: number;
}

/** Space kept between the box, the word and the screen's edges, in CSS pixels. */
const gap = 6;

/**
 * The box's page position for a word at `anchor` (viewport coordinates, as from
 * getBoundingClientRect): left-aligned with the word, kept inside the screen, below the word
 * unless it fits only above.
 */
export function popoverPosition(
	anchor: Box,
	size: { width: number; height: number },
	viewport: Viewport
): { left: number; top: number } {
	const maxLeft = Math.max(gap, viewport.width - size.width - gap);
	const left = Math.min(Math.max(anchor.left, gap), maxLeft);
	const below = anchor.top + anchor.height + gap;
	const above = anchor.top - gap - size.height;
	const fitsBelow = below + size.height <= viewport.height - gap;
	const top = fitsBelow || above < gap ? below : above;
	return { left: left + viewport.scrollX, top: top + viewport.scrollY };
}
