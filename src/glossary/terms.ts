import { isOneOf } from '../lib/content/ids';

/**
 * Stable ids of the glossary terms; they appear in URLs (`#/fr/glossary/seo`), so never
 * rename one. Each has its text in `locales/{lang}/glossary/terms.json`.
 */
export const termIds = [
	'ab-test',
	'advertiser',
	'agency',
	'algorithm',
	'backlink',
	'bad-buzz',
	'brief',
	'community',
	'consent',
	'conversion',
	'cpc',
	'cpm',
	'ctr',
	'e-reputation',
	'editorial-calendar',
	'engagement',
	'hashtag',
	'influencer',
	'keyword',
	'kpi',
	'landing-page',
	'media-buying',
	'media-plan',
	'moderation',
	'organic-traffic',
	'programmatic',
	'reach',
	'reel',
	'retargeting',
	'roi',
	'sea',
	'seo',
	'serp',
	'smo',
	'story',
	'target-audience',
	'targeting',
	'ugc',
	'viral'
] as const;

/** The id of one glossary term. */
export type TermId = (typeof termIds)[number];

/** True when a value (from a URL or a link) is the id of a term. */
export function isTermId(value: unknown): value is TermId {
	return isOneOf(termIds, value);
}

/** The texts every term needs, in every language (checked by the content test). */
export function termKeys(id: TermId): string[] {
	return [`glossary.terms.${id}.name`, `glossary.terms.${id}.definition`];
}
