/**
 * The jobs a comparison shows, read from and written to the URL (`?jobs=seo,smo`).
 * Pure, so every odd link can be tested.
 */
import { isJobId, type JobId } from '../jobs/jobs';
import { routeHash } from '../lib/router/route';
import type { Language } from '../lib/i18n/languages';

/** A comparison shows two or three jobs. */
export const minJobs = 2;
export const maxJobs = 3;

/** Ids read past this many are ignored: a link never makes the app do unbounded work. */
const maxIdsRead = 12;
/** A dropped id is quoted back to the reader, cut to this many characters. */
const maxQuotedLength = 30;

export interface JobSelection {
	/** Known jobs, in link order, without repeats, at most `maxJobs`. */
	jobs: JobId[];
	/** What the link asked for that was left out: unknown, repeated, or one too many. */
	dropped: string[];
}

/** Reads the `jobs` parameter of a compare link. Never throws. */
export function readJobSelection(raw: string | undefined): JobSelection {
	const jobs: JobId[] = [];
	const dropped: string[] = [];
	const ids = (raw ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	for (const id of ids.slice(0, maxIdsRead)) {
		if (isJobId(id) && !jobs.includes(id) && jobs.length < maxJobs) jobs.push(id);
		else dropped.push(quote(id));
	}
	if (ids.length > maxIdsRead) dropped.push('…');
	return { jobs, dropped };
}

function quote(id: string): string {
	const characters = [...id];
	return characters.length > maxQuotedLength
		? `${characters.slice(0, maxQuotedLength).join('')}…`
		: id;
}

/** The link to a comparison of these jobs (or to the empty picker). */
export function compareHash(language: Language, jobs: readonly JobId[]): string {
	const base = routeHash(language, 'compare');
	return jobs.length > 0 ? `${base}?jobs=${jobs.join(',')}` : base;
}

/** The selection after ticking or unticking one job; ticking past the maximum changes nothing. */
export function toggleJob(jobs: readonly JobId[], jobId: JobId): JobId[] {
	if (jobs.includes(jobId)) return jobs.filter((id) => id !== jobId);
	return jobs.length < maxJobs ? [...jobs, jobId] : [...jobs];
}
