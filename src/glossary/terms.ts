import { isOneOf } from '../lib/content/ids';

/**
 * Stable ids of the glossary terms; they appear in URLs (`#/fr/glossary/seo`), so never
 * rename one. Each has its text in `locales/{lang}/glossary/terms.json`.
 */
export const termIds = [
	'ab-test',
	'ad-auction',
	'ad-creative',
	'advertiser',
	'agency',
	'algorithm',
	'backlink',
	'bad-buzz',
	'benchmark',
	'bounce-rate',
	'brand-awareness',
	'brand-content',
	'brief',
	'campaign',
	'carousel',
	'cm',
	'community',
	'consent',
	'conversion',
	'cookie',
	'cpa',
	'cpc',
	'cpm',
	'crawler',
	'crisis-communication',
	'crm',
	'cta',
	'ctr',
	'dashboard',
	'direct-message',
	'display-advertising',
	'e-reputation',
	'editorial-calendar',
	'engagement',
	'feed',
	'follower',
	'freelance',
	'funnel',
	'gdpr',
	'generative-ai',
	'hashtag',
	'impression',
	'indexing',
	'influencer',
	'keyword',
	'kpi',
	'landing-page',
	'lead',
	'like',
	'live',
	'long-tail',
	'lookalike-audience',
	'media-buying',
	'media-plan',
	'meme',
	'mention',
	'meta-description',
	'moderation',
	'moderation-charter',
	'monitoring',
	'native-advertising',
	'netlinking',
	'newsletter',
	'organic-traffic',
	'persona',
	'post',
	'programmatic',
	'reach',
	'reel',
	'reporting',
	'retargeting',
	'retroplanning',
	'roas',
	'roi',
	'rtb',
	'sea',
	'search-engine',
	'seo',
	'serp',
	'share',
	'smo',
	'social-network',
	'sponsored-post',
	'story',
	'storytelling',
	'target-audience',
	'targeting',
	'tracking-pixel',
	'trend',
	'troll',
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
	const prefix = `glossary.terms.${id}`;
	return [`${prefix}.name`, `${prefix}.definition`, `${prefix}.example`];
}
