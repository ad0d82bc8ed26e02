/**
 * The script a blog page loads with the embed snippet (`embed.js`, built on its own as a
 * classic script): it sets each embed's iframe to the height its content asks for. It only
 * listens to frames of this page, from the origin their `src` names, with a well-formed
 * height message; it never sends anything.
 */
import { frameHeightFrom } from './embedLink';

const loadedFlag = '__webJobsExplainedEmbeds';
const host = window as unknown as Record<string, unknown>;

// Two snippets on one page load the script twice: one listener is enough.
if (!host[loadedFlag]) {
	host[loadedFlag] = true;
	window.addEventListener('message', (event) => {
		for (const frame of document.querySelectorAll('iframe')) {
			const height = frameHeightFrom(event, frame, location.href);
			if (height !== null) frame.style.height = `${height}px`;
		}
	});
}
