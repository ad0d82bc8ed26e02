import type { Language } from '../i18n/languages';

/** True when the browser can read text aloud. */
export function isSpeechAvailable(): boolean {
	return (
		typeof window !== 'undefined' &&
		typeof window.speechSynthesis?.speak === 'function' &&
		typeof window.SpeechSynthesisUtterance === 'function'
	);
}

/** Splits a text into sentences: some voices stop on long utterances, so each is queued alone. */
export function speechChunks(text: string): string[] {
	return text
		.split(/(?<=[.!?…:])\s+|\n+/u)
		.map((chunk) => chunk.trim())
		.filter((chunk) => chunk.length > 0);
}

const voiceLanguage: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * Reads a text aloud in a language; calls `onEnd` when it finishes or fails.
 * Returns a function that stops reading.
 */
export function speak(text: string, language: Language, onEnd: () => void): () => void {
	const synth = window.speechSynthesis;
	synth.cancel();
	const chunks = speechChunks(text);
	let stopped = false;
	const finish = () => {
		if (stopped) return;
		stopped = true;
		onEnd();
	};
	chunks.forEach((chunk, index) => {
		const utterance = new window.SpeechSynthesisUtterance(chunk);
		utterance.lang = voiceLanguage[language];
		if (index === chunks.length - 1) utterance.onend = finish;
		utterance.onerror = finish;
		synth.speak(utterance);
	});
	if (chunks.length === 0) finish();
	return () => {
		finish();
		synth.cancel();
	};
}
