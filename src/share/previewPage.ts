/**
 * The static link-preview pages of the build (`{lang}/jobs/{jobId}.html`): what messaging apps
 * read, since they never run the app's script. Pure: the build plugin feeds it the texts.
 */
import type { JobId } from '../jobs/jobs';
import type { Language } from '../lib/i18n/languages';

/** The path of a job's preview page, relative to the app's folder: `fr/jobs/seo.html`. */
export function previewPagePath(language: Language, jobId: JobId): string {
	return `${language}/jobs/${jobId}.html`;
}

/** The path of a job's preview card image, relative to the app's folder: `previews/fr/seo.png`. */
export function previewImagePath(language: Language, jobId: JobId): string {
	return `previews/${language}/${jobId}.png`;
}

/** The size of the preview card images, the one Open Graph and Twitter cards expect. */
export const previewImageSize = { width: 1200, height: 630 } as const;

/** The script the preview pages load to send visitors on to the app, at the app's folder. */
export const forwardScriptPath = 'share-forward.js';

/** From a preview page back up to the app's folder (pages sit in `{lang}/jobs/`). */
export const appFolderFromPreviewPage = '../../';

/** Open Graph's name for each language's audience. */
const openGraphLocales: Record<Language, string> = { fr: 'fr_FR', en: 'en_GB' };

/** Text made safe to put in HTML, in an element or in a quoted attribute. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

/** The texts of a job's preview page and card, in one language. */
export interface PreviewTexts {
	appName: string;
	jobName: string;
	/** The job's one-sentence summary. */
	summary: string;
	title: string;
	description: string;
	imageAlt: string;
	/** The words of the link to the app's job view. */
	openLink: string;
}

/** What a preview page says and where it points; every text already in the page's language. */
export interface PreviewPageInput extends PreviewTexts {
	language: Language;
	jobId: JobId;
	/** The card image, relative to the app's folder (`previews/fr/seo.png`). */
	imagePath: string;
	/** Where the app is published (`https://example.org/blog/explainer/`), when known. */
	siteUrl?: string | null;
	/** The content security policy of the app, for a meta tag. */
	contentSecurityPolicy: string;
	/** The app's icon, relative to its folder, when it has one. */
	iconPath?: string | null;
}

/** The app's job view for a language, as the preview page links to it (`../../#/fr/jobs/seo`). */
export function appJobLink(language: Language, jobId: JobId): string {
	return `${appFolderFromPreviewPage}#/${language}/jobs/${jobId}`;
}

/**
 * A path relative to the app's folder, as written in a preview page: relative to the page, or
 * absolute when the site's address is known (Open Graph wants absolute image URLs).
 */
function addressOf(path: string, siteUrl: string | null | undefined): string {
	return siteUrl ? new URL(path, withTrailingSlash(siteUrl)).href : appFolderFromPreviewPage + path;
}

/** The media type of a card image, from its file name. */
function imageTypeOf(path: string): string {
	return /\.jpe?g$/i.test(path) ? 'image/jpeg' : 'image/png';
}

/** A site address as a folder, so that paths resolve inside it rather than beside it. */
function withTrailingSlash(siteUrl: string): string {
	return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}

/** The whole HTML of a job's preview page. Every text is escaped. */
export function previewPageHtml(input: PreviewPageInput): string {
	const { language, jobId, siteUrl } = input;
	const meta = (attribute: 'name' | 'property', key: string, content: string) =>
		`<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
	const image = addressOf(input.imagePath, siteUrl);
	const link = escapeHtml(appJobLink(language, jobId));
	const icon = input.iconPath
		? `<link rel="icon" href="${escapeHtml(appFolderFromPreviewPage + input.iconPath)}"${input.iconPath.endsWith('.svg') ? ' type="image/svg+xml"' : ''} />`
		: null;
	const head = [
		'<meta charset="UTF-8" />',
		`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(input.contentSecurityPolicy)}" />`,
		'<meta name="viewport" content="width=device-width, initial-scale=1" />',
		'<meta name="color-scheme" content="light dark" />',
		`<title>${escapeHtml(`${input.title} · ${input.appName}`)}</title>`,
		meta('name', 'description', input.description),
		meta('property', 'og:type', 'website'),
		meta('property', 'og:site_name', input.appName),
		meta('property', 'og:title', input.title),
		meta('property', 'og:description', input.description),
		meta('property', 'og:locale', openGraphLocales[language]),
		...(siteUrl
			? [meta('property', 'og:url', addressOf(previewPagePath(language, jobId), siteUrl))]
			: []),
		meta('property', 'og:image', image),
		meta('property', 'og:image:type', imageTypeOf(input.imagePath)),
		meta('property', 'og:image:width', String(previewImageSize.width)),
		meta('property', 'og:image:height', String(previewImageSize.height)),
		meta('property', 'og:image:alt', input.imageAlt),
		meta('name', 'twitter:card', 'summary_large_image'),
		meta('name', 'twitter:title', input.title),
		meta('name', 'twitter:description', input.description),
		meta('name', 'twitter:image', image),
		meta('name', 'twitter:image:alt', input.imageAlt),
		...(icon ? [icon] : []),
		// Without JavaScript, the refresh still brings people to the app (which then says it needs it).
		`<noscript><meta http-equiv="refresh" content="0; url=${link}" /></noscript>`,
		`<script src="${escapeHtml(appFolderFromPreviewPage + forwardScriptPath)}" data-language="${escapeHtml(language)}" data-job="${escapeHtml(jobId)}"></script>`
	];
	const body = [
		`<p>${escapeHtml(input.appName)}</p>`,
		`<h1>${escapeHtml(input.jobName)}</h1>`,
		`<p>${escapeHtml(input.summary)}</p>`,
		`<p><a href="${link}">${escapeHtml(input.openLink)}</a></p>`
	];
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(language)}">`,
		'\t<head>',
		...head.map((line) => `\t\t${line}`),
		'\t</head>',
		'\t<body>',
		'\t\t<main>',
		...body.map((line) => `\t\t\t${line}`),
		'\t\t</main>',
		'\t</body>',
		'</html>',
		''
	].join('\n');
}
