import type { JobId } from '../jobs/jobs';
import type { TermId } from './terms';

/** The language-neutral facts about a term; its words live in the locales. */
export interface TermFacts {
	/** The jobs whose people use the word (a job's own jargon list picks from these). */
	jobs: readonly JobId[];
	/** Terms worth reading next, shown as links under the entry. */
	related: readonly TermId[];
}

/** Who uses each term, and what it leads to. */
export const termFacts: Record<TermId, TermFacts> = {
	'ab-test': {
		jobs: ['traffic-manager', 'smo', 'seo'],
		related: ['conversion', 'landing-page', 'ctr']
	},
	'ad-auction': {
		jobs: ['media-buyer', 'traffic-manager'],
		related: ['cpc', 'cpm', 'rtb', 'programmatic']
	},
	'ad-creative': {
		jobs: ['media-buyer', 'traffic-manager', 'smo'],
		related: ['campaign', 'display-advertising', 'cta']
	},
	advertiser: {
		jobs: ['media-buyer', 'media-planner', 'traffic-manager'],
		related: ['agency', 'brief', 'campaign']
	},
	agency: {
		jobs: ['media-planner', 'media-buyer', 'community-manager', 'seo', 'smo'],
		related: ['advertiser', 'brief', 'freelance']
	},
	algorithm: {
		jobs: ['seo', 'smo', 'community-manager'],
		related: ['feed', 'reach', 'search-engine']
	},
	backlink: { jobs: ['seo'], related: ['netlinking', 'search-engine', 'keyword'] },
	'bad-buzz': {
		jobs: ['community-manager', 'smo'],
		related: ['e-reputation', 'crisis-communication', 'viral']
	},
	benchmark: {
		jobs: ['smo', 'media-planner', 'community-manager', 'seo'],
		related: ['monitoring', 'kpi', 'persona']
	},
	'bounce-rate': {
		jobs: ['seo', 'traffic-manager'],
		related: ['landing-page', 'conversion', 'kpi']
	},
	'brand-awareness': {
		jobs: ['media-planner', 'smo', 'community-manager'],
		related: ['reach', 'impression', 'campaign']
	},
	'brand-content': {
		jobs: ['community-manager', 'smo'],
		related: ['storytelling', 'native-advertising', 'influencer']
	},
	brief: {
		jobs: ['media-planner', 'media-buyer', 'community-manager'],
		related: ['advertiser', 'agency', 'retroplanning']
	},
	campaign: {
		jobs: ['media-buyer', 'media-planner', 'traffic-manager'],
		related: ['media-plan', 'ad-creative', 'kpi']
	},
	carousel: { jobs: ['community-manager', 'smo'], related: ['post', 'story', 'reel'] },
	cm: { jobs: ['community-manager'], related: ['community', 'moderation', 'editorial-calendar'] },
	community: { jobs: ['community-manager', 'smo'], related: ['cm', 'engagement', 'moderation'] },
	consent: {
		jobs: ['traffic-manager', 'media-buyer'],
		related: ['cookie', 'gdpr', 'tracking-pixel']
	},
	conversion: {
		jobs: ['traffic-manager', 'seo', 'media-buyer'],
		related: ['funnel', 'landing-page', 'cpa']
	},
	cookie: { jobs: ['traffic-manager', 'media-buyer'], related: ['consent', 'gdpr', 'retargeting'] },
	cpa: { jobs: ['traffic-manager', 'media-buyer'], related: ['cpc', 'conversion', 'roas'] },
	cpc: { jobs: ['traffic-manager', 'media-buyer'], related: ['cpm', 'ad-auction', 'ctr'] },
	cpm: { jobs: ['media-buyer', 'media-planner'], related: ['cpc', 'impression', 'ad-auction'] },
	crawler: { jobs: ['seo'], related: ['indexing', 'search-engine', 'algorithm'] },
	'crisis-communication': {
		jobs: ['community-manager', 'smo'],
		related: ['bad-buzz', 'e-reputation', 'moderation']
	},
	crm: {
		jobs: ['traffic-manager', 'community-manager'],
		related: ['lead', 'newsletter', 'persona']
	},
	cta: {
		jobs: ['traffic-manager', 'smo', 'seo'],
		related: ['landing-page', 'conversion', 'ad-creative']
	},
	ctr: { jobs: ['traffic-manager', 'seo', 'media-buyer'], related: ['impression', 'cpc', 'serp'] },
	dashboard: { jobs: ['traffic-manager', 'media-buyer', 'smo'], related: ['reporting', 'kpi'] },
	'direct-message': {
		jobs: ['community-manager', 'smo'],
		related: ['mention', 'moderation', 'follower']
	},
	'display-advertising': {
		jobs: ['media-buyer', 'media-planner'],
		related: ['programmatic', 'ad-creative', 'cpm']
	},
	'e-reputation': {
		jobs: ['community-manager', 'smo', 'seo'],
		related: ['bad-buzz', 'monitoring', 'crisis-communication']
	},
	'editorial-calendar': { jobs: ['community-manager', 'smo'], related: ['post', 'campaign'] },
	engagement: { jobs: ['community-manager', 'smo'], related: ['like', 'share', 'reach'] },
	feed: { jobs: ['smo', 'community-manager'], related: ['algorithm', 'post', 'story'] },
	follower: {
		jobs: ['community-manager', 'smo'],
		related: ['community', 'engagement', 'influencer']
	},
	freelance: {
		jobs: ['community-manager', 'seo', 'smo', 'media-buyer', 'traffic-manager'],
		related: ['agency', 'advertiser', 'brief']
	},
	funnel: {
		jobs: ['traffic-manager', 'media-buyer'],
		related: ['conversion', 'lead', 'landing-page']
	},
	gdpr: {
		jobs: ['traffic-manager', 'media-buyer', 'community-manager'],
		related: ['consent', 'cookie', 'crm']
	},
	'generative-ai': {
		jobs: ['seo', 'community-manager', 'smo'],
		related: ['search-engine', 'algorithm', 'serp']
	},
	hashtag: { jobs: ['community-manager', 'smo'], related: ['trend', 'mention', 'post'] },
	impression: {
		jobs: ['media-buyer', 'media-planner', 'traffic-manager'],
		related: ['reach', 'cpm', 'ctr']
	},
	indexing: { jobs: ['seo'], related: ['crawler', 'search-engine', 'serp'] },
	influencer: {
		jobs: ['smo', 'community-manager', 'media-planner'],
		related: ['sponsored-post', 'brand-content', 'follower']
	},
	keyword: { jobs: ['seo', 'traffic-manager', 'smo'], related: ['long-tail', 'serp', 'sea'] },
	kpi: {
		jobs: ['traffic-manager', 'media-planner', 'smo'],
		related: ['dashboard', 'reporting', 'roi']
	},
	'landing-page': { jobs: ['traffic-manager', 'seo'], related: ['conversion', 'cta', 'ab-test'] },
	lead: { jobs: ['traffic-manager', 'media-buyer'], related: ['funnel', 'crm', 'conversion'] },
	like: { jobs: ['community-manager', 'smo'], related: ['engagement', 'share', 'follower'] },
	live: { jobs: ['community-manager', 'smo'], related: ['story', 'engagement', 'community'] },
	'long-tail': { jobs: ['seo'], related: ['keyword', 'search-engine', 'organic-traffic'] },
	'lookalike-audience': {
		jobs: ['media-buyer', 'traffic-manager'],
		related: ['targeting', 'target-audience', 'retargeting']
	},
	'media-buying': {
		jobs: ['media-buyer', 'media-planner'],
		related: ['media-plan', 'programmatic', 'ad-auction']
	},
	'media-plan': {
		jobs: ['media-planner', 'media-buyer'],
		related: ['media-buying', 'campaign', 'target-audience']
	},
	meme: { jobs: ['community-manager', 'smo'], related: ['viral', 'trend', 'ugc'] },
	mention: {
		jobs: ['community-manager', 'smo'],
		related: ['direct-message', 'hashtag', 'e-reputation']
	},
	'meta-description': { jobs: ['seo'], related: ['serp', 'ctr', 'keyword'] },
	moderation: {
		jobs: ['community-manager'],
		related: ['moderation-charter', 'troll', 'community']
	},
	'moderation-charter': {
		jobs: ['community-manager'],
		related: ['moderation', 'troll', 'community']
	},
	monitoring: {
		jobs: ['community-manager', 'smo', 'seo'],
		related: ['e-reputation', 'benchmark', 'trend']
	},
	'native-advertising': {
		jobs: ['media-buyer', 'media-planner'],
		related: ['sponsored-post', 'brand-content', 'display-advertising']
	},
	netlinking: { jobs: ['seo'], related: ['backlink', 'search-engine'] },
	newsletter: {
		jobs: ['community-manager', 'traffic-manager'],
		related: ['crm', 'lead', 'editorial-calendar']
	},
	'organic-traffic': { jobs: ['seo', 'smo'], related: ['search-engine', 'sea', 'long-tail'] },
	persona: {
		jobs: ['smo', 'media-planner', 'community-manager'],
		related: ['target-audience', 'targeting', 'benchmark']
	},
	post: {
		jobs: ['community-manager', 'smo'],
		related: ['feed', 'editorial-calendar', 'engagement']
	},
	programmatic: {
		jobs: ['media-buyer', 'media-planner'],
		related: ['rtb', 'ad-auction', 'display-advertising']
	},
	reach: {
		jobs: ['smo', 'community-manager', 'media-planner'],
		related: ['impression', 'engagement', 'brand-awareness']
	},
	reel: { jobs: ['smo', 'community-manager'], related: ['story', 'carousel', 'viral'] },
	reporting: {
		jobs: ['media-buyer', 'traffic-manager', 'community-manager', 'media-planner', 'seo', 'smo'],
		related: ['dashboard', 'kpi', 'roi']
	},
	retargeting: {
		jobs: ['traffic-manager', 'media-buyer'],
		related: ['cookie', 'tracking-pixel', 'lookalike-audience']
	},
	retroplanning: {
		jobs: ['media-planner', 'community-manager'],
		related: ['brief', 'campaign', 'editorial-calendar']
	},
	roas: { jobs: ['media-buyer', 'traffic-manager'], related: ['roi', 'cpa', 'conversion'] },
	roi: { jobs: ['traffic-manager', 'media-buyer'], related: ['roas', 'kpi', 'conversion'] },
	rtb: { jobs: ['media-buyer'], related: ['programmatic', 'ad-auction'] },
	sea: { jobs: ['traffic-manager', 'seo'], related: ['seo', 'cpc', 'keyword'] },
	'search-engine': { jobs: ['seo', 'traffic-manager'], related: ['serp', 'algorithm', 'crawler'] },
	seo: { jobs: ['seo'], related: ['sea', 'serp', 'keyword'] },
	serp: { jobs: ['seo', 'traffic-manager'], related: ['search-engine', 'meta-description', 'ctr'] },
	share: { jobs: ['community-manager', 'smo'], related: ['engagement', 'viral', 'like'] },
	smo: { jobs: ['smo'], related: ['seo', 'engagement', 'reach'] },
	'social-network': {
		jobs: ['community-manager', 'smo'],
		related: ['feed', 'follower', 'algorithm']
	},
	'sponsored-post': {
		jobs: ['smo', 'media-buyer', 'community-manager'],
		related: ['influencer', 'native-advertising']
	},
	story: { jobs: ['smo', 'community-manager'], related: ['reel', 'live', 'carousel'] },
	storytelling: { jobs: ['community-manager', 'smo'], related: ['brand-content', 'post'] },
	'target-audience': {
		jobs: ['media-planner', 'media-buyer', 'smo'],
		related: ['persona', 'targeting']
	},
	targeting: {
		jobs: ['media-buyer', 'traffic-manager'],
		related: ['target-audience', 'lookalike-audience', 'retargeting']
	},
	'tracking-pixel': {
		jobs: ['traffic-manager', 'media-buyer'],
		related: ['cookie', 'retargeting', 'conversion']
	},
	trend: { jobs: ['smo', 'community-manager'], related: ['hashtag', 'meme', 'monitoring'] },
	troll: { jobs: ['community-manager'], related: ['moderation', 'moderation-charter', 'bad-buzz'] },
	ugc: { jobs: ['community-manager', 'smo'], related: ['community', 'share', 'brand-content'] },
	viral: { jobs: ['smo', 'community-manager'], related: ['share', 'meme', 'bad-buzz'] }
};
