/**
 * The quiz's questions: ids and language-neutral facts. Every sentence (prompt, answers,
 * explanation) lives in `locales/{lang}/quiz/questions.json` under the same id.
 *
 * - "who": a situation, and which job handles it. The choices are jobs; the first is right.
 * - "word": what a glossary term means. The choices are texts in the locales; the first is
 *   right (the order is shuffled when a round is drawn).
 * - "myth": a statement relatives make, to judge myth or reality.
 */
import type { TermId } from '../glossary/terms';
import type { JobId } from '../jobs/jobs';

/** The kinds of question, as a player may choose them. */
export const questionKinds = ['who', 'word', 'myth'] as const;

/** One kind of question. */
export type QuestionKind = (typeof questionKinds)[number];

/** A question's facts: its kind, the job it is about, and what links its explanation. */
export type QuestionFacts =
	| { kind: 'who'; job: JobId; choices: readonly JobId[] }
	| { kind: 'word'; job: JobId; term: TermId; choiceCount: number }
	| { kind: 'myth'; job: JobId; isMyth: boolean };

const who = (job: JobId, ...others: JobId[]): QuestionFacts => ({
	kind: 'who',
	job,
	choices: [job, ...others]
});
const word = (job: JobId, term: TermId): QuestionFacts => ({
	kind: 'word',
	job,
	term,
	choiceCount: 3
});
const myth = (job: JobId): QuestionFacts => ({ kind: 'myth', job, isMyth: true });
const reality = (job: JobId): QuestionFacts => ({ kind: 'myth', job, isMyth: false });

/**
 * Every question, by id. Ids are stable (challenge links and saved rounds refer to them by
 * position in this list through the round seed, so only ever add at the end).
 */
export const questionBank = {
	'seo-who-1': who('seo', 'community-manager', 'media-buyer'),
	'seo-who-2': who('seo', 'media-planner', 'smo'),
	'seo-who-3': who('seo', 'traffic-manager', 'community-manager'),
	'seo-word-1': word('seo', 'backlink'),
	'seo-word-2': word('seo', 'serp'),
	'seo-word-3': word('seo', 'long-tail'),
	'seo-myth-1': myth('seo'),
	'seo-myth-2': myth('seo'),
	'seo-myth-3': reality('seo'),
	'community-manager-who-1': who('community-manager', 'seo', 'media-buyer'),
	'community-manager-who-2': who('community-manager', 'smo', 'traffic-manager'),
	'community-manager-who-3': who('community-manager', 'media-planner', 'seo'),
	'community-manager-word-1': word('community-manager', 'engagement'),
	'community-manager-word-2': word('community-manager', 'bad-buzz'),
	'community-manager-word-3': word('community-manager', 'ugc'),
	'community-manager-myth-1': myth('community-manager'),
	'community-manager-myth-2': reality('community-manager'),
	'community-manager-myth-3': myth('community-manager'),
	'media-buyer-who-1': who('media-buyer', 'media-planner', 'community-manager'),
	'media-buyer-who-2': who('media-buyer', 'seo', 'community-manager'),
	'media-buyer-who-3': who('media-buyer', 'smo', 'seo'),
	'media-buyer-word-1': word('media-buyer', 'cpm'),
	'media-buyer-word-2': word('media-buyer', 'programmatic'),
	'media-buyer-word-3': word('media-buyer', 'rtb'),
	'media-buyer-myth-1': myth('media-buyer'),
	'media-buyer-myth-2': myth('media-buyer'),
	'media-buyer-myth-3': reality('media-buyer'),
	'smo-who-1': who('smo', 'seo', 'media-planner'),
	'smo-who-2': who('smo', 'media-buyer', 'seo'),
	'smo-who-3': who('smo', 'traffic-manager', 'media-planner'),
	'smo-word-1': word('smo', 'reach'),
	'smo-word-2': word('smo', 'algorithm'),
	'smo-word-3': word('smo', 'hashtag'),
	'smo-myth-1': myth('smo'),
	'smo-myth-2': myth('smo'),
	'smo-myth-3': reality('smo'),
	'media-planner-who-1': who('media-planner', 'media-buyer', 'community-manager'),
	'media-planner-who-2': who('media-planner', 'seo', 'smo'),
	'media-planner-who-3': who('media-planner', 'traffic-manager', 'seo'),
	'media-planner-word-1': word('media-planner', 'media-plan'),
	'media-planner-word-2': word('media-planner', 'brief'),
	'media-planner-word-3': word('media-planner', 'target-audience'),
	'media-planner-myth-1': myth('media-planner'),
	'media-planner-myth-2': myth('media-planner'),
	'media-planner-myth-3': reality('media-planner'),
	'traffic-manager-who-1': who('traffic-manager', 'media-planner', 'community-manager'),
	'traffic-manager-who-2': who('traffic-manager', 'community-manager', 'media-planner'),
	'traffic-manager-who-3': who('traffic-manager', 'smo', 'community-manager'),
	'traffic-manager-word-1': word('traffic-manager', 'ctr'),
	'traffic-manager-word-2': word('traffic-manager', 'conversion'),
	'traffic-manager-word-3': word('traffic-manager', 'landing-page'),
	'traffic-manager-myth-1': myth('traffic-manager'),
	'traffic-manager-myth-2': myth('traffic-manager'),
	'traffic-manager-myth-3': reality('traffic-manager')
} satisfies Record<string, QuestionFacts>;

/** The id of one question. */
export type QuestionId = keyof typeof questionBank;

/** Every question id, in the bank's order. */
export const questionIds = Object.keys(questionBank) as QuestionId[];
