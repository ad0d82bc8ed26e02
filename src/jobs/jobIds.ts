/**
 * The jobs' ids alone, for the router and the home page: the facts about each job
 * (./jobs.ts) load only with the views that show them.
 */
import { isOneOf } from '../lib/content/ids';

/** Stable ids of the jobs the app explains; they appear in URLs (`#/fr/jobs/seo`), so never rename one. */
export const jobIds = [
	'seo',
	'community-manager',
	'media-buyer',
	'smo',
	'media-planner',
	'traffic-manager'
] as const;

/** The id of one job, as used in routes and locale keys. */
export type JobId = (typeof jobIds)[number];

/** True when a value (from a URL, a link or storage) is the id of a job. */
export function isJobId(value: unknown): value is JobId {
	return isOneOf(jobIds, value);
}
