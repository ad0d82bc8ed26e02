/**
 * The script a blog page loads with the embed snippet (`embed.js`, built on its own as a
 * classic script): it sets each embed's iframe to the height its content asks for. It only
 * listens to frames of this page, from the origin their `src` names, with a well-formed
 * height message; it never sends anything.
 */
import { isHeightMessage } from './embedLink';

const loadedFlag = '__webJobsExplainedEmbeds';
const host = window as unknown as Record<string, unknown>;

// Two snippets on one page load the script twice: one listener is enough.
if (!host[loadedFlag]) {
	host[loadedFlag] = true;
	window.addEventListener('message', (event) => {
		if (!isHeightMessage(event.data)) return;
		for (const frame of document.querySelectorAll('iframe')) {
			if (frame.contentWindow !== event.source) continue;
			let origin: string;
			try {
				origin = new URL(frame.src, location.href).origin;
			} catch {
				return;
			}
			if (origin === event.origin) frame.style.height = `${event.data.height}px`;
			return;
		}
	});
}
