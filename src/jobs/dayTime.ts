/** The values the locale's `pages.job.time` message needs to write a "HH:MM" time its own way. */
export interface TimeParts {
	hours: number;
	hours12: number;
	minutes: string;
	period: 'am' | 'pm';
}

/** Splits a 24-hour "HH:MM" time into the parts each language formats in its own way. */
export function timeParts(time: string): TimeParts {
	const match = /^(\d{1,2}):(\d{2})$/.exec(time);
	const hours = match ? Number(match[1]) : 0;
	const minutes = match?.[2] ?? '00';
	return {
		hours,
		hours12: hours % 12 === 0 ? 12 : hours % 12,
		minutes,
		period: hours < 12 ? 'am' : 'pm'
	};
}
