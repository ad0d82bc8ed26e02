import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { JobFacts } from '../../jobs/jobs';
import type { MessageTree } from '../i18n/i18n';

/** Every leaf of a message tree as `dotted.key → text` (non-strings are kept for reporting). */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, unknown> {
	const flat = new Map<string, unknown>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			for (const [childPath, childValue] of flattenMessages(value, path)) {
				flat.set(childPath, childValue);
			}
		} else {
			flat.set(path, value);
		}
	}
	return flat;
}

/** True when a message uses `#` in a plural, which formats through the costly Intl.NumberFormat. */
export function usesPound(message: string): boolean {
	const visit = (elements: MessageFormatElement[]): boolean =>
		elements.some(
			(element) =>
				element.type === TYPE.pound ||
				('options' in element &&
					Object.values(element.options).some((option) => visit(option.value)))
		);
	return visit(parse(message, { ignoreTag: true }));
}

/** The names of the ICU arguments a message uses (`{count, plural, …}` gives `count`). */
export function messageArguments(message: string): string[] {
	const names = new Set<string>();
	const visit = (elements: MessageFormatElement[]) => {
		for (const element of elements) {
			if ('value' in element && element.type !== TYPE.literal) {
				names.add(String(element.value));
			}
			if ('options' in element) {
				for (const option of Object.values(element.options)) visit(option.value);
			}
			if (element.type === TYPE.tag) visit(element.children);
		}
	};
	visit(parse(message, { ignoreTag: true }));
	return [...names].sort();
}

/**
 * Problems in the content of all languages: keys present in one language only, required keys
 * missing, empty or non-text values, ICU syntax errors, and arguments that differ between
 * languages. An empty list means the content is sound.
 */
export function findContentProblems(
	messagesByLanguage: Record<string, MessageTree>,
	requiredKeys: readonly string[],
	/** Keys whose ICU arguments may differ: a language may need other parts (12-hour clock). */
	argumentsMayDiffer: readonly string[] = []
): string[] {
	const problems: string[] = [];
	const flat = Object.entries(messagesByLanguage).map(
		([language, tree]) => [language, flattenMessages(tree)] as const
	);
	const allKeys = new Set([
		...requiredKeys,
		...flat.flatMap(([, messages]) => [...messages.keys()])
	]);

	for (const key of [...allKeys].sort()) {
		const argumentsByLanguage = new Map<string, string>();
		for (const [language, messages] of flat) {
			const value = messages.get(key);
			if (value === undefined) {
				problems.push(`${language}: missing "${key}"`);
				continue;
			}
			if (Array.isArray(value)) {
				// A list of texts (such as a job's other titles): its length may differ by language.
				if (value.some((item) => typeof item !== 'string' || item.trim() === '')) {
					problems.push(`${language}: "${key}" holds an empty or non-text item`);
				}
				continue;
			}
			if (typeof value !== 'string') {
				problems.push(`${language}: "${key}" is not text`);
				continue;
			}
			if (value.trim() === '') {
				problems.push(`${language}: "${key}" is empty`);
				continue;
			}
			try {
				argumentsByLanguage.set(language, messageArguments(value).join(','));
				if (usesPound(value)) {
					problems.push(`${language}: "${key}" uses # in a plural: write the argument, {count}`);
				}
			} catch (error) {
				problems.push(`${language}: "${key}" is not a valid ICU message (${String(error)})`);
			}
		}
		if (new Set(argumentsByLanguage.values()).size > 1 && !argumentsMayDiffer.includes(key)) {
			problems.push(`"${key}" uses different arguments across languages`);
		}
	}
	return problems;
}

/** Problems in the language-neutral job facts: counts, ranges and references that do not resolve. */
export function findJobFactProblems(
	facts: Record<string, JobFacts>,
	known: { jobIds: readonly string[]; termIds: readonly string[]; skillIds: readonly string[] }
): string[] {
	const problems: string[] = [];
	for (const [jobId, job] of Object.entries(facts)) {
		const say = (problem: string) => problems.push(`${jobId}: ${problem}`);
		if (job.day.length < 6 || job.day.length > 8)
			say(`has ${job.day.length} day moments, not 6 to 8`);
		if (job.day.some((time) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)))
			say('has a day time that is not HH:MM');
		if ([...job.day].sort().join() !== job.day.join() || new Set(job.day).size !== job.day.length) {
			say('day moments are not in order, or repeat');
		}
		if (job.myths.length < 3) say(`has ${job.myths.length} myths, not at least 3`);
		const skills = Object.keys(job.skills);
		if (skills.length < 8 || skills.length > 10) say(`has ${skills.length} skills, not 8 to 10`);
		for (const skill of known.skillIds) {
			const rating = job.skills[skill as keyof typeof job.skills];
			if (!Number.isInteger(rating) || rating < 0 || rating > 5)
				say(`skill ${skill} is not rated 0 to 5`);
		}
		for (const term of job.jargon) if (!known.termIds.includes(term)) say(`unknown term "${term}"`);
		for (const other of job.closeTo) {
			if (!known.jobIds.includes(other) || other === jobId)
				say(`close job "${other}" does not resolve`);
		}
		if (!/^[A-Z]\d{4}$/.test(job.rome.code)) say(`ROME code "${job.rome.code}" is malformed`);
		if (!job.esco.uri.startsWith('http://data.europa.eu/esco/occupation/'))
			say('ESCO link is malformed');
	}
	return problems;
}
