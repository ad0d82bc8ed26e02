/** True when a value (from a URL, a link or storage) is one of a list of known ids. */
export function isOneOf<T extends string>(ids: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (ids as readonly string[]).includes(value);
}
