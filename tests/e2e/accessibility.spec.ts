import AxeBuilder from '@axe-core/playwright';
import { allRoutes } from '../routes';
import { expect, openRoute, test } from './fixtures';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} scheme`, () => {
		test.use({ colorScheme });
		for (const route of allRoutes) {
			test(`axe finds no WCAG 2.2 A/AA violation on ${route.language} ${route.name}`, async ({
				page
			}) => {
				await openRoute(page, route.hash);
				const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
				const summary = results.violations.map(
					(violation) =>
						`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
				);
				expect(summary).toEqual([]);
			});
		}
	});
}
