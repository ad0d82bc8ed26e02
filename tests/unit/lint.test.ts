import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Linted as if it were an existing component: the type-aware parser only knows files on disk.
async function setup() {
	const eslint = new ESLint();
	const lint = async (code: string, filePath: string) => {
		const [result] = await eslint.lintText(code, { filePath });
		return (result?.messages ?? []).map((message) =>
			message.ruleId ? `${message.ruleId}:${message.severity}` : message.message
		);
	};
	return { lint };
}

// Type-aware linting takes seconds to start on a cold machine.
describe('lint rules that keep the app safe', { timeout: 60_000 }, () => {
	it('errors on {@html} in a component', async () => {
		const { lint } = await setup();
		const messages = await lint(
			'<script lang="ts">\n\tlet { text }: { text: string } = $props();\n</script>\n\n<p>{@html text}</p>\n',
			'src/not-found/NotFound.svelte'
		);
		expect(messages).toContain('svelte/no-at-html-tags:2');
	});

	it('accepts plain text interpolation', async () => {
		const { lint } = await setup();
		const messages = await lint(
			'<script lang="ts">\n\tlet { text }: { text: string } = $props();\n</script>\n\n<p>{text}</p>\n',
			'src/not-found/NotFound.svelte'
		);
		expect(messages).toEqual([]);
	});
});
