import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageTree } from '../i18n/i18n';

/** Every leaf of a message tree as `dotted.key → text` (non-strings are kept for reporting). */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, unknown> {
	const flat = new Map<string, unknown>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			for (const [childPath, childValue] of flattenMessages(value, path)) {
				flat.set(childPath, childValue);
			}
		} else {
			flat.set(path, value);
		}
	}
	return flat;
}

/** The names of the ICU arguments a message uses (`{count, plural, …}` gives `count`). */
export function messageArguments(message: string): string[] {
	const names = new Set<string>();
	const visit = (elements: MessageFormatElement[]) => {
		for (const element of elements) {
			if ('value' in element && element.type !== TYPE.literal) {
				names.add(String(element.value));
			}
			if ('options' in element) {
				for (const option of Object.values(element.options)) visit(option.value);
			}
			if (element.type === TYPE.tag) visit(element.children);
		}
	};
	visit(parse(message, { ignoreTag: true }));
	return [...names].sort();
}

/**
 * Problems in the content of all languages: keys present in one language only, required keys
 * missing, empty or non-text values, ICU syntax errors, and arguments that differ between
 * languages. An empty list means the content is sound.
 */
export function findContentProblems(
	messagesByLanguage: Record<string, MessageTree>,
	requiredKeys: readonly string[]
): string[] {
	const problems: string[] = [];
	const flat = Object.entries(messagesByLanguage).map(
		([language, tree]) => [language, flattenMessages(tree)] as const
	);
	const allKeys = new Set([
		...requiredKeys,
		...flat.flatMap(([, messages]) => [...messages.keys()])
	]);

	for (const key of [...allKeys].sort()) {
		const argumentsByLanguage = new Map<string, string>();
		for (const [language, messages] of flat) {
			const value = messages.get(key);
			if (value === undefined) {
				problems.push(`${language}: missing "${key}"`);
				continue;
			}
			if (typeof value !== 'string') {
				problems.push(`${language}: "${key}" is not text`);
				continue;
			}
			if (value.trim() === '') {
				problems.push(`${language}: "${key}" is empty`);
				continue;
			}
			try {
				argumentsByLanguage.set(language, messageArguments(value).join(','));
			} catch (error) {
				problems.push(`${language}: "${key}" is not a valid ICU message (${String(error)})`);
			}
		}
		if (new Set(argumentsByLanguage.values()).size > 1) {
			problems.push(`"${key}" uses different arguments across languages`);
		}
	}
	return problems;
}
