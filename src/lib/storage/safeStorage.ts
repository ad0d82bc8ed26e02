/**
 * localStorage that never throws: storage can be disabled (private mode, blocked cookies),
 * full, or hold anything a user or an older version left there.
 */

/** Every key the app writes, so tests can fill each one with garbage. */
export const storageKeys = {
	language: 'wje.language',
	quizRound: 'wje.quiz.round',
	quizBest: 'wje.quiz.best'
} as const;

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** The raw string stored under `key`, or null when absent or unreadable. */
export function readStored(key: string): string | null {
	try {
		return storage()?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Stores `value`; returns false when storage refused it (full or disabled). */
export function writeStored(key: string, value: string): boolean {
	try {
		const target = storage();
		if (!target) return false;
		target.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}
