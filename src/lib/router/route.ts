import { isLanguage, type Language } from '../i18n/languages';
import { isJobId, type JobId } from '../../jobs/jobIds';

/** Query parameters carried after the path inside the hash (`#/fr/jobs/seo?from=Julie`). */
export type Query = Readonly<Record<string, string>>;

/** What a URL hash asks the app to show. */
export type Route =
	| { view: 'start' }
	| { view: 'home'; language: Language; query: Query }
	| { view: 'job'; language: Language; jobId: JobId; query: Query }
	| { view: 'about'; language: Language; query: Query }
	| { view: 'compare'; language: Language; query: Query }
	| { view: 'quiz'; language: Language; query: Query }
	| { view: 'share'; language: Language; query: Query }
	| {
			view: 'embed';
			language: Language;
			/** What is embedded and its id, unchecked: src/embed/embedLink.ts reads them. */
			kind: string;
			id: string | null;
			query: Query;
	  }
	| {
			view: 'glossary';
			language: Language;
			/** The entry the link asks for, unchecked: the glossary knows its terms. */
			term: string | null;
			query: Query;
	  }
	| { view: 'not-found'; language: Language | null; query: Query };

/** The longest hash the router reads; anything longer is treated as unknown. */
const maxHashLength = 4096;

/** Reads a location hash (with or without `#`) into a route. Never throws. */
export function parseRoute(hash: string): Route {
	const { raw, path, search } = splitHash(hash);
	if (raw === '' || raw === '/') return { view: 'start' };
	if (raw.length > maxHashLength) return { view: 'not-found', language: null, query: {} };

	const query = parseQuery(search ?? '');
	const segments = decodeSegments(path);
	if (!segments) return { view: 'not-found', language: null, query };

	const [first, ...rest] = segments;
	if (!isLanguage(first)) return { view: 'not-found', language: null, query };
	const language = first;

	if (rest.length === 0) return { view: 'home', language, query };
	if (rest.length === 1 && rest[0] === 'about') return { view: 'about', language, query };
	if (rest.length === 1 && rest[0] === 'compare') return { view: 'compare', language, query };
	if (rest.length === 1 && rest[0] === 'quiz') return { view: 'quiz', language, query };
	if (rest.length === 1 && rest[0] === 'share') return { view: 'share', language, query };
	if (rest[0] === 'embed' && (rest.length === 2 || rest.length === 3)) {
		return { view: 'embed', language, kind: rest[1]!, id: rest[2] ?? null, query };
	}
	if (rest[0] === 'glossary' && rest.length <= 2) {
		return { view: 'glossary', language, term: rest[1] ?? null, query };
	}
	if (rest.length === 2 && rest[0] === 'jobs' && isJobId(rest[1])) {
		return { view: 'job', language, jobId: rest[1], query };
	}
	return { view: 'not-found', language, query };
}

/** A hash without its `#` (raw), cut into the path and what follows `?` (null when no `?`). */
function splitHash(hash: string): { raw: string; path: string; search: string | null } {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	const queryStart = raw.indexOf('?');
	return queryStart === -1
		? { raw, path: raw, search: null }
		: { raw, path: raw.slice(0, queryStart), search: raw.slice(queryStart + 1) };
}

function decodeSegments(path: string): string[] | null {
	const parts = path.split('/').filter((part) => part !== '');
	try {
		return parts.map((part) => decodeURIComponent(part));
	} catch {
		return null;
	}
}

function parseQuery(search: string): Query {
	const query: Record<string, string> = {};
	try {
		for (const [key, value] of new URLSearchParams(search)) {
			// The first value wins, so a repeated key cannot override what a link already said.
			if (!Object.hasOwn(query, key)) query[key] = value;
		}
	} catch {
		return {};
	}
	return query;
}

/** The hash of a route, for links: `routeHash('fr', 'jobs', 'seo')` is `#/fr/jobs/seo`. */
export function routeHash(language: Language, ...path: string[]): string {
	return ['#', language, ...path.map((part) => encodeURIComponent(part))].join('/');
}

/**
 * The same route in another language, keeping the path and query, for the language switch.
 * A hash whose language is unknown keeps the rest of its path.
 */
export function hashInLanguage(hash: string, language: Language): string {
	const { path, search } = splitHash(hash);
	const segments = path.split('/').filter((part) => part !== '');
	if (segments.length === 0) return routeHash(language);
	return `#/${[language, ...segments.slice(1)].join('/')}${search === null ? '' : `?${search}`}`;
}

/** A key that changes when the view changes but not when only the language does. */
export function viewKey(route: Route): string {
	switch (route.view) {
		case 'start':
		case 'home':
		case 'about':
		case 'compare':
		case 'glossary':
		case 'quiz':
		case 'share':
			return route.view;
		case 'job':
			return `job:${route.jobId}`;
		case 'embed':
			return `embed:${route.kind}:${route.id ?? ''}`;
		case 'not-found':
			return 'not-found';
	}
}

/** The query keys that make a job route a personal link (read by src/share/shareLink.ts). */
export const shareQueryKeys = { from: 'from', message: 'msg', also: 'also' } as const;

function hasShareKey(query: Query): boolean {
	return Object.values(shareQueryKeys).some((key) => Object.hasOwn(query, key));
}

/** The content an embedded view shows, by its kind (an unknown kind or id loads nothing more). */
function embedContent(kind: string, id: string | null): string[] {
	switch (kind) {
		case 'job':
			return isJobId(id) ? [`jobs/${id}`] : [];
		case 'chart':
			return ['pages/job'];
		case 'term':
			return ['glossary/terms', 'pages/glossary'];
		case 'quiz':
			return ['quiz/questions', 'pages/quiz'];
		default:
			return [];
	}
}

/** The content files (`locales/{lang}/{path}.json`) a route's view shows, loaded before it appears. */
export function contentFor(route: Route): string[] {
	switch (route.view) {
		case 'job':
			// The glossary loads once the page is up: it only serves the term definitions. The
			// greeting's text comes only with a personal link (one with a name, message or job).
			return [
				`jobs/${route.jobId}`,
				'pages/job',
				...(hasShareKey(route.query) ? ['pages/share'] : [])
			];
		case 'share':
			return ['pages/share'];
		case 'embed':
			return ['pages/embed', ...embedContent(route.kind, route.id)];
		case 'about':
			return ['pages/about'];
		case 'compare':
			return ['pages/compare'];
		case 'glossary':
			return ['glossary/terms', 'pages/glossary'];
		case 'quiz':
			return ['quiz/questions', 'pages/quiz'];
		default:
			return [];
	}
}
