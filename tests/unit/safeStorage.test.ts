import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, writeStored } from '../../src/lib/storage/safeStorage';

function setup(behaviour: 'working' | 'throws' | 'missing') {
	if (behaviour === 'working') return;
	if (behaviour === 'missing') {
		vi.stubGlobal('localStorage', undefined);
		return;
	}
	const broken = {
		getItem: () => {
			throw new DOMException('denied', 'SecurityError');
		},
		setItem: () => {
			throw new DOMException('full', 'QuotaExceededError');
		}
	};
	vi.stubGlobal('localStorage', broken);
}

describe('safe storage', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		localStorage.clear();
	});

	it('stores and reads back a value', () => {
		setup('working');
		expect(writeStored('k', 'v')).toBe(true);
		expect(readStored('k')).toBe('v');
	});

	it('reads null for a key never written', () => {
		setup('working');
		expect(readStored('never')).toBeNull();
	});

	it.each(['throws', 'missing'] as const)('survives storage that %s', (behaviour) => {
		setup(behaviour);
		expect(writeStored('k', 'v')).toBe(false);
		expect(readStored('k')).toBeNull();
	});
});
