/**
 * The views that load with their route rather than with the app, keeping the first screen
 * light. Home and not-found ship with the app itself.
 */
export const viewModules = {
	job: () => import('../jobs/JobPage.svelte'),
	about: () => import('../about/AboutPage.svelte'),
	compare: () => import('../compare/ComparePage.svelte'),
	glossary: () => import('../glossary/GlossaryPage.svelte'),
	quiz: () => import('../quiz/QuizPage.svelte'),
	share: () => import('../share/SharePage.svelte'),
	embed: () => import('../embed/EmbedView.svelte')
};

/** A view that has its own chunk. */
export type LazyView = keyof typeof viewModules;

/** True when a view loads on demand. */
export function isLazyView(view: string): view is LazyView {
	return Object.hasOwn(viewModules, view);
}

/**
 * Parts of the shell that load once the first view is up, each in its own chunk: installing
 * the app (in the footer) and the update prompt (which registers the service worker).
 */
export const laterParts = {
	installApp: () => import('../pwa/InstallApp.svelte'),
	updatePrompt: () => import('../pwa/UpdatePrompt.svelte')
};
