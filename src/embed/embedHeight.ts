/**
 * The height an embedded view reports to the page around it, so the snippet's script can size
 * the iframe to its content. The height is not sensitive, so any page may read it ('*'); the
 * app never acts on messages it receives.
 */
import { heightMessageType, maxEmbedHeight, type HeightMessage } from './embedLink';

/** The message for a measured height, rounded up so the content never needs a scroll bar. */
export function heightMessage(measured: number): HeightMessage {
	return { type: heightMessageType, height: Math.min(Math.ceil(measured), maxEmbedHeight) };
}

/**
 * Posts the element's height to the parent window now and whenever it changes. Returns the
 * teardown. Does nothing outside a frame.
 */
export function reportHeight(element: HTMLElement): () => void {
	if (window.parent === window) return () => {};
	let last = 0;
	const post = () => {
		const message = heightMessage(element.getBoundingClientRect().height);
		if (message.height === last) return;
		last = message.height;
		window.parent.postMessage(message, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(element);
	post();
	return () => observer.disconnect();
}
