import { get } from 'svelte/store';
import { describe, expect, it } from 'vitest';
import { jobFacts, jobIds } from '../../src/jobs/jobs';
import { setLanguage, t } from '../../src/lib/i18n/i18n';
import {
	barConfig,
	radarConfig,
	seriesShapes,
	skillChartData,
	wrapLabel,
	type ChartTheme
} from '../../src/skills/charts/chartConfig';
import { standouts, topSkills } from '../../src/skills/skillProfile';
import { skillIds, type SkillRatings } from '../../src/skills/skills';
import { differenceSentences, listText, skillSummary } from '../../src/skills/skillSentences';

const theme: ChartTheme = {
	looks: seriesShapes.map((shape, index) => ({
		...shape,
		color: `color-${index}`,
		fill: `fill-${index}`
	})),
	grid: 'grid',
	text: 'text'
};

const flat = (rating: SkillRatings[keyof SkillRatings]) =>
	Object.fromEntries(skillIds.map((skill) => [skill, rating])) as SkillRatings;

describe('wrapLabel', () => {
	it.each([
		['Writing', ['Writing']],
		['Data and measurement', ['Data and', 'measurement']],
		['Staying calm under pressure', ['Staying calm', 'under pressure']],
		['Budget et négociation', ['Budget et', 'négociation']],
		['  spaced   out  ', ['spaced out']],
		['', []]
	])('wraps %j', (label, lines) => {
		expect(wrapLabel(label)).toEqual(lines);
	});
});

describe('radarConfig', () => {
	const series = [
		{ label: 'SEO', values: [3, 2, 5, 5, 4, 2, 2, 1] },
		{ label: 'CM', values: [5, 4, 3, 2, 3, 5, 5, 1] }
	];

	it('keeps every number, in skill order, on a 0 to 5 scale', () => {
		const config = radarConfig(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], series, theme, true);
		expect(config.data.datasets.map((set) => set.data)).toEqual(series.map((s) => s.values));
		expect(config.data.datasets.map((set) => set.label)).toEqual(['SEO', 'CM']);
		expect(config.data.labels).toHaveLength(8);
		const scale = config.options?.scales?.['r'];
		expect(scale).toMatchObject({ min: 0, max: 5 });
	});

	it('tells series apart by shape and dashes, not colour alone', () => {
		const sets = radarConfig(['a'], series, theme, true).data.datasets;
		expect(sets.map((set) => set.pointStyle)).toEqual(['circle', 'rectRot']);
		expect(sets.map((set) => set.borderDash)).toEqual([[], [8, 4]]);
		expect(sets.map((set) => set.borderColor)).toEqual(['color-0', 'color-1']);
	});

	it.each([
		[true, { duration: 400 }],
		[false, false]
	])('with motion %s animates as %j', (motion, animation) => {
		expect(radarConfig(['a'], series, theme, motion).options?.animation).toEqual(animation);
		expect(barConfig(['a'], series, theme, motion).options?.animation).toEqual(animation);
	});

	it('writes ticks as plain digits', () => {
		const ticks = radarConfig(['a'], series, theme, true).options?.scales?.['r']?.ticks as {
			callback: (value: number) => string;
		};
		expect([0, 1, 5].map((value) => ticks.callback(value))).toEqual(['0', '1', '5']);
	});
});

describe('barConfig', () => {
	it('draws one horizontal bar per job and skill, with its own fill', () => {
		const series = [
			{ label: 'A', values: [1, 2] },
			{ label: 'B', values: [3, 4] },
			{ label: 'C', values: [5, 0] }
		];
		const config = barConfig(['one', 'two'], series, theme, false);
		expect(config.options?.indexAxis).toBe('y');
		expect(config.data.datasets.map((set) => set.data)).toEqual([
			[1, 2],
			[3, 4],
			[5, 0]
		]);
		expect(config.data.datasets.map((set) => set.backgroundColor)).toEqual([
			'fill-0',
			'fill-1',
			'fill-2'
		]);
	});
});

describe('topSkills and standouts', () => {
	it('names the highest rated skills, at most two, in skill order', () => {
		expect(topSkills(jobFacts['seo'].skills)).toEqual(['data', 'web-technique']);
		expect(topSkills({ ...flat(1), composure: 4 as const })).toEqual(['composure']);
	});

	it('finds, for each job, where it leads every other job', () => {
		const buyer = {
			jobId: 'media-buyer' as const,
			ratings: { ...flat(2), negotiation: 5 as const }
		};
		const manager = {
			jobId: 'community-manager' as const,
			ratings: { ...flat(2), writing: 4 as const, negotiation: 1 as const }
		};
		expect(standouts([buyer, manager])).toEqual([
			{ jobId: 'media-buyer', skills: ['negotiation'], lead: 4 },
			{ jobId: 'community-manager', skills: ['writing'], lead: 2 }
		]);
		expect(standouts([buyer, { ...buyer, jobId: 'smo' }])).toEqual([]);
		expect(standouts([buyer])).toEqual([]);
	});

	it('leaves no real pair of jobs without a difference to name', () => {
		for (const first of jobIds) {
			for (const second of jobIds.filter((id) => id !== first)) {
				const found = standouts([
					{ jobId: first, ratings: jobFacts[first].skills },
					{ jobId: second, ratings: jobFacts[second].skills }
				]);
				expect(found.length, `${first} vs ${second}`).toBeGreaterThan(0);
			}
		}
	});
});

describe('sentences', () => {
	it('read naturally in French and in English', async () => {
		await setLanguage('fr', ['pages/job', 'pages/compare']);
		const french = get(t);
		expect(listText(french, ['a', 'b', 'c'])).toBe('a, b et c');
		expect(skillSummary(french, 'seo', jobFacts['seo'].skills)).toBe(
			"Le référenceur web s'appuie avant tout sur les chiffres et la mesure et la technique du web."
		);
		const pair = (['media-buyer', 'community-manager'] as const).map((jobId) => ({
			jobId,
			ratings: jobFacts[jobId].skills
		}));
		expect(differenceSentences(french, pair)[0]).toMatch(
			/^L'acheteur média s'appuie bien plus sur .*le budget et la négociation/
		);

		await setLanguage('en', ['pages/job', 'pages/compare']);
		const english = get(t);
		const { labels, series } = skillChartData(english, ['smo', 'seo']);
		expect(labels).toHaveLength(skillIds.length);
		expect(labels[0]).toBe('Writing');
		expect(series).toEqual([
			{ label: 'SMO specialist', values: skillIds.map((skill) => jobFacts['smo'].skills[skill]) },
			{ label: 'SEO specialist', values: skillIds.map((skill) => jobFacts['seo'].skills[skill]) }
		]);
		expect(listText(english, ['a', 'b'])).toBe('a and b');
		expect(differenceSentences(english, pair)[0]).toMatch(
			/^A media buyer relies far more on .*budgets and negotiation/
		);
		expect(differenceSentences(english, [pair[0]!, { ...pair[0]!, jobId: 'smo' }])).toEqual([
			'These jobs ask for the same skills, at the same level.'
		]);
	});
});
