// Builds one TypeScript entry alone into a small classic script (an IIFE), for the files that
// run outside the app: the preview pages' forwarder and the embed snippet's host script.
import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * @param {string} root the project's root
 * @param {string} entry the entry, relative to root
 * @param {string} fileName the script's file name
 * @returns {Promise<string>} the script's code
 */
export async function buildClassicScript(root, entry, fileName) {
	const result = await build({
		configFile: false,
		root,
		publicDir: false,
		logLevel: 'warn',
		build: {
			write: false,
			target: 'es2022',
			lib: {
				entry: resolve(root, entry),
				formats: ['iife'],
				name: fileName.replace(/\W/g, '_'),
				fileName: () => fileName
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]).flatMap((bundle) =>
		'output' in bundle ? bundle.output : []
	);
	const script = outputs.find((output) => output.type === 'chunk');
	if (!script || script.type !== 'chunk') throw new Error(`${fileName} was not built`);
	return script.code;
}

/**
 * A build-only plugin that emits one classic script at the build's root.
 * @param {string} entry @param {string} fileName
 * @returns {import('vite').Plugin}
 */
export function classicScript(entry, fileName) {
	let root = process.cwd();
	return {
		name: `classic-script:${fileName}`,
		apply: 'build',
		configResolved(config) {
			root = config.root;
		},
		async generateBundle() {
			this.emitFile({
				type: 'asset',
				fileName,
				source: await buildClassicScript(root, entry, fileName)
			});
		}
	};
}
