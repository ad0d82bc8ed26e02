/** Debian's Chromium, never a downloaded browser (see README, "Browser tests"). */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet and working on a closed network, as root. */
export const quietChromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
