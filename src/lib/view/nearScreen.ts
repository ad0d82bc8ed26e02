/**
 * Calls `onNear` once, when `element` comes within `margin` of the screen: work a reader may
 * never scroll to (a chart, the glossary under a job page) waits until it is almost in view.
 * Returns a function that stops watching. Without IntersectionObserver (very old browsers,
 * tests without layout) it calls at once, so nothing is ever left out.
 */
export function whenNearScreen(element: Element, onNear: () => void, margin = '300px'): () => void {
	if (typeof IntersectionObserver === 'undefined') {
		onNear();
		return () => {};
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			onNear();
		},
		{ rootMargin: `${margin} 0px` }
	);
	observer.observe(element);
	return () => observer.disconnect();
}

/** The same as an attachment: `<section {@attach nearScreen(() => (near = true))}>`. */
export function nearScreen(onNear: () => void, margin?: string): (element: Element) => () => void {
	return (element) => whenNearScreen(element, onNear, margin);
}
