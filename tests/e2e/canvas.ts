import type { Page } from '@playwright/test';

/** True once Chart.js has drawn something on the canvas (some pixel is not transparent). */
export async function hasDrawing(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
		if (canvas.width === 0 || canvas.height === 0) return false;
		const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
		return pixels?.some((value, index) => index % 4 === 3 && value > 0) ?? false;
	});
}
