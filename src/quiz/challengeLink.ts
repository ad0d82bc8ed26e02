/**
 * Challenge links: `#/fr/quiz?round=1.k3x9a.seo&from=Julie&score=8` gives anyone the same
 * round, with the sender's first name and score. Reading is strict: a part that is not
 * exactly right is dropped (and reported), and the quiz still plays.
 */
import { isJobId } from '../jobs/jobs';
import type { Language } from '../lib/i18n/languages';
import { routeHash, type Query } from '../lib/router/route';
import { questionKinds, type QuestionKind } from './questionBank';
import { drawRound, isShortRoundLength, type RoundFilter, type RoundSpec } from './round';
import { isSeed } from './seededRandom';

/** The longest first name a link may carry, in characters. */
export const maxNameLength = 40;

/** Version of the round format, first in the code so it can change without breaking links. */
const formatVersion = '1';

/**
 * A round as a short code: version, seed in base 36, the filter when there is one, and a
 * short round's length after its filter (`1.k3x9a.seo.5`).
 */
export function encodeRound(spec: RoundSpec): string {
	const parts = [formatVersion, spec.seed.toString(36)];
	if (spec.filter) {
		parts.push('kind' in spec.filter ? spec.filter.kind : spec.filter.job);
		if (spec.length !== undefined && isShortRoundLength(spec.length)) {
			parts.push(String(spec.length));
		}
	}
	return parts.join('.');
}

/** Reads a round code; null when it is not one this version wrote. */
export function decodeRound(code: string): RoundSpec | null {
	const match = /^1\.([0-9a-z]{1,7})(?:\.([a-z-]{2,30})(?:\.(\d))?)?$/.exec(code);
	if (!match) return null;
	const seed = parseInt(match[1]!, 36);
	if (!isSeed(seed)) return null;
	const filterCode = match[2];
	let filter: RoundFilter = null;
	if (filterCode !== undefined) {
		if ((questionKinds as readonly string[]).includes(filterCode)) {
			filter = { kind: filterCode as QuestionKind };
		} else if (isJobId(filterCode)) {
			filter = { job: filterCode };
		} else {
			return null;
		}
	}
	const lengthCode = match[3];
	if (lengthCode === undefined) return { seed, filter };
	const length = Number(lengthCode);
	return isShortRoundLength(length) ? { seed, filter, length } : null;
}

/**
 * A first name as it may be shown: trimmed, spaces collapsed, at most `maxNameLength`
 * characters, letters and common name signs only (no control or direction-override
 * characters, no markup signs). Null when it cannot be used as it is.
 */
export function cleanName(raw: string): string | null {
	const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
	if (name === '' || [...name].length > maxNameLength) return null;
	// Letters (any script), marks, digits, spaces, . ' ’ - as in "Anne-Sophie" or "O'Neil",
	// and emoji (with their joiners and skin tones). Nothing that could change direction or
	// hide text, and no markup signs.
	if (
		!/^(?:[\p{L}\p{M}\p{N} .'’-]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200D|\uFE0F)+$/u.test(
			name
		)
	) {
		return null;
	}
	return name;
}

/** What a quiz link says, and which of its parts were dropped. */
export interface Challenge {
	round: RoundSpec | null;
	from: string | null;
	score: number | null;
	/** Query keys that were present but unusable. */
	ignored: string[];
}

/** Reads the quiz parameters of a link. Never throws. */
export function readChallenge(query: Query): Challenge {
	const ignored: string[] = [];
	const rawRound = query['round'];
	const round = rawRound === undefined ? null : decodeRound(rawRound);
	if (rawRound !== undefined && !round) ignored.push('round');

	const rawFrom = query['from'];
	const from = rawFrom === undefined ? null : cleanName(rawFrom);
	if (rawFrom !== undefined && !from) ignored.push('from');

	const rawScore = query['score'];
	let score: number | null = null;
	if (rawScore !== undefined) {
		const length = round ? drawRound(round).length : 0;
		const value = /^\d{1,2}$/.test(rawScore) ? Number(rawScore) : NaN;
		if (round && value >= 0 && value <= length) score = value;
		else ignored.push('score');
	}
	// A name or a score means nothing without the round they belong to.
	if (!round && from) {
		ignored.push('from');
	}
	return { round, from: round ? from : null, score, ignored: [...new Set(ignored)] };
}

/** The link that replays a round, with the sender's name and score when given. */
export function challengeHash(
	language: Language,
	round: RoundSpec,
	sender: { from?: string | null; score?: number | null } = {}
): string {
	const params = new URLSearchParams({ round: encodeRound(round) });
	const from = sender.from ? cleanName(sender.from) : null;
	if (from) params.set('from', from);
	if (sender.score !== undefined && sender.score !== null)
		params.set('score', String(sender.score));
	return `${routeHash(language, 'quiz')}?${params.toString()}`;
}
