/** The glossary's A–Z: which letter each term files under, and the terms under each letter. */
import { normalise } from './search';

/** The letters of the index, always all shown; those without a term are greyed out. */
export const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Where names that start with a digit or a sign are filed. */
export const otherInitial = '#';

/** The letter a name files under, ignoring accents and case: "Écosystème" → "E". */
export function initialOf(name: string): string {
	const first = normalise(name).charAt(0).toUpperCase();
	return alphabet.includes(first) ? first : otherInitial;
}

/** Items grouped by initial, letters in A–Z order and items A–Z inside each (accents ignored). */
export function groupByInitial<T extends { name: string }>(
	items: readonly T[]
): { letter: string; items: T[] }[] {
	const sorted = items
		.map((item) => ({ item, key: normalise(item.name) }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map(({ item }) => item);
	const groups = new Map<string, T[]>();
	for (const item of sorted) {
		const letter = initialOf(item.name);
		groups.set(letter, [...(groups.get(letter) ?? []), item]);
	}
	const order = [otherInitial, ...alphabet];
	return [...groups.entries()]
		.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
		.map(([letter, grouped]) => ({ letter, items: grouped }));
}

/** The groups cut to their first `count` items in all, for a list shown a few items at a time. */
export function firstItems<T>(
	groups: readonly { letter: string; items: readonly T[] }[],
	count: number
): { letter: string; items: readonly T[] }[] {
	const cut: { letter: string; items: readonly T[] }[] = [];
	let left = count;
	for (const group of groups) {
		if (left <= 0) break;
		cut.push(group.items.length <= left ? group : { ...group, items: group.items.slice(0, left) });
		left -= group.items.length;
	}
	return cut;
}
