/**
 * Rounds: which questions, in which order, with the choices in which order. A round is
 * fully defined by its seed and its filter (a kind or a job), so a link can carry it.
 */
import type { JobId } from '../jobs/jobs';
import {
	questionBank,
	questionIds,
	questionKinds,
	type QuestionId,
	type QuestionKind
} from './questionBank';
import { seededRandom, shuffled } from './seededRandom';

/** Questions in a full round. */
export const roundLength = 10;

/** What a round is drawn from: every question, one kind, or one job. */
export type RoundFilter = { kind: QuestionKind } | { job: JobId } | null;

/** The lengths a short round may have (a short round is drawn from one kind or one job). */
export const shortRoundLengths = { min: 3, max: 9 } as const;

/** Everything needed to draw the same round again. */
export interface RoundSpec {
	seed: number;
	filter: RoundFilter;
	/** A short round's length; without it, a full round of `roundLength`. */
	length?: number;
}

/** True when a number is a length a short round may have. */
export function isShortRoundLength(value: number): boolean {
	return (
		Number.isInteger(value) && value >= shortRoundLengths.min && value <= shortRoundLengths.max
	);
}

/** One question of a round, with the order its choices are shown in. */
export interface RoundQuestion {
	id: QuestionId;
	/** Positions of the choices as written in the bank (0 is the right one), in display order. */
	choiceOrder: number[];
}

/** The questions a filter allows, in the bank's order. */
export function questionPool(filter: RoundFilter): QuestionId[] {
	if (filter === null) return [...questionIds];
	return questionIds.filter((id) => {
		const facts = questionBank[id];
		return 'kind' in filter ? facts.kind === filter.kind : facts.job === filter.job;
	});
}

/** How many choices a question shows. */
export function choiceCount(id: QuestionId): number {
	const facts = questionBank[id];
	switch (facts.kind) {
		case 'who':
			return facts.choices.length;
		case 'word':
			return facts.choiceCount;
		case 'myth':
			return 2;
	}
}

/** The choices' display order: shuffled, except myth or reality, which always read that way. */
function choiceOrderFor(id: QuestionId, random: () => number): number[] {
	const positions = Array.from({ length: choiceCount(id) }, (_, index) => index);
	return questionBank[id].kind === 'myth' ? positions : shuffled(positions, random);
}

/**
 * Draws a round: up to `roundLength` (or the short length) different questions. Without a
 * filter, and in a short round, every kind gets its share before the rest is filled at
 * random, so the round mixes kinds. A full round of one kind or job keeps the draw that
 * older challenge links rely on.
 */
export function drawRound(spec: RoundSpec): RoundQuestion[] {
	const random = seededRandom(spec.seed);
	const pool = shuffled(questionPool(spec.filter), random);
	const length = spec.length ?? roundLength;
	let picked: QuestionId[];
	if (spec.filter === null || spec.length !== undefined) {
		const share = Math.floor(length / questionKinds.length);
		const firsts = questionKinds.flatMap((kind) =>
			pool.filter((id) => questionBank[id].kind === kind).slice(0, share)
		);
		const rest = pool.filter((id) => !firsts.includes(id));
		picked = shuffled([...firsts, ...rest.slice(0, length - firsts.length)], random);
	} else {
		picked = pool.slice(0, length);
	}
	return picked.map((id) => ({ id, choiceOrder: choiceOrderFor(id, random) }));
}

/** A round of given questions (the ones missed), in the same order, choices shuffled again. */
export function retryRound(ids: readonly QuestionId[], seed: number): RoundQuestion[] {
	const random = seededRandom(seed);
	return ids.map((id) => ({ id, choiceOrder: choiceOrderFor(id, random) }));
}

/** Whether a shown choice (its position in display order) is the right answer. */
export function isRightChoice(question: RoundQuestion, shownPosition: number): boolean {
	const facts = questionBank[question.id];
	const written = question.choiceOrder[shownPosition];
	if (facts.kind === 'myth') return (written === 0) === facts.isMyth;
	return written === 0;
}
