// A tiny static server for dist/: at / and under a sub-path (/atlas/), with no rewrite rules,
// plus a host page on a second port (another origin) that embeds the atlas in an iframe.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const port = Number(process.argv[2] ?? 4321);
const root = join(process.cwd(), 'dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function serveFile(res, rel) {
  const path = normalize(join(root, rel));
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const s = await stat(path);
    const file = s.isDirectory() ? join(path, 'index.html') : path;
    const body = await readFile(file);
    // The files are public: like GitHub Pages, allow any origin to fetch them. A frame sandboxed without
    // allow-same-origin has an opaque origin, and its module scripts and data are cross-origin requests.
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname = decodeURIComponent(url.pathname);
  if (pathname.startsWith('/atlas/')) pathname = pathname.slice('/atlas'.length);
  else if (pathname === '/atlas') {
    res.writeHead(301, { location: '/atlas/' }).end();
    return;
  }
  serveFile(res, pathname);
}).listen(port, '127.0.0.1');

// The "other origin" host page for embed tests.
createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const src = url.searchParams.get('src') ?? `http://127.0.0.1:${port}/?embed=map`;
  const width = Number(url.searchParams.get('width') ?? 600);
  const sandbox = url.searchParams.get('sandbox');
  const sandboxAttr = sandbox === null ? '' : ` sandbox="${sandbox.replace(/[^a-z -]/g, '')}"`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>Host page</h1>
<iframe id="atlas"${sandboxAttr} src="${src.replace(/"/g, '&quot;')}" title="Partnership Atlas" width="${width}" height="200" loading="lazy" style="border:0;max-width:100%"></iframe>
<script>
window.heights = [];
window.origins = [];
window.addEventListener('message', function (e) {
  if (e.data && e.data.type === 'partnership-atlas:height') {
    window.heights.push(e.data.height);
    window.origins.push(e.origin);
    document.getElementById('atlas').style.height = e.data.height + 'px';
  }
});
</script></body></html>`);
}).listen(port + 1, '127.0.0.1');

console.log(`serving dist/ on http://127.0.0.1:${port}/ (and /atlas/), host page on ${port + 1}`);
