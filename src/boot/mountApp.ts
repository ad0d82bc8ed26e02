import { mount } from 'svelte';
import App from '../App.svelte';

/** Replaces the no-JavaScript fallback in `target` with the app. */
export function mountApp(target: HTMLElement): void {
	target.replaceChildren();
	mount(App, { target });
}
