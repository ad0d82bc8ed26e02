import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (target) {
	// Clear the no-JavaScript fallback before the app takes over.
	target.replaceChildren();
	mount(App, { target });
}
