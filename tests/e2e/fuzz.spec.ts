import { storageKeys } from '../../src/lib/storage/safeStorage';
// The quiz's seeded generator, so every run opens the same URLs.
import { seededRandom } from '../../src/quiz/seededRandom';
import { expect, mainHeading, test } from './fixtures';

const payloads = [
	'<img src=x onerror="window.__pwned=1">',
	'<script>window.__pwned=1</script>',
	'"><svg onload="window.__pwned=1">',
	'javascript:window.__pwned=1',
	"'-window.__pwned=1-'",
	'{{constructor.constructor("window.__pwned=1")()}}',
	'%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
	'%E0%A4%A',
	'%',
	'%%41',
	'%C0%AF',
	'\u202Eevil\u202C',
	'👩‍💻🎉',
	'زينب',
	'Zoé\u0000',
	'\u200B\u200D',
	'__proto__',
	'constructor',
	'..',
	'../../etc/passwd',
	'a'.repeat(5000),
	'é'.repeat(2000)
];
const languages = ['fr', 'en', 'de', '', 'FR', 'f%72', '🇫🇷', '..', 'en-GB'];
const sections = [
	'jobs',
	'glossary',
	'quiz',
	'compare',
	'share',
	'about',
	'',
	'JOBS',
	'jobs%2Fseo'
];
const ids = ['seo', 'community-manager', 'media-buyer', 'smo', 'plumber', 'SEO', 'seo ', ''];
const keys = ['from', 'msg', 'jobs', 'round', 'score', 'name', '__proto__', ''];

function generateHashes(count: number): string[] {
	const random = seededRandom(20261123);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	const hashes = new Set<string>();
	while (hashes.size < count) {
		const path = [pick(languages)];
		if (random() < 0.8) path.push(random() < 0.3 ? pick(payloads) : pick(sections));
		if (random() < 0.6) path.push(random() < 0.4 ? pick(payloads) : pick(ids));
		if (random() < 0.1) path.push(pick(payloads));
		let hash = `#/${path.join('/')}`;
		if (random() < 0.6) {
			const pairs = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
				return `${pick(keys)}=${random() < 0.7 ? pick(payloads) : pick(ids)}`;
			});
			hash += `?${pairs.join('&')}`;
		}
		if (random() < 0.05) hash = hash.replace('#/', '#');
		hashes.add(hash);
	}
	return [...hashes];
}

const hashes = generateHashes(240);

test('every generated URL shows a view, throws nothing and runs no injected script', async ({
	page,
	baseURL
}) => {
	test.setTimeout(180_000);
	expect(hashes.length).toBeGreaterThanOrEqual(200);
	await page.goto('#/en');
	for (const [index, hash] of hashes.entries()) {
		// Most URLs are opened in place; every tenth with a full page load.
		if (index % 10 === 0) {
			await page.goto('about:blank');
		}
		await page.goto(new URL(hash, baseURL).href);
		await expect(mainHeading(page), `a heading for ${hash.slice(0, 120)}`).not.toBeEmpty();
		const injected = await page.evaluate(() => ({
			ran: (window as Window & { __pwned?: unknown }).__pwned !== undefined,
			elements: document.querySelectorAll('main img, main svg[onload], main script, [onerror]')
				.length
		}));
		expect(injected, `nothing injected by ${hash.slice(0, 120)}`).toEqual({
			ran: false,
			elements: 0
		});
	}
});

const garbage = [
	'',
	'null',
	'undefined',
	'{"broken',
	'[]',
	'{"__proto__":{"polluted":1}}',
	'<script>window.__pwned=1</script>',
	'\u0000\uFFFF',
	'x'.repeat(100_000)
];

for (const value of garbage) {
	test(`the app starts normally with ${JSON.stringify(value.slice(0, 30))} in every storage key`, async ({
		page
	}) => {
		await page.addInitScript(
			({ keys, stored }) => {
				for (const key of keys) localStorage.setItem(key, stored);
			},
			{ keys: Object.values(storageKeys), stored: value }
		);
		await page.goto('./');
		await expect(mainHeading(page)).not.toBeEmpty();
		await page.goto('#/fr/jobs/seo');
		await expect(mainHeading(page)).toHaveText('Référenceur web (SEO)');
		expect(
			await page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned)
		).toBeUndefined();
	});
}
