import { describe, expect, it } from 'vitest';
import { jobIds } from '../../src/jobs/jobs';
import {
	challengeHash,
	cleanName,
	decodeRound,
	encodeRound,
	readChallenge
} from '../../src/quiz/challengeLink';
import { isolated } from '../../src/lib/text/plainText';
import { questionBank, questionIds, questionKinds } from '../../src/quiz/questionBank';
import {
	drawRound,
	isRightChoice,
	questionPool,
	retryRound,
	roundLength,
	type RoundFilter,
	type RoundQuestion
} from '../../src/quiz/round';
import {
	answer,
	currentIndex,
	missedQuestions,
	parseBestScores,
	parseRoundState,
	scoreOf,
	startRound,
	withBestScore
} from '../../src/quiz/roundState';
import { maxSeed, seededRandom, shuffled } from '../../src/quiz/seededRandom';
import { parseRoute } from '../../src/lib/router/route';
import { loadAllMessages, type MessageTree } from '../../src/lib/i18n/i18n';
import { languages } from '../../src/lib/i18n/languages';
import { scoreTier } from '../../src/quiz/scoreTier';

const filters: RoundFilter[] = [
	null,
	...questionKinds.map((kind) => ({ kind })),
	...jobIds.map((job) => ({ job }))
];
const seeds = [0, 1, 42, 123456789, maxSeed];

/** The shown position of the right choice. */
const rightPosition = (question: RoundQuestion) =>
	question.choiceOrder.findIndex((_, shown) => isRightChoice(question, shown));

describe('the question bank', () => {
	it('has at least 48 questions, every kind, and every job in every kind', () => {
		expect(questionIds.length).toBeGreaterThanOrEqual(48);
		for (const job of jobIds) {
			for (const kind of questionKinds) {
				expect(
					questionIds.some((id) => questionBank[id].job === job && questionBank[id].kind === kind),
					`${job} ${kind}`
				).toBe(true);
			}
		}
	});

	it('offers 2 to 4 choices, and who-questions name real, different jobs', () => {
		for (const id of questionIds) {
			const facts = questionBank[id];
			if (facts.kind === 'who') {
				expect(new Set(facts.choices).size).toBe(facts.choices.length);
				expect(facts.choices[0]).toBe(facts.job);
				expect(facts.choices.length).toBeGreaterThanOrEqual(2);
				expect(facts.choices.length).toBeLessThanOrEqual(4);
			}
		}
	});
});

describe('the question texts', () => {
	it.each(languages)(
		'in %s, every question has a prompt, an explanation, and its choices',
		async (language) => {
			const messages = await loadAllMessages(language);
			const texts = (messages['quiz'] as MessageTree)['questions'] as unknown as Record<
				string,
				{ prompt: string; explanation: string; choices?: string[] }
			>;
			expect(Object.keys(texts)).toEqual(questionIds);
			for (const id of questionIds) {
				const facts = questionBank[id];
				const entry = texts[id]!;
				expect(entry.prompt.trim(), id).not.toBe('');
				expect(entry.explanation.trim(), id).not.toBe('');
				if (facts.kind === 'word') {
					expect(entry.choices, id).toHaveLength(facts.choiceCount);
					expect(new Set(entry.choices).size, id).toBe(facts.choiceCount);
				} else {
					expect(entry.choices, id).toBeUndefined();
				}
			}
		}
	);
});

describe('scoreTier', () => {
	it.each([
		[10, 10, 'top'],
		[9, 10, 'top'],
		[6, 10, 'good'],
		[3, 10, 'fair'],
		[2, 10, 'start'],
		[0, 0, 'start'],
		[1, 1, 'top']
	] as const)('%i of %i is %s', (score, total, tier) => {
		expect(scoreTier(score, total)).toBe(tier);
	});
});

describe('seededRandom', () => {
	it('gives the same numbers for the same seed, and others for another', () => {
		const a = Array.from({ length: 5 }, seededRandom(7));
		expect(Array.from({ length: 5 }, seededRandom(7))).toEqual(a);
		expect(Array.from({ length: 5 }, seededRandom(8))).not.toEqual(a);
		expect(a.every((value) => value >= 0 && value < 1)).toBe(true);
	});

	it('shuffles into a permutation', () => {
		const items = [1, 2, 3, 4, 5, 6];
		expect(shuffled(items, seededRandom(3)).sort()).toEqual(items);
	});
});

describe('drawRound', () => {
	it.each(filters)('always gives the same valid round for a seed: %j', (filter) => {
		for (const seed of seeds) {
			const round = drawRound({ seed, filter });
			expect(drawRound({ seed, filter })).toEqual(round);
			const pool = questionPool(filter);
			expect(round).toHaveLength(Math.min(roundLength, pool.length));
			expect(new Set(round.map((question) => question.id)).size).toBe(round.length);
			for (const question of round) {
				expect(pool).toContain(question.id);
				expect([...question.choiceOrder].sort()).toEqual(
					question.choiceOrder.map((_, index) => index)
				);
				expect(
					question.choiceOrder.filter((_, shown) => isRightChoice(question, shown))
				).toHaveLength(1);
			}
		}
	});

	it('mixes every kind into an unfiltered round', () => {
		for (const seed of seeds) {
			const kinds = new Set(drawRound({ seed, filter: null }).map((q) => questionBank[q.id].kind));
			expect([...kinds].sort()).toEqual([...questionKinds].sort());
		}
	});

	it('draws different rounds from different seeds', () => {
		const ids = (seed: number) =>
			drawRound({ seed, filter: null })
				.map((q) => q.id)
				.join();
		expect(new Set(seeds.map(ids)).size).toBe(seeds.length);
	});

	it('draws exactly this round for seed 2024, so old challenge links keep working', () => {
		// Changing the bank or the drawing changes every shared round: bump the link version then.
		const round = drawRound({ seed: 2024, filter: null });
		expect(round.map((question) => [question.id, question.choiceOrder.join('')])).toEqual([
			['community-manager-word-2', '120'],
			['media-planner-word-2', '210'],
			['traffic-manager-who-1', '210'],
			['seo-who-2', '021'],
			['community-manager-word-1', '102'],
			['community-manager-who-3', '210'],
			['media-planner-myth-1', '01'],
			['media-buyer-myth-1', '01'],
			['community-manager-myth-2', '01'],
			['traffic-manager-word-1', '210']
		]);
	});

	it.each(jobIds)('draws a short round about %s that mixes all three kinds', (job) => {
		for (const seed of seeds) {
			const spec = { seed, filter: { job }, length: 5 };
			const round = drawRound(spec);
			expect(drawRound(spec)).toEqual(round);
			expect(round).toHaveLength(5);
			expect(new Set(round.map((question) => question.id)).size).toBe(5);
			expect(round.every((question) => questionBank[question.id].job === job)).toBe(true);
			const kinds = new Set(round.map((question) => questionBank[question.id].kind));
			expect([...kinds].sort()).toEqual([...questionKinds].sort());
		}
	});

	it('keeps the full round of one job as older links drew it', () => {
		const ids = drawRound({ seed: 4, filter: { job: 'seo' } }).map((question) => question.id);
		expect(ids).toHaveLength(9);
		expect(drawRound({ seed: 4, filter: { job: 'seo' }, length: 5 }).map((q) => q.id)).not.toEqual(
			ids.slice(0, 5)
		);
	});

	it('keeps myth before reality', () => {
		const round = drawRound({ seed: 5, filter: { kind: 'myth' } });
		expect(round.every((question) => question.choiceOrder.join() === '0,1')).toBe(true);
	});
});

describe('playing a round', () => {
	const round = drawRound({ seed: 99, filter: null });

	it('scores right answers, lists the missed ones, and keeps first answers', () => {
		let state = startRound({ seed: 99, filter: null }, round);
		round.forEach((question, index) => {
			const right = rightPosition(question);
			const pick = index % 3 === 0 ? (right + 1) % question.choiceOrder.length : right;
			state = answer(state, index, pick);
		});
		state = answer(state, 1, (rightPosition(round[1]!) + 1) % round[1]!.choiceOrder.length);
		const missed = round.filter((_, index) => index % 3 === 0).map((question) => question.id);
		expect(missedQuestions(state)).toEqual(missed);
		expect(scoreOf(state)).toBe(round.length - missed.length);
		expect(currentIndex(state)).toBeNull();
	});

	it('retries exactly the missed questions', () => {
		const missed = [round[0]!.id, round[4]!.id];
		expect(retryRound(missed, 1).map((question) => question.id)).toEqual(missed);
	});

	it('keeps the best score as a share of the round', () => {
		let best = withBestScore({}, 'all', 6, 10);
		best = withBestScore(best, 'all', 5, 10);
		expect(best['all']).toEqual({ score: 6, total: 10 });
		best = withBestScore(best, 'all', 9, 9);
		expect(best['all']).toEqual({ score: 9, total: 9 });
	});
});

describe('saved rounds and scores', () => {
	const state = answer(
		startRound(
			{ seed: 4, filter: { job: 'seo' } },
			drawRound({ seed: 4, filter: { job: 'seo' } }),
			{ from: 'Julie', score: 7 }
		),
		0,
		1
	);

	it('round-trips through storage', () => {
		expect(parseRoundState(JSON.stringify(state))).toEqual(state);
	});

	it.each([
		null,
		'',
		'not json',
		'[]',
		'{"spec":null}',
		JSON.stringify({ ...state, questions: [] }),
		JSON.stringify({ ...state, answers: [9, ...state.answers.slice(1)] }),
		JSON.stringify({ ...state, questions: [{ id: 'nope', choiceOrder: [0, 1] }] }),
		JSON.stringify({
			...state,
			questions: [state.questions[0], state.questions[0]],
			answers: [null, null]
		}),
		JSON.stringify({ ...state, spec: { seed: -1, filter: null } }),
		JSON.stringify({ ...state, spec: { seed: 4, filter: { job: 'seo' }, length: 12 } }),
		JSON.stringify({ ...state, spec: { seed: 4, filter: null, length: 5 } }),
		JSON.stringify({ ...state, challenge: { from: 'x', score: 99 } })
	])('ignores tampered storage: %s', (raw) => {
		expect(parseRoundState(raw)).toBeNull();
	});

	it('keeps only sound best scores', () => {
		expect(
			parseBestScores('{"all":{"score":3,"total":10},"who":{"score":11,"total":10},"x":5}')
		).toEqual({
			all: { score: 3, total: 10 }
		});
		expect(parseBestScores('garbage')).toEqual({});
	});
});

describe('challenge links', () => {
	it.each(filters)('round-trips a round code: %j', (filter) => {
		for (const seed of seeds) {
			expect(decodeRound(encodeRound({ seed, filter }))).toEqual({ seed, filter });
		}
	});

	it.each([3, 5, 9])('round-trips a short round of %i questions', (length) => {
		const spec = { seed: 77, filter: { job: 'smo' as const }, length };
		expect(encodeRound(spec)).toBe(`1.25.smo.${length}`);
		expect(decodeRound(encodeRound(spec))).toEqual(spec);
		expect(readChallenge({ round: encodeRound(spec), score: String(length) }).score).toBe(length);
		expect(readChallenge({ round: encodeRound(spec), score: String(length + 1) }).score).toBeNull();
	});

	it.each([
		'',
		'1',
		'2.abc',
		'1.',
		'1.zzzzzzzz',
		'1.abc.plumber',
		'1.ABC',
		'1.abc.who.x',
		'1.-1',
		' 1.abc',
		'1.abc.seo.2',
		'1.abc.seo.10',
		'1.abc.seo.x',
		'1.abc..5'
	])('rejects the round code %j', (code) => {
		expect(decodeRound(code)).toBeNull();
	});

	it.each([
		['Julie', 'Julie'],
		['  Jean   Pierre ', 'Jean Pierre'],
		['Anne-Sophie', 'Anne-Sophie'],
		["O'Neil", "O'Neil"],
		['Zoé 🎉', 'Zoé 🎉'],
		['👩🏽‍💻', '👩🏽‍💻'],
		['مريم', 'مريم'],
		['<img src=x onerror=alert(1)>', null],
		['Julie\u202Eevil', null],
		['a'.repeat(41), null],
		['', null],
		['Bob\u0000', null]
	])('cleans the name %j', (raw, expected) => {
		expect(cleanName(raw)).toBe(expected);
	});

	it('isolates a name from the sentence around it', () => {
		expect(isolated('مريم')).toBe('\u2068مريم\u2069');
	});

	it('builds links the router and the reader read back', () => {
		const round = { seed: 123, filter: { kind: 'word' as const } };
		const hash = challengeHash('fr', round, { from: 'Zoé', score: 8 });
		const route = parseRoute(hash);
		expect('query' in route ? route.query : {}).toEqual({
			round: encodeRound(round),
			from: 'Zoé',
			score: '8'
		});
		expect(readChallenge({ round: encodeRound(round), from: 'Zoé', score: '8' })).toEqual({
			round,
			from: 'Zoé',
			score: 8,
			ignored: []
		});
	});

	it('drops what is wrong and keeps the rest', () => {
		const round = encodeRound({ seed: 5, filter: null });
		expect(readChallenge({ round, from: '<b>x</b>', score: '11' })).toEqual({
			round: { seed: 5, filter: null },
			from: null,
			score: null,
			ignored: ['from', 'score']
		});
		expect(readChallenge({ round: 'garbage', from: 'Julie', score: '3' })).toEqual({
			round: null,
			from: null,
			score: null,
			ignored: ['round', 'score', 'from']
		});
		expect(readChallenge({})).toEqual({ round: null, from: null, score: null, ignored: [] });
	});
});
