import type { TermId } from '../glossary/terms';
import { skillIds, type SkillRatings } from '../skills/skills';
import type { JobId } from './jobIds';

export { jobIds, isJobId, type JobId } from './jobIds';

/** The language-neutral facts about a job; every sentence about it lives in `locales/{lang}/jobs/{id}.json`. */
export interface JobFacts {
	/** France Travail ROME 4.0 sheet the job is described in (see the About view for credits). */
	rome: { code: string };
	/** ESCO occupation that matches it best. */
	esco: { uri: string };
	/** O*NET-SOC occupation used to ground the skill ratings, where one is close. */
	onet: { code: string } | null;
	/** Moments of a typical day, as 24-hour "HH:MM" times (each has a title and a text in the locales). */
	day: readonly string[];
	/** Ids of the things relatives say about it (each has a myth and a reality in the locales). */
	myths: readonly string[];
	/** How much of each skill the job takes, 0 to 5: an editorial judgement, explained per skill. */
	skills: SkillRatings;
	/** Glossary terms people in the job use. */
	jargon: readonly TermId[];
	/** Jobs it is often confused with: its page says what sets them apart. */
	closeTo: readonly JobId[];
}

// Pure, so a bundle that only needs the job ids (the preview pages' forwarder) drops the facts.
/* @__NO_SIDE_EFFECTS__ */
const romeSheet = (code: string) => ({ code });
/* @__NO_SIDE_EFFECTS__ */
const escoOccupation = (id: string) => ({ uri: `http://data.europa.eu/esco/occupation/${id}` });

/** The facts of every job, sourced from ../shared/reference/occupations.json. */
export const jobFacts: Record<JobId, JobFacts> = {
	seo: {
		rome: romeSheet('E1405'),
		esco: escoOccupation('092fdeeb-a76f-4ed2-b248-90fd6eaaffef'),
		onet: { code: '13-1161.01' },
		day: ['09:00', '09:45', '11:00', '12:30', '14:00', '15:30', '17:00'],
		myths: ['trick-google', 'fix-computers', 'dead-with-ai'],
		skills: {
			writing: 3,
			creativity: 2,
			data: 5,
			'web-technique': 5,
			strategy: 4,
			relationships: 2,
			composure: 2,
			negotiation: 1
		},
		jargon: ['seo', 'sea', 'keyword', 'backlink', 'algorithm', 'serp', 'organic-traffic', 'ctr'],
		closeTo: ['traffic-manager', 'smo']
	},
	'community-manager': {
		rome: romeSheet('E1101'),
		esco: escoOccupation('137b1d11-c4bc-4016-89ba-45345d4c71f0'),
		onet: { code: '27-3031.00' },
		day: ['08:30', '09:30', '10:30', '12:00', '14:00', '16:00', '17:30'],
		myths: ['facebook-all-day', 'not-a-real-job', 'anyone-can-post'],
		skills: {
			writing: 5,
			creativity: 4,
			data: 3,
			'web-technique': 2,
			strategy: 3,
			relationships: 5,
			composure: 5,
			negotiation: 1
		},
		jargon: [
			'community',
			'engagement',
			'moderation',
			'editorial-calendar',
			'bad-buzz',
			'e-reputation',
			'ugc',
			'hashtag',
			'reach',
			'influencer'
		],
		closeTo: ['smo']
	},
	'media-buyer': {
		rome: romeSheet('E1409'),
		esco: escoOccupation('4795d4e3-c623-47ff-abab-7de97fcb764e'),
		onet: { code: '27-3031.00' },
		day: ['09:00', '10:00', '11:30', '14:00', '15:30', '17:00'],
		myths: ['ads-are-spam', 'just-spending-money', 'like-newspaper-ads'],
		skills: {
			writing: 1,
			creativity: 2,
			data: 5,
			'web-technique': 3,
			strategy: 4,
			relationships: 4,
			composure: 4,
			negotiation: 5
		},
		jargon: [
			'media-buying',
			'programmatic',
			'cpm',
			'cpc',
			'targeting',
			'retargeting',
			'advertiser',
			'roi',
			'media-plan'
		],
		closeTo: ['media-planner', 'traffic-manager']
	},
	smo: {
		rome: romeSheet('E1124'),
		esco: escoOccupation('137b1d11-c4bc-4016-89ba-45345d4c71f0'),
		onet: { code: '13-1161.01' },
		day: ['09:00', '10:00', '11:00', '14:00', '15:30', '17:00'],
		myths: ['same-as-cm', 'counting-likes', 'buy-followers'],
		skills: {
			writing: 4,
			creativity: 4,
			data: 4,
			'web-technique': 3,
			strategy: 4,
			relationships: 3,
			composure: 3,
			negotiation: 1
		},
		jargon: [
			'smo',
			'algorithm',
			'reach',
			'engagement',
			'hashtag',
			'story',
			'reel',
			'ab-test',
			'viral'
		],
		closeTo: ['community-manager', 'seo']
	},
	'media-planner': {
		rome: romeSheet('E1402'),
		esco: escoOccupation('b55718eb-e8ff-4485-8ad0-bbac32cbd77b'),
		onet: { code: '13-1161.01' },
		day: ['09:00', '10:00', '11:30', '14:00', '15:30', '17:00'],
		myths: ['plans-events', 'same-as-buyer', 'tv-is-dead'],
		skills: {
			writing: 2,
			creativity: 3,
			data: 4,
			'web-technique': 2,
			strategy: 5,
			relationships: 4,
			composure: 3,
			negotiation: 3
		},
		jargon: [
			'media-plan',
			'brief',
			'target-audience',
			'reach',
			'advertiser',
			'agency',
			'cpm',
			'kpi'
		],
		closeTo: ['media-buyer']
	},
	'traffic-manager': {
		rome: romeSheet('E1407'),
		esco: escoOccupation('356227b9-2263-4dbd-81e9-7dfc6d3f3af7'),
		onet: { code: '13-1161.01' },
		day: ['09:00', '10:00', '11:30', '14:00', '15:30', '17:00'],
		myths: ['road-traffic', 'more-visitors-more-sales', 'sends-spam'],
		skills: {
			writing: 2,
			creativity: 2,
			data: 5,
			'web-technique': 4,
			strategy: 4,
			relationships: 2,
			composure: 4,
			negotiation: 3
		},
		jargon: [
			'sea',
			'conversion',
			'landing-page',
			'ab-test',
			'cpc',
			'ctr',
			'roi',
			'kpi',
			'retargeting',
			'consent'
		],
		closeTo: ['media-buyer', 'seo']
	}
};

/**
 * The texts a job shows outside its own page (home cards, comparisons), loaded with the rest
 * of the interface. `subject` is the name that opens a sentence ("A media buyer…").
 */
export function jobCoreKeys(id: JobId): string[] {
	return [`jobs.${id}.name`, `jobs.${id}.subject`, `jobs.${id}.summary`];
}

/** Every text a job page needs, in every language (checked by the content test). */
export function jobDetailKeys(id: JobId): string[] {
	const facts = jobFacts[id];
	const prefix = `jobs.${id}`;
	return [
		`${prefix}.titles`,
		`${prefix}.comparison`,
		`${prefix}.purpose`,
		`${prefix}.success`,
		`${prefix}.workplace`,
		`${prefix}.colleagues`,
		`${prefix}.tools`,
		`${prefix}.gettingIn`,
		`${prefix}.difference`,
		...facts.day.flatMap((time) => [`${prefix}.day.${time}.title`, `${prefix}.day.${time}.text`]),
		...facts.myths.flatMap((myth) => [
			`${prefix}.myths.${myth}.myth`,
			`${prefix}.myths.${myth}.reality`
		]),
		...skillIds.map((skill) => `${prefix}.skills.${skill}`)
	];
}
