/** Which kind word a score earns: the share of right answers, in four steps. */
export type ScoreTier = 'top' | 'good' | 'fair' | 'start';

export function scoreTier(score: number, total: number): ScoreTier {
	const share = total === 0 ? 0 : score / total;
	if (share >= 0.9) return 'top';
	if (share >= 0.6) return 'good';
	if (share >= 0.3) return 'fair';
	return 'start';
}
