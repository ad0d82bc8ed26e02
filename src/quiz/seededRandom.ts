/**
 * A small seeded random generator (mulberry32): the same seed always gives the same
 * numbers, on every browser, so a round can travel as one number in a link.
 */

/** Seeds are whole numbers from 0 to 2³² − 1. */
export const maxSeed = 2 ** 32 - 1;

/** True when a value can seed a round. */
export function isSeed(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxSeed;
}

/** A new random seed (Math.random is fine: it only needs to differ between rounds). */
export function newSeed(): number {
	return Math.floor(Math.random() * (maxSeed + 1));
}

/** Numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
	};
}

/** A shuffled copy (Fisher–Yates), driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}
