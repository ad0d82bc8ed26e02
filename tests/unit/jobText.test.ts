import { describe, expect, it } from 'vitest';
import { timeParts } from '../../src/jobs/dayTime';
import { jobFacts } from '../../src/jobs/jobs';
import { jobSpeechText, type TextLookup } from '../../src/jobs/jobSpeech';
import { speechChunks } from '../../src/lib/speech/speech';

describe('timeParts', () => {
	it.each([
		['09:00', { hours: 9, hours12: 9, minutes: '00', period: 'am' }],
		['12:30', { hours: 12, hours12: 12, minutes: '30', period: 'pm' }],
		['17:45', { hours: 17, hours12: 5, minutes: '45', period: 'pm' }],
		['00:15', { hours: 0, hours12: 12, minutes: '15', period: 'am' }]
	])('splits %s', (time, expected) => {
		expect(timeParts(time)).toEqual(expected);
	});
});

describe('jobSpeechText', () => {
	function setup() {
		const asked: string[] = [];
		const text: TextLookup = (key, options) => {
			asked.push(key);
			return options ? `${key}(${JSON.stringify(options.values)})` : `<${key}>`;
		};
		return { asked, text };
	}

	it('reads the explanation, every day moment and every myth, in page order', () => {
		const { asked, text } = setup();
		const spoken = jobSpeechText('community-manager', text);
		const facts = jobFacts['community-manager'];
		expect(spoken.startsWith('<jobs.community-manager.name>.')).toBe(true);
		for (const time of facts.day) {
			expect(spoken).toContain(`<jobs.community-manager.day.${time}.title>`);
		}
		for (const myth of facts.myths) {
			expect(spoken).toContain(`<jobs.community-manager.myths.${myth}.reality>`);
		}
		expect(asked.indexOf('jobs.community-manager.summary')).toBeLessThan(
			asked.indexOf('jobs.community-manager.myths.facebook-all-day.myth')
		);
		expect(spoken).not.toContain('skills');
	});
});

describe('speechChunks', () => {
	it.each([
		['One. Two! Three?', ['One.', 'Two!', 'Three?']],
		['Le matin : il lit.\nPuis il écrit…', ['Le matin :', 'il lit.', 'Puis il écrit…']],
		['', []]
	])('splits %j', (text, expected) => {
		expect(speechChunks(text)).toEqual(expected);
	});
});
