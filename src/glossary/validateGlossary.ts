/**
 * Checks on the glossary and on the term marks inside job texts, run by the content test:
 * facts that point nowhere, jargon lists that disagree with who uses a term, definitions
 * longer than two sentences, two entries with the same name, and broken marks.
 */
import type { JobFacts, JobId } from '../jobs/jobs';
import { flattenMessages } from '../lib/content/validateContent';
import type { MessageTree } from '../lib/i18n/i18n';
import { normalise } from './search';
import { splitTermMarks } from './termMarks';
import type { TermFacts } from './termFacts';
import { isTermId, type TermId } from './terms';

/** The job text keys (after `jobs.{id}.`) where glossary words may be marked. */
export const markableJobKeys = [
	/^purpose$/,
	/^success$/,
	/^day\.[\d:]+\.text$/,
	/^myths\.[\w-]+\.reality$/,
	/^workplace$/,
	/^colleagues$/,
	/^tools$/,
	/^gettingIn$/,
	/^difference$/
];

/** Sentences in a short text: ends of sentence followed by a capital, abbreviations aside. */
export function sentenceCount(text: string): number {
	return text
		.replace(/\b(?:M|Mme|Dr|Mr|Mrs|Ms|etc|e\.g|i\.e)\./g, '$&\u0000')
		.split(/(?<=[.!?…])\s+(?=[«“"(]?\p{Lu})/u)
		.filter((part) => /\p{L}/u.test(part)).length;
}

/** Problems in the language-neutral facts of the terms, checked against the jobs' jargon. */
export function findTermFactProblems(
	termFacts: Record<TermId, TermFacts>,
	jobFacts: Record<JobId, JobFacts>
): string[] {
	const problems: string[] = [];
	for (const [term, facts] of Object.entries(termFacts) as [TermId, TermFacts][]) {
		if (facts.jobs.length === 0) problems.push(`${term}: no job uses it`);
		if (facts.related.length === 0) problems.push(`${term}: no related term`);
		for (const other of facts.related) {
			if (!isTermId(other) || other === term)
				problems.push(`${term}: related "${other}" does not resolve`);
		}
	}
	for (const [job, facts] of Object.entries(jobFacts) as [JobId, JobFacts][]) {
		for (const term of facts.jargon) {
			if (!termFacts[term]?.jobs.includes(job)) {
				problems.push(`${term}: in the jargon of ${job}, which its facts do not list`);
			}
		}
	}
	return problems;
}

/** Problems in one language's glossary texts and in the marks of its job texts. */
export function findGlossaryTextProblems(
	messages: MessageTree,
	termIds: readonly TermId[]
): string[] {
	const problems: string[] = [];
	const glossary = (messages['glossary'] as MessageTree | undefined)?.['terms'] as
		Record<string, Record<string, unknown>> | undefined;
	const names = new Map<string, string>();
	for (const term of termIds) {
		const entry = glossary?.[term];
		if (!entry) {
			problems.push(`${term}: no text`);
			continue;
		}
		const alternatives = entry['alternatives'];
		if (!Array.isArray(alternatives) || alternatives.some((item) => typeof item !== 'string')) {
			problems.push(`${term}: alternatives must be a list of texts`);
		}
		const definition = entry['definition'];
		if (typeof definition === 'string' && sentenceCount(definition) > 2) {
			problems.push(`${term}: the definition is longer than two sentences`);
		}
		const name =
			typeof entry['name'] === 'string' ? normalise(entry['name']).replaceAll(' ', '') : '';
		const owner = names.get(name);
		if (owner) problems.push(`${term}: same name as ${owner}`);
		names.set(name, term);
	}

	for (const [key, leaf] of flattenMessages(messages)) {
		const value = Array.isArray(leaf) ? leaf.join(' ') : leaf;
		if (typeof value !== 'string' || !value.includes('[[')) continue;
		const jobKey = /^jobs\.[\w-]+\.(.+)$/.exec(key)?.[1];
		if (!jobKey || !markableJobKeys.some((pattern) => pattern.test(jobKey))) {
			problems.push(`${key}: glossary marks are not shown here`);
			continue;
		}
		const marks = value.split('[[').length - 1;
		const terms = splitTermMarks(value).filter((part) => part.term !== null).length;
		if (marks !== terms) problems.push(`${key}: a mark is broken or names no term`);
	}
	return problems;
}
