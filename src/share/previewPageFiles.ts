/**
 * The preview pages of every language and job, with their texts read from the locale files.
 * Runs in Node at build time (scripts/preview-pages-plugin.mjs loads it), never in the app.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { jobIds, type JobId } from '../jobs/jobs';
import { languages, type Language } from '../lib/i18n/languages';
import type { MessageTree } from '../lib/i18n/textFiles';
import {
	previewImagePath,
	previewPageHtml,
	previewPagePath,
	type PreviewTexts
} from './previewPage';

export { forwardScriptPath } from './previewPage';

/** What the preview pages need to know about the build. */
export interface PreviewBuild {
	/** The project folder, holding `locales/`. */
	root: string;
	/** Where the app is published, already checked (see checkedSiteUrl), or null. */
	siteUrl: string | null;
	contentSecurityPolicy: string;
	/** The app's icon, relative to its folder, when it has one. */
	iconPath: string | null;
}

/** One page to write into the build, and the card image it shows. */
export interface PreviewFile {
	fileName: string;
	source: string;
	imagePath: string;
}

/** A site address (SITE_URL) checked to be an absolute http(s) URL, as a folder; null when none is given. */
export function checkedSiteUrl(siteUrl: string | undefined): string | null {
	const given = siteUrl?.trim() ?? '';
	if (given === '') return null;
	let url: URL;
	try {
		url = new URL(given);
	} catch {
		throw new Error(
			`SITE_URL must be an absolute URL, such as https://example.org/; got "${given}"`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL must start with https:// or http://; got "${given}"`);
	}
	url.search = '';
	url.hash = '';
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

/** The files of one language the pages draw their texts from. */
const textFiles = ['ui', 'jobs', 'previews/pages'] as const;
type TextFile = (typeof textFiles)[number];

/** Reads a language's text files and returns a formatter for their messages. */
async function readTexts(root: string, language: Language) {
	const trees = new Map<TextFile, MessageTree>();
	for (const file of textFiles) {
		const path = join(root, 'locales', language, `${file}.json`);
		trees.set(file, JSON.parse(await readFile(path, 'utf8')) as MessageTree);
	}
	/** A message (`jobs`, `seo.name`) formatted with ICU values, as the app would show it. */
	return (file: TextFile, key: string, values: Record<string, string> = {}): string => {
		const message = key
			.split('.')
			.reduce<MessageTree | string | undefined>(
				(tree, part) => (typeof tree === 'object' ? tree[part] : undefined),
				trees.get(file)
			);
		if (typeof message !== 'string') {
			throw new Error(`locales/${language}/${file}.json has no text "${key}"`);
		}
		return String(new IntlMessageFormat(message, language).format(values));
	};
}

/** The texts of every language and job, read from the locale files. */
export async function previewTexts(
	root: string
): Promise<Array<{ language: Language; jobId: JobId; texts: PreviewTexts }>> {
	const all = [];
	for (const language of languages) {
		const text = await readTexts(root, language);
		for (const jobId of jobIds) {
			const values = {
				app: text('ui', 'app.name'),
				job: text('jobs', `${jobId}.name`),
				summary: text('jobs', `${jobId}.summary`)
			};
			const texts: PreviewTexts = {
				appName: values.app,
				jobName: values.job,
				summary: values.summary,
				title: text('previews/pages', 'title', values),
				description: text('previews/pages', 'description', values),
				imageAlt: text('previews/pages', 'imageAlt', values),
				openLink: text('previews/pages', 'openLink', values)
			};
			all.push({ language, jobId, texts });
		}
	}
	return all;
}

/** Every preview page: one per language and job. */
export async function previewPageFiles(build: PreviewBuild): Promise<PreviewFile[]> {
	return (await previewTexts(build.root)).map(({ language, jobId, texts }) => {
		const imagePath = previewImagePath(language, jobId);
		const source = previewPageHtml({
			...texts,
			language,
			jobId,
			imagePath,
			siteUrl: build.siteUrl,
			iconPath: build.iconPath,
			contentSecurityPolicy: build.contentSecurityPolicy
		});
		return { fileName: previewPagePath(language, jobId), source, imagePath };
	});
}
