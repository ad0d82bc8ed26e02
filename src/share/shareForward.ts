/**
 * The script of the static preview pages (`{lang}/jobs/{jobId}.html`), built on its own as
 * `share-forward.js`: it sends the visitor on to the app's job view, keeping the parameters.
 * The page names its language and job in the script tag's data attributes.
 */
import { appFolderFromPreviewPage } from './previewPage';
import { forwardedHash } from './previewForward';

const script = document.currentScript;
const target =
	script instanceof HTMLScriptElement
		? forwardedHash(script.dataset['language'], script.dataset['job'], location)
		: null;
// replace(): the preview page stays out of the history, so Back leaves the app as expected.
if (target) location.replace(new URL(appFolderFromPreviewPage + target, location.href).href);
