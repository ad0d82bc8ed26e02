import { allRoutes } from '../routes';
import { axeViolations } from './axe';
import { expect, openRoute, test } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} scheme`, () => {
		test.use({ colorScheme });
		for (const route of allRoutes) {
			test(`axe finds no WCAG 2.2 A/AA violation on ${route.language} ${route.name}`, async ({
				page
			}) => {
				await openRoute(page, route.hash);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}
