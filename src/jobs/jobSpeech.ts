import { plainText } from '../glossary/termMarks';
import { timeParts } from './dayTime';
import { jobFacts, type JobId } from './jobs';

/** Looks up a text by key, with ICU values: the shape of svelte-i18n's formatter. */
export type TextLookup = (
	key: string,
	options?: { values: Record<string, string | number> }
) => string;

/** What the "Read aloud" button reads on a job page: the explanation, the day and the myths. */
export function jobSpeechText(jobId: JobId, text: TextLookup): string {
	const key = (suffix: string) => `jobs.${jobId}.${suffix}`;
	const facts = jobFacts[jobId];
	const lines = [
		`${text(key('name'))}.`,
		text(key('summary')),
		text(key('comparison')),
		`${text('pages.job.purposeHeading')}`,
		text(key('purpose')),
		text(key('success')),
		`${text('pages.job.dayHeading')}.`,
		...facts.day.map(
			(time) =>
				`${text('pages.job.time', { values: { ...timeParts(time) } })}: ${text(key(`day.${time}.title`))}. ${text(key(`day.${time}.text`))}`
		),
		`${text('pages.job.mythsHeading')}`,
		...facts.myths.flatMap((myth) => [
			text(key(`myths.${myth}.myth`)),
			text(key(`myths.${myth}.reality`))
		])
	];
	return plainText(lines.filter((line) => line.trim() !== '').join('\n'));
}
