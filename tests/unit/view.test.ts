import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNearScreen } from '../../src/lib/view/nearScreen';

describe('whenNearScreen', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('calls at once where IntersectionObserver is missing, so nothing is left out', () => {
		vi.stubGlobal('IntersectionObserver', undefined);
		const onNear = vi.fn();
		whenNearScreen(document.createElement('div'), onNear);
		expect(onNear).toHaveBeenCalledOnce();
	});

	it('waits for the element to come near, calls once, then stops watching', () => {
		let report: (entries: Array<{ isIntersecting: boolean }>) => void = () => {};
		const disconnect = vi.fn();
		const options: unknown[] = [];
		vi.stubGlobal(
			'IntersectionObserver',
			class {
				constructor(callback: typeof report, init: unknown) {
					report = callback;
					options.push(init);
				}
				observe() {}
				disconnect = disconnect;
			}
		);
		const onNear = vi.fn();
		whenNearScreen(document.createElement('div'), onNear, '200px');
		expect(options).toEqual([{ rootMargin: '200px 0px' }]);
		report([{ isIntersecting: false }]);
		expect(onNear).not.toHaveBeenCalled();
		report([{ isIntersecting: true }]);
		expect(onNear).toHaveBeenCalledOnce();
		expect(disconnect).toHaveBeenCalled();
	});
});
