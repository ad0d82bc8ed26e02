/**
 * The card shown in link previews (1200 × 630): the app's name, the job's name, its summary,
 * in the app's colours. scripts/make-preview-images.mjs renders it in Chromium and saves it.
 */
import type { Language } from '../lib/i18n/languages';
import { escapeHtml, previewImageSize, type PreviewTexts } from './previewPage';

/** What a card shows, and the app's look it borrows. */
export interface PreviewCardInput extends Pick<PreviewTexts, 'appName' | 'jobName' | 'summary'> {
	language: Language;
	/** The app's global stylesheet (src/app.css), for its colours and fonts. */
	appStylesheet: string;
	/** The app's icon, as SVG markup from the project's own files. */
	iconSvg: string;
}

const { width, height } = previewImageSize;

/** The card's own layout; colours and fonts come from the app's custom properties. */
const cardStylesheet = `
html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; }
body { background: var(--bg); color: var(--text); line-height: 1.25; }
.card {
	box-sizing: border-box; width: ${width}px; height: ${height}px;
	display: flex; flex-direction: column; justify-content: space-between;
	padding: 64px 88px 72px; border-bottom: 24px solid var(--accent);
}
.app { display: flex; align-items: center; gap: 22px; margin: 0; font-size: 34px; font-weight: 700; color: var(--accent); }
.app svg { width: 64px; height: 64px; flex: none; }
.job { margin: 0 0 24px; font-size: 92px; line-height: 1.08; font-weight: 800; letter-spacing: -0.01em; text-wrap: balance; }
.summary { margin: 0; font-size: 38px; line-height: 1.38; color: var(--muted); text-wrap: pretty; }
`;

/** The card as a whole HTML document, every text escaped. */
export function previewCardHtml(input: PreviewCardInput): string {
	return `<!doctype html>
<html lang="${escapeHtml(input.language)}">
<head>
<meta charset="UTF-8" />
<style>${input.appStylesheet}</style>
<style>${cardStylesheet}</style>
</head>
<body>
<div class="card">
<p class="app">${input.iconSvg}<span>${escapeHtml(input.appName)}</span></p>
<div>
<h1 class="job">${escapeHtml(input.jobName)}</h1>
<p class="summary">${escapeHtml(input.summary)}</p>
</div>
</div>
</body>
</html>
`;
}
