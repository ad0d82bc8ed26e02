/**
 * Where a preview page (`fr/jobs/seo.html#from=Julie`) sends its visitor: the app's view of
 * the same job, with the link's parameters. Pure, so the forwarding script stays a few lines.
 */
import { isJobId } from '../jobs/jobs';
import { isLanguage } from '../lib/i18n/languages';

/** The longest query passed on: with the path, it stays under the 4,096 characters the app reads. */
export const maxForwardedQueryLength = 4000;

/** What a parameter name looks like; anything else in a fragment is noise, not a parameter. */
const parameterName = /^[A-Za-z][\w-]{0,31}$/;

/**
 * The parameters of a preview link, serialised again: those of the fragment, then those of
 * the query that the fragment does not name (the fragment wins on a repeated key). Values are
 * passed on as they are (the app checks them); pairs that would go past the cap are dropped.
 */
export function forwardedQuery(hash: string, search: string): string {
	const fromHash = new URLSearchParams(hash.replace(/^#/, ''));
	const fromSearch = new URLSearchParams(search);
	const pairs = [...fromHash, ...[...fromSearch].filter(([key]) => !fromHash.has(key))].filter(
		([key]) => parameterName.test(key)
	);
	const kept: string[] = [];
	let length = 0;
	for (const pair of pairs) {
		const serialised = new URLSearchParams([pair]).toString();
		const added = (kept.length > 0 ? 1 : 0) + serialised.length;
		if (length + added > maxForwardedQueryLength) continue;
		kept.push(serialised);
		length += added;
	}
	return kept.join('&');
}

/**
 * The app hash a preview page forwards to (`#/fr/jobs/seo?from=Julie`), or null when the
 * page names a language or job the app does not know.
 */
export function forwardedHash(
	language: unknown,
	jobId: unknown,
	location: { hash: string; search: string }
): string | null {
	if (!isLanguage(language) || !isJobId(jobId)) return null;
	const query = forwardedQuery(location.hash, location.search);
	return `#/${language}/jobs/${jobId}${query === '' ? '' : `?${query}`}`;
}
