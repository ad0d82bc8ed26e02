import { onMount } from 'svelte';

/**
 * Counts from 0 up to `total`, one step per task once the component has mounted. A long view
 * shows its top at once and the rest part by part, in short tasks a slow phone keeps up with.
 * `total` may be a function, read at each step, when it can change meanwhile.
 * Call it while a component initialises.
 */
export function stepReveal(total: number | (() => number)): { readonly shown: number } {
	const steps = typeof total === 'function' ? total : () => total;
	let shown = $state(0);
	onMount(() => {
		let timer: ReturnType<typeof setTimeout>;
		const next = () => {
			shown += 1;
			if (shown < steps()) timer = setTimeout(next);
		};
		timer = setTimeout(next);
		return () => clearTimeout(timer);
	});
	return {
		get shown() {
			return shown;
		}
	};
}

/** How many items a list shows per task when it fills in step by step. */
export const itemsPerStep = 2;

/**
 * A list's items, a couple per task once the component has mounted (see stepReveal): a
 * section with eight entries never builds them all in one go. Read `.items` in the markup.
 */
export function revealItems<T>(items: () => readonly T[]): { readonly items: readonly T[] } {
	const reveal = stepReveal(() => Math.ceil(items().length / itemsPerStep));
	return {
		get items() {
			return items().slice(0, reveal.shown * itemsPerStep);
		}
	};
}
