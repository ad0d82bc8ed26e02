/** The skill dimensions every job is rated on, in display order. Their names live in the locales (`ui.skills.*`). */
export const skillIds = [
	'writing',
	'creativity',
	'data',
	'web-technique',
	'strategy',
	'relationships',
	'composure',
	'negotiation'
] as const;

/** One skill dimension. */
export type SkillId = (typeof skillIds)[number];

/** How much of a skill a job takes: 0 (none) to 5 (the heart of the job). */
export type Rating = 0 | 1 | 2 | 3 | 4 | 5;

/** A rating for every skill dimension. */
export type SkillRatings = Record<SkillId, Rating>;

/** The highest rating. */
export const maxRating = 5;
