/** Stable ids of the jobs the app explains; they appear in URLs (`#/fr/jobs/seo`), so never rename one. */
export const jobIds = ['seo', 'community-manager', 'media-buyer', 'smo'] as const;

/** The id of one job, as used in routes and locale keys. */
export type JobId = (typeof jobIds)[number];

/** True when a value (from a URL, a link or storage) is the id of a job. */
export function isJobId(value: unknown): value is JobId {
	return typeof value === 'string' && (jobIds as readonly string[]).includes(value);
}

/** The locale keys every job must have, in every language (checked by the content test). */
export function jobTextKeys(id: JobId): string[] {
	return [`jobs.${id}.name`, `jobs.${id}.summary`];
}
