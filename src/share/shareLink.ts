/**
 * Personal links: "Julie is a community manager, here is what that means". The link is an
 * ordinary job route with parameters (`#/fr/jobs/community-manager?from=Julie&msg=…&also=seo`);
 * people share it through the job's preview page (`fr/jobs/community-manager.html#from=…`),
 * which messaging apps can read. Reading is strict: limits hold whatever the link says, a
 * part that is not exactly right is dropped and reported, and the page still shows.
 */
import { isJobId, type JobId } from '../jobs/jobs';
import type { Language } from '../lib/i18n/languages';
import { routeHash, shareQueryKeys, type Query } from '../lib/router/route';
import { cleanPlainText } from '../lib/text/plainText';
import { previewPagePath } from './previewPage';

/** The longest first name a personal link carries, in characters. */
export const maxSenderNameLength = 40;

/** The longest personal message, in characters. */
export const maxMessageLength = 280;

/** What a personal link says about the person who sent it. */
export interface ShareDetails {
	/** Their first name, as it may be shown. */
	from: string | null;
	/** Their message, line breaks kept. */
	message: string | null;
	/** A second job they also do. */
	also: JobId | null;
}

/** A personal link as read from a job route, and which of its parts were dropped. */
export interface ReadShare extends ShareDetails {
	/** Query keys of the link that were present but unusable. */
	ignored: string[];
}

/** A first name as a link may carry it; null when it cannot be shown as it is. */
export function cleanSenderName(raw: string): string | null {
	return cleanPlainText(raw, { maxLength: maxSenderNameLength, multiline: false });
}

/** A personal message as a link may carry it; null when it cannot be shown as it is. */
export function cleanMessage(raw: string): string | null {
	return cleanPlainText(raw, { maxLength: maxMessageLength, multiline: true });
}

/** True when a read link holds anything personal, so the page greets the visitor. */
export function isPersonal(share: ShareDetails): boolean {
	return share.from !== null || share.message !== null || share.also !== null;
}

/** Reads the personal part of a job route's query. Never throws. */
export function readShare(jobId: JobId, query: Query): ReadShare {
	const ignored: string[] = [];
	const read = <T>(key: string, clean: (raw: string) => T | null): T | null => {
		const raw = query[key];
		if (raw === undefined) return null;
		const value = clean(raw);
		if (value === null) ignored.push(key);
		return value;
	};
	const from = read(shareQueryKeys.from, cleanSenderName);
	const message = read(shareQueryKeys.message, cleanMessage);
	const also = read(shareQueryKeys.also, (raw) => (isJobId(raw) && raw !== jobId ? raw : null));
	return { from, message, also, ignored };
}

/** The query of a personal link, with only what was given and may be shown. */
export function shareQuery(jobId: JobId, details: Partial<ShareDetails>): URLSearchParams {
	const params = new URLSearchParams();
	const from = details.from ? cleanSenderName(details.from) : null;
	if (from) params.set(shareQueryKeys.from, from);
	const message = details.message ? cleanMessage(details.message) : null;
	if (message) params.set(shareQueryKeys.message, message);
	if (details.also && details.also !== jobId) params.set(shareQueryKeys.also, details.also);
	return params;
}

/** The in-app hash of a personal link: `#/fr/jobs/seo?from=Julie`. */
export function shareHash(
	language: Language,
	jobId: JobId,
	details: Partial<ShareDetails>
): string {
	const query = shareQuery(jobId, details).toString();
	return `${routeHash(language, 'jobs', jobId)}${query ? `?${query}` : ''}`;
}

/**
 * The address people share: the job's preview page next to the app, with the personal part
 * in the fragment, which no server ever receives. `appAddress` is the app's own page
 * (`https://example.org/blog/explainer/` or `…/index.html`); its fragment is ignored.
 */
export function shareAddress(
	appAddress: string,
	language: Language,
	jobId: JobId,
	details: Partial<ShareDetails>
): string {
	const page = new URL(previewPagePath(language, jobId), appAddress);
	page.search = '';
	const query = shareQuery(jobId, details).toString();
	page.hash = query;
	return page.href;
}
