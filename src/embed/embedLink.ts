/**
 * Embeds: a job card, a glossary term, a job's skills chart or the quiz inside another site's
 * page, in an iframe of `#/{lang}/embed/{kind}[/{id}][?theme=dark]`. Pure: links, snippets and
 * the one message an embedded view sends (its height).
 */
import { isTermId, type TermId } from '../glossary/terms';
import { isJobId, type JobId } from '../jobs/jobs';
import { isOneOf } from '../lib/content/ids';
import type { Formatter } from '../lib/i18n/i18n';
import type { Language } from '../lib/i18n/languages';
import { routeHash, type Query } from '../lib/router/route';

/** What can be embedded. */
export type EmbedTarget =
	| { kind: 'job'; jobId: JobId }
	| { kind: 'term'; termId: TermId }
	| { kind: 'chart'; jobId: JobId }
	| { kind: 'quiz'; jobId: JobId | null };

/** The colour schemes an embed can be given: the reader's own, or a fixed one. */
export const embedThemes = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof embedThemes)[number];

/** Reads what an embed route asks for; null when it names nothing that exists. */
export function readEmbedTarget(kind: string, id: string | null): EmbedTarget | null {
	switch (kind) {
		case 'job':
		case 'chart':
			return isJobId(id) ? { kind, jobId: id } : null;
		case 'term':
			return isTermId(id) ? { kind, termId: id } : null;
		case 'quiz':
			if (id === null) return { kind, jobId: null };
			return isJobId(id) ? { kind, jobId: id } : null;
		default:
			return null;
	}
}

/** The theme a link asks for; the reader's own scheme when it asks for none or an unknown one. */
export function readEmbedTheme(query: Query): EmbedTheme {
	const theme = query['theme'];
	return isOneOf(embedThemes, theme) ? theme : 'auto';
}

/** The path of a target after `embed/`: `job/seo`, `quiz`. */
function targetPath(target: EmbedTarget): string[] {
	switch (target.kind) {
		case 'job':
		case 'chart':
			return [target.kind, target.jobId];
		case 'term':
			return [target.kind, target.termId];
		case 'quiz':
			return target.jobId === null ? ['quiz'] : ['quiz', target.jobId];
	}
}

/** The in-app hash of an embed: `#/fr/embed/job/seo?theme=dark`. */
export function embedHash(language: Language, target: EmbedTarget, theme: EmbedTheme): string {
	const hash = routeHash(language, 'embed', ...targetPath(target));
	return theme === 'auto' ? hash : `${hash}?theme=${theme}`;
}

/** The same content as a full view of the app, for "Open the full explainer". */
export function fullViewHash(language: Language, target: EmbedTarget): string {
	switch (target.kind) {
		case 'job':
		case 'chart':
			return routeHash(language, 'jobs', target.jobId);
		case 'term':
			return routeHash(language, 'glossary', target.termId);
		case 'quiz':
			return routeHash(language, 'quiz');
	}
}

/** The message an embedded view posts to the page around it whenever its height changes. */
export const heightMessageType = 'web-jobs-explained:height';

/** The tallest height an embed may ask for, in CSS pixels: anything above is a forged message. */
export const maxEmbedHeight = 20_000;

/** A height message, as an embedded view posts it. */
export interface HeightMessage {
	type: typeof heightMessageType;
	height: number;
}

/** True when a message has exactly the shape of a height message with a sane height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const { type, height } = data as Record<string, unknown>;
	return (
		type === heightMessageType &&
		typeof height === 'number' &&
		Number.isFinite(height) &&
		height > 0 &&
		height <= maxEmbedHeight &&
		Object.keys(data).length === 2
	);
}

/** The height an iframe starts at, before (or without) the resizing script: enough to read. */
export function startHeight(target: EmbedTarget): number {
	switch (target.kind) {
		case 'job':
			return 420;
		case 'term':
			return 320;
		case 'chart':
			return 640;
		case 'quiz':
			return 620;
	}
}

/** The host-page script, next to the app (`embed.js`): it resizes the iframes that ask. */
export const hostScriptPath = 'embed.js';

/** Text made safe inside a quoted HTML attribute of the snippet. */
function attribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/**
 * The snippet a blogger pastes: an iframe that shows the content at a sensible height on its
 * own, and the script that makes its height follow the content. `appAddress` is the app's
 * page (its fragment is ignored).
 */
export function embedSnippet(options: {
	appAddress: string;
	language: Language;
	target: EmbedTarget;
	theme: EmbedTheme;
	/** The iframe's title, for screen readers: what it shows. */
	title: string;
}): string {
	const app = new URL(options.appAddress);
	app.hash = '';
	app.search = '';
	const page = new URL(app.href);
	page.hash = embedHash(options.language, options.target, options.theme);
	const script = new URL(hostScriptPath, app.href);
	return [
		`<iframe src="${attribute(page.href)}" title="${attribute(options.title)}"`,
		`  width="100%" height="${startHeight(options.target)}" loading="lazy"`,
		`  allow="web-share; clipboard-write" style="border: 0; max-width: 100%;"></iframe>`,
		`<script src="${attribute(script.href)}" async></script>`
	].join('\n');
}

/** The content files an embed's title needs, besides `pages/embed` (the names it uses). */
export function titleTextPaths(target: EmbedTarget): string[] {
	switch (target.kind) {
		case 'term':
			return ['pages/embed', 'glossary/terms'];
		default:
			return ['pages/embed'];
	}
}

/** The iframe's title, for screen readers on the blog: what the frame shows, in its language. */
export function embedTitle(target: EmbedTarget, format: Formatter, locale: Language): string {
	const text = (key: string, values: Record<string, string> = {}) =>
		format(`pages.embed.${key}`, { values, locale });
	const jobName = (jobId: JobId) => format(`jobs.${jobId}.name`, { locale });
	switch (target.kind) {
		case 'job':
		case 'chart':
			return text(`titles.${target.kind}`, { job: jobName(target.jobId) });
		case 'term':
			return text('titles.term', {
				term: format(`glossary.terms.${target.termId}.name`, { locale })
			});
		case 'quiz':
			return target.jobId === null
				? text('titles.quiz')
				: text('quizAbout', { job: jobName(target.jobId) });
	}
}

/**
 * The height a message asks for, when it is a well-formed height message sent by that very
 * frame from the origin its `src` names; null for anything else. `base` resolves a relative src.
 */
export function frameHeightFrom(
	event: Pick<MessageEvent, 'data' | 'source' | 'origin'>,
	frame: HTMLIFrameElement,
	base: string
): number | null {
	if (!isHeightMessage(event.data) || frame.contentWindow !== event.source) return null;
	try {
		return new URL(frame.src, base).origin === event.origin ? event.data.height : null;
	} catch {
		return null;
	}
}
