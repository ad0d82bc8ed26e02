import { jobIds } from '../src/jobs/jobs';
import { languages, type Language } from '../src/lib/i18n/languages';

/** A route the browser checks visit: its hash and a short name for reports. */
export interface AppRoute {
	name: string;
	/** The view it shows: routes of one view share their layout and code. */
	view: string;
	hash: string;
	language: Language;
}

/** Every view that exists, in one language: each feature adds its routes here when it lands. */
export function routesIn(language: Language): AppRoute[] {
	return [
		{ name: 'home', view: 'home', hash: `#/${language}`, language },
		...jobIds.map((jobId) => ({
			name: `job ${jobId}`,
			view: 'job',
			hash: `#/${language}/jobs/${jobId}`,
			language
		})),
		{ name: 'about', view: 'about', hash: `#/${language}/about`, language },
		{
			name: 'compare',
			view: 'compare',
			hash: `#/${language}/compare?jobs=media-buyer,community-manager`,
			language
		},
		{ name: 'compare picker', view: 'compare-picker', hash: `#/${language}/compare`, language },
		{ name: 'glossary', view: 'glossary', hash: `#/${language}/glossary`, language },
		// An opened entry: same view and code as the list, so the slow checks skip it.
		{ name: 'glossary entry', view: 'glossary', hash: `#/${language}/glossary/hashtag`, language },
		{ name: 'quiz', view: 'quiz', hash: `#/${language}/quiz`, language },
		{ name: 'share', view: 'share', hash: `#/${language}/share`, language },
		{
			// A personal link: the job page with a greeting, a message and a second job.
			name: 'personal job link',
			view: 'job-personal',
			hash: `#/${language}/jobs/community-manager?from=Julie&msg=${encodeURIComponent('Coucou !\nÀ dimanche.')}&also=seo`,
			language
		},
		// Embeds: one chunk for every kind, so the slow checks take the first one only.
		{ name: 'embed job', view: 'embed', hash: `#/${language}/embed/job/seo`, language },
		{
			name: 'embed term',
			view: 'embed',
			hash: `#/${language}/embed/term/hashtag?theme=dark`,
			language
		},
		{ name: 'embed chart', view: 'embed', hash: `#/${language}/embed/chart/smo`, language },
		{
			name: 'embed quiz',
			view: 'embed',
			hash: `#/${language}/embed/quiz/seo?theme=light`,
			language
		},
		{ name: 'not-found', view: 'not-found', hash: `#/${language}/no-such-page`, language }
	];
}

/** Every view in every language. */
export const allRoutes: AppRoute[] = languages.flatMap(routesIn);

/** The first route of each view in every language, for checks too slow to run on every route. */
export const oneRoutePerView: AppRoute[] = allRoutes.filter(
	(route, index) =>
		allRoutes.findIndex(
			(other) => other.view === route.view && other.language === route.language
		) === index
);
