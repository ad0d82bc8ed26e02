/** How this browser can install the app, if it can and the app is not already installed. */
export type InstallMethod =
	/** The browser offered installation (beforeinstallprompt): our button opens its dialog. */
	| 'prompt'
	/** iPhone and iPad: from the Share menu, "Add to Home Screen" (no offer ever comes). */
	| 'share-menu'
	| 'none';

export interface InstallContext {
	/** The browser has offered installation. */
	hasOffer: boolean;
	/** The app is open as an installed app already. */
	standalone: boolean;
	userAgent: string;
	/** `navigator.maxTouchPoints`: iPads say "Macintosh" but have a touch screen. */
	maxTouchPoints: number;
}

/** True on an iPhone, iPod or iPad, including iPads that present themselves as Macs. */
export function isAppleMobile(userAgent: string, maxTouchPoints: number): boolean {
	return (
		/\b(iPhone|iPad|iPod)\b/.test(userAgent) ||
		(/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1)
	);
}

/** The way to offer installation here. */
export function installMethod(context: InstallContext): InstallMethod {
	if (context.standalone) return 'none';
	if (context.hasOffer) return 'prompt';
	return isAppleMobile(context.userAgent, context.maxTouchPoints) ? 'share-menu' : 'none';
}

/** True when the page runs as an installed app (any platform). */
export function isStandalone(window: Window): boolean {
	const media = window.matchMedia?.('(display-mode: standalone)').matches ?? false;
	return media || (window.navigator as Navigator & { standalone?: boolean }).standalone === true;
}
