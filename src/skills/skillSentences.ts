/**
 * Sentences about skill ratings, built from locale messages: a job's summary under its chart
 * and what sets compared jobs apart. Pure given a formatter, so tests check the wording.
 */
import type { JobId } from '../jobs/jobs';
import type { Formatter } from '../lib/i18n/i18n';
import { farLead, standouts, topSkills, type JobRatings } from './skillProfile';
import type { SkillId, SkillRatings } from './skills';

/** "a and b", "a, b and c" in the current language; one item stands alone. */
export function listText(format: Formatter, items: readonly string[]): string {
	const [first = '', second, third] = items;
	if (second === undefined) return first;
	if (third === undefined) return format('ui.list.two', { values: { first, second } });
	return format('ui.list.three', { values: { first, second, third } });
}

function skillsText(format: Formatter, skills: readonly SkillId[]): string {
	return listText(
		format,
		skills.map((skill) => format(`ui.skillPhrases.${skill}`))
	);
}

/** "An SEO specialist relies above all on web know-how and data and measurement." */
export function skillSummary(format: Formatter, jobId: JobId, ratings: SkillRatings): string {
	return format('pages.job.skillsSummary', {
		values: { job: format(`jobs.${jobId}.subject`), skills: skillsText(format, topSkills(ratings)) }
	});
}

/** One sentence per job that leads the others somewhere; one calm sentence when none does. */
export function differenceSentences(format: Formatter, jobs: readonly JobRatings[]): string[] {
	const found = standouts(jobs);
	if (found.length === 0) return [format('pages.compare.noStandout')];
	return found.map(({ jobId, skills, lead }) =>
		format('pages.compare.standout', {
			values: {
				job: format(`jobs.${jobId}.subject`),
				far: lead >= farLead ? 'yes' : 'no',
				skills: skillsText(format, skills)
			}
		})
	);
}
