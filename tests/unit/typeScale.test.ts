import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Components keep to the type scale in src/app.css: a few sizes and two weights. Each other
 * size or weight costs a font lookup the first time the browser lays out text in it, which
 * made a job page's layout after its first paint several times longer on a slow phone.
 * Print styles may use their own sizes: they never lay out on screen.
 */
const sourceDir = join(import.meta.dirname, '../../src');

function styleFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return styleFiles(path);
		return /\.(svelte|css)$/.test(entry.name) ? [path] : [];
	});
}

/** The CSS without its `@media print { … }` blocks. */
function withoutPrintRules(css: string): string {
	let result = '';
	let index = 0;
	for (;;) {
		const start = css.indexOf('@media print', index);
		if (start < 0) return result + css.slice(index);
		result += css.slice(index, start);
		let depth = 0;
		let cursor = css.indexOf('{', start);
		for (; cursor < css.length; cursor++) {
			if (css[cursor] === '{') depth++;
			if (css[cursor] === '}' && --depth === 0) break;
		}
		index = cursor + 1;
	}
}

/** Every `property: value` of the given properties, with its file. */
function declarations(property: string): Array<{ file: string; value: string }> {
	const pattern = new RegExp(`(?:^|[\\s;{])${property}:\\s*([^;}]+)`, 'g');
	return styleFiles(sourceDir).flatMap((path) => {
		const text = withoutPrintRules(readFileSync(path, 'utf8'));
		const file = path.slice(sourceDir.length + 1);
		return [...text.matchAll(pattern)].map((match) => ({ file, value: (match[1] ?? '').trim() }));
	});
}

describe('the type scale', () => {
	it('finds the declarations it checks (the scan itself works)', () => {
		expect(declarations('font-size').length).toBeGreaterThan(20);
		expect(declarations('font-weight').length).toBeGreaterThan(20);
	});

	it('sizes text only with the scale', () => {
		const offScale = declarations('font-size').filter(
			({ value }) => !/^var\(--text-(small|body|large|larger|title)\)$|^inherit$/.test(value)
		);
		expect(offScale).toEqual([]);
	});

	it('uses two weights, 400 and 700', () => {
		const others = declarations('font-weight').filter(
			({ value }) => !['400', '700'].includes(value)
		);
		expect(others).toEqual([]);
	});

	it('sets the font shorthand only to inherit', () => {
		const others = declarations('font').filter(({ value }) => value !== 'inherit');
		expect(others).toEqual([]);
	});

	it('defines each size it names once, in app.css', () => {
		const defined = declarations('--text-[a-z]+').filter(({ file }) => file === 'app.css');
		expect(defined).toHaveLength(5);
	});

	it('skips print rules, nested ones included', () => {
		const css = 'a { font-size: 1rem; } @media print { b { font-size: 9pt; } } c { x: y; }';
		expect(withoutPrintRules(css)).toBe('a { font-size: 1rem; }  c { x: y; }');
	});
});
