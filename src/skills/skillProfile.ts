/**
 * What sets jobs apart in their skill ratings: pure, so the sentences built from it are
 * checked by unit tests.
 */
import type { JobId } from '../jobs/jobs';
import { skillIds, type SkillId, type SkillRatings } from './skills';

export interface JobRatings {
	jobId: JobId;
	ratings: SkillRatings;
}

/** The skills a job is rated highest on (one or two), for a one-sentence summary. */
export function topSkills(ratings: SkillRatings, count = 2): SkillId[] {
	const best = Math.max(...skillIds.map((skill) => ratings[skill]));
	return skillIds.filter((skill) => ratings[skill] === best).slice(0, count);
}

/** Where one job clearly needs more than every other job compared. */
export interface Standout {
	jobId: JobId;
	/** One or two skills, the job's widest lead first. */
	skills: SkillId[];
	/** How many points ahead of the next best job, on the first skill. */
	lead: number;
}

/** A lead of this many points or more is "far more". */
export const farLead = 3;

/**
 * For each job, the skills on which it leads every other job by the widest margin (at least
 * one point). Jobs that lead on nothing are left out.
 */
export function standouts(jobs: readonly JobRatings[]): Standout[] {
	return jobs.flatMap(({ jobId, ratings }) => {
		const others = jobs.filter((other) => other.jobId !== jobId);
		if (others.length === 0) return [];
		const leads = skillIds
			.map((skill) => ({
				skill,
				lead: ratings[skill] - Math.max(...others.map((other) => other.ratings[skill]))
			}))
			.filter(({ lead }) => lead >= 1)
			.sort((a, b) => b.lead - a.lead);
		const first = leads[0];
		if (!first) return [];
		return [{ jobId, skills: leads.slice(0, 2).map(({ skill }) => skill), lead: first.lead }];
	});
}
