// Serves the production build (dist/) as any static host would, with no dependency.
// Usage: node scripts/serve.mjs [--port 4173] [--mount /blog/explainer/]
// --mount serves the app from a sub-folder, to check that relative URLs hold.
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		mount: { type: 'string', default: '/' },
		dir: { type: 'string', default: 'dist' }
	}
});

const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
	// Said at once, rather than a server that answers 404 to everything (the browser tests
	// would wait a minute for it, then fail without saying why).
	console.error(`There is no build in ${values.dir}/ to serve: run \`npm run build\` first.`);
	process.exit(1);
}
const mount = `/${values.mount.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(values.port);

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/**
 * The file under root that a request path names, or null when it points outside.
 * @param {string} urlPath
 */
function fileFor(urlPath) {
	if (!urlPath.startsWith(mount)) return null;
	let relative;
	try {
		relative = decodeURIComponent(urlPath.slice(mount.length));
	} catch {
		return null;
	}
	const file = normalize(join(root, relative || 'index.html'));
	return file === root || file.startsWith(root + sep) ? file : null;
}

const server = createServer(async (request, response) => {
	const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
	if (urlPath === mount.slice(0, -1)) {
		response.writeHead(301, { location: mount }).end();
		return;
	}
	let file = fileFor(urlPath);
	try {
		if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
		if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
	} catch {
		response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	const type = types[extname(file)] ?? 'application/octet-stream';
	// Hashed assets never change; everything else is revalidated, as a careful host would.
	const cache = urlPath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
	// Compress text as every real static host does, so size and speed checks see real transfers.
	const compress =
		/^(text\/|application\/(json|manifest)|image\/svg)/.test(type) &&
		/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
	response.writeHead(200, {
		'content-type': type,
		'cache-control': cache,
		vary: 'accept-encoding',
		...(compress ? { 'content-encoding': 'gzip' } : {})
	});
	if (request.method === 'HEAD') response.end();
	else if (compress) createReadStream(file).pipe(createGzip()).pipe(response);
	else createReadStream(file).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Web jobs, explained is served at http://localhost:${port}${mount}`);
});
