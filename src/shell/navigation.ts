import type { Route } from '../lib/router/route';

/** One entry of the main navigation. Features add theirs here when they land. */
export interface NavigationItem {
	/** Locale key of the link text. */
	labelKey: string;
	/** Path after the language, e.g. `[]` for home or `['glossary']`. */
	path: string[];
	/** Whether the entry is the current section for a route (drives aria-current). */
	isCurrent: (route: Route) => boolean;
}

/** The main navigation, in display order. */
export const navigationItems: NavigationItem[] = [
	{
		labelKey: 'ui.nav.jobs',
		path: [],
		isCurrent: (route) => route.view === 'home' || route.view === 'job'
	},
	{
		labelKey: 'ui.nav.compare',
		path: ['compare'],
		isCurrent: (route) => route.view === 'compare'
	},
	{
		labelKey: 'ui.nav.glossary',
		path: ['glossary'],
		isCurrent: (route) => route.view === 'glossary'
	},
	{
		labelKey: 'ui.nav.quiz',
		path: ['quiz'],
		isCurrent: (route) => route.view === 'quiz'
	},
	{
		labelKey: 'ui.nav.share',
		path: ['share'],
		isCurrent: (route) => route.view === 'share'
	}
];
