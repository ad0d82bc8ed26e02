/**
 * A round being played: its questions, the answers given so far, and the challenge it
 * answers. Scoring, the questions missed, saving to storage and reading back (strictly:
 * storage may hold anything) are pure functions here.
 */
import { questionBank, type QuestionId } from './questionBank';
import {
	choiceCount,
	isRightChoice,
	isShortRoundLength,
	type RoundFilter,
	type RoundQuestion,
	type RoundSpec
} from './round';
import { isSeed } from './seededRandom';

/** A round in play. `spec` is null for a "retry my mistakes" round, which has no link. */
export interface RoundState {
	spec: RoundSpec | null;
	questions: RoundQuestion[];
	/** For each question, the position of the choice picked (in display order), or null. */
	answers: (number | null)[];
	/** The sender's name and score, when the round came from a challenge link. */
	challenge: { from: string | null; score: number } | null;
}

/** A fresh round with no answers yet. */
export function startRound(
	spec: RoundSpec | null,
	questions: RoundQuestion[],
	challenge: RoundState['challenge'] = null
): RoundState {
	return { spec, questions, answers: questions.map(() => null), challenge };
}

/** The round with one more answer; answering twice keeps the first answer. */
export function answer(state: RoundState, index: number, shownPosition: number): RoundState {
	if (state.answers[index] !== null) return state;
	const answers = [...state.answers];
	answers[index] = shownPosition;
	return { ...state, answers };
}

/** The first question without an answer, or null when the round is over. */
export function currentIndex(state: RoundState): number | null {
	const index = state.answers.indexOf(null);
	return index === -1 ? null : index;
}

/** Right answers so far. */
export function scoreOf(state: RoundState): number {
	return state.questions.filter((question, index) => {
		const picked = state.answers[index];
		return picked !== null && picked !== undefined && isRightChoice(question, picked);
	}).length;
}

/** The questions answered wrongly, in round order. */
export function missedQuestions(state: RoundState): QuestionId[] {
	return state.questions
		.filter((question, index) => {
			const picked = state.answers[index];
			return picked !== null && picked !== undefined && !isRightChoice(question, picked);
		})
		.map((question) => question.id);
}

/** The key best scores are kept under: the filter's kind or job, or "all". */
export function filterKey(filter: RoundFilter): string {
	if (filter === null) return 'all';
	return 'kind' in filter ? filter.kind : `job:${filter.job}`;
}

/** Best scores by filter key, as a share of the round (so rounds of 9 and 10 compare). */
export type BestScores = Record<string, { score: number; total: number }>;

/** The best scores with a finished round counted in. */
export function withBestScore(
	best: BestScores,
	key: string,
	score: number,
	total: number
): BestScores {
	const previous = best[key];
	if (previous && previous.score / previous.total >= score / total) return best;
	return { ...best, [key]: { score, total } };
}

function isRoundQuestion(value: unknown): value is RoundQuestion {
	if (typeof value !== 'object' || value === null) return false;
	const { id, choiceOrder } = value as Record<string, unknown>;
	if (typeof id !== 'string' || !Object.hasOwn(questionBank, id)) return false;
	const count = choiceCount(id as QuestionId);
	return (
		Array.isArray(choiceOrder) &&
		choiceOrder.length === count &&
		[...choiceOrder].sort().every((position, index) => position === index)
	);
}

function isSpec(value: unknown): value is RoundSpec | null {
	if (value === null) return true;
	if (typeof value !== 'object') return false;
	const { seed, filter, length } = value as Record<string, unknown>;
	if (!isSeed(seed)) return false;
	if (length !== undefined && !(typeof length === 'number' && isShortRoundLength(length))) {
		return false;
	}
	if (filter === null) return length === undefined;
	if (typeof filter !== 'object' || filter === undefined) return false;
	const { kind, job } = filter as Record<string, unknown>;
	return (
		(['who', 'word', 'myth'].includes(kind as string) && job === undefined) ||
		(typeof job === 'string' &&
			kind === undefined &&
			Object.values(questionBank).some((facts) => facts.job === job))
	);
}

/** Reads a saved round back; null when storage holds anything else. Never throws. */
export function parseRoundState(raw: string | null): RoundState | null {
	if (!raw) return null;
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const { spec, questions, answers, challenge } = value as Record<string, unknown>;
	if (!isSpec(spec) || !Array.isArray(questions) || !Array.isArray(answers)) return null;
	if (questions.length === 0 || questions.length > 60 || !questions.every(isRoundQuestion))
		return null;
	if (new Set(questions.map((question) => question.id)).size !== questions.length) return null;
	if (answers.length !== questions.length) return null;
	const answersOk = answers.every(
		(picked, index) =>
			picked === null ||
			(Number.isInteger(picked) && picked >= 0 && picked < questions[index]!.choiceOrder.length)
	);
	if (!answersOk) return null;
	let savedChallenge: RoundState['challenge'] = null;
	if (challenge !== null && challenge !== undefined) {
		if (typeof challenge !== 'object') return null;
		const { from, score } = challenge as Record<string, unknown>;
		if (!(from === null || (typeof from === 'string' && from.length <= 40))) return null;
		if (!Number.isInteger(score) || (score as number) < 0 || (score as number) > questions.length)
			return null;
		savedChallenge = { from: from as string | null, score: score as number };
	}
	return { spec, questions, answers: answers as (number | null)[], challenge: savedChallenge };
}

/** Reads saved best scores; anything odd in storage gives none. Never throws. */
export function parseBestScores(raw: string | null): BestScores {
	if (!raw) return {};
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
		const best: BestScores = {};
		for (const [key, entry] of Object.entries(value)) {
			if (typeof entry !== 'object' || entry === null) continue;
			const { score, total } = entry as Record<string, unknown>;
			if (
				Number.isInteger(score) &&
				Number.isInteger(total) &&
				(total as number) > 0 &&
				(score as number) >= 0 &&
				(score as number) <= (total as number) &&
				key.length <= 40
			) {
				best[key] = { score: score as number, total: total as number };
			}
		}
		return best;
	} catch {
		return {};
	}
}
