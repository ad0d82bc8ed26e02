/** Copying to the clipboard, which browsers may refuse (no permission, insecure page, old browser). */

/** The full address of an in-app hash, for sharing: the page's own address with that hash. */
export function linkTo(
	hash: string,
	location: { origin: string; pathname: string; search: string }
) {
	return `${location.origin}${location.pathname}${location.search}${hash}`;
}

/** Copies a text; resolves to false instead of throwing when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard?.writeText) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Whether the browser has a system share sheet (most phones; desktop browsers vary). */
export const hasShareSheet =
	typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/** Opens the share sheet; closing it or a refusal is not an error (a copy button stays beside it). */
export async function openShareSheet(data: ShareData): Promise<void> {
	try {
		await navigator.share(data);
	} catch {
		// Closed or refused.
	}
}
