/**
 * What a glossary link carries besides the term: a search (`?q=`) and a job filter
 * (`?job=seo`). Anything odd in it is dropped, and the glossary opens unfiltered.
 */
import { isJobId, type JobId } from '../jobs/jobs';
import type { Language } from '../lib/i18n/languages';
import { routeHash, type Query } from '../lib/router/route';
import type { TermId } from './terms';

/** The longest search a link may carry; longer ones are ignored. */
export const maxSearchLength = 80;

/** The glossary's search and job filter. */
export interface GlossaryFilter {
	search: string;
	job: JobId | null;
}

/** Reads the filter from a link; `ignored` is true when a part of it could not be used. */
export function readGlossaryQuery(query: Query): { filter: GlossaryFilter; ignored: boolean } {
	const rawSearch = query['q'];
	const rawJob = query['job'];
	const searchOk = rawSearch === undefined || rawSearch.length <= maxSearchLength;
	const jobOk = rawJob === undefined || isJobId(rawJob);
	return {
		filter: {
			search: searchOk && rawSearch !== undefined ? rawSearch : '',
			job: jobOk && rawJob !== undefined ? (rawJob as JobId) : null
		},
		ignored: !searchOk || !jobOk
	};
}

/** The hash of the glossary, opened on a term and/or filtered: `#/fr/glossary/seo?job=seo`. */
export function glossaryHash(
	language: Language,
	options: { term?: TermId | null; job?: JobId | null; search?: string } = {}
): string {
	const path = options.term ? ['glossary', options.term] : ['glossary'];
	const params = new URLSearchParams();
	if (options.search) params.set('q', options.search.slice(0, maxSearchLength));
	if (options.job) params.set('job', options.job);
	const search = params.toString();
	return `${routeHash(language, ...path)}${search ? `?${search}` : ''}`;
}
