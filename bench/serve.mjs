// Builds the folders the bench measures, and serves each from memory on loopback with gzip (like a static host).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSynthDataset } from './synth.mjs';
import { config } from './config.mjs';

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.status})`);
  }
}
const vite = (...more) => ['vite', 'build', '--logLevel', 'error', ...more];

/** dist/ (the atlas), dist-bare/ (the reference page and floor) and one dist-synth* per synthetic mode. */
export function buildAll() {
  console.log('building dist/ (atlas), dist-bare/ (reference and floor) and the 10x datasets ...');
  run('npx', vite());
  run('npx', vite('--config', 'bench/bare/vite.config.ts'));
  const counts = {};
  for (const mode of config.synthModes) {
    counts[mode] = writeSynthDataset(join(process.cwd(), 'data'), config.synthData(mode), 10, mode);
    console.log(
      `synthetic dataset (${mode} x10): ${counts[mode].partners} partners, ${counts[mode].meetings} meetings`,
    );
    run('npx', vite('--outDir', config.synthDist(mode), '--emptyOutDir'), {
      ATLAS_DATASET_DIR: config.synthData(mode),
    });
  }
  if (config.profile) {
    // Unminified, so a CPU profile names the functions.
    run('npx', vite('--outDir', 'dist-profile', '--emptyOutDir', '--minify', 'false'));
    run(
      'npx',
      vite(
        '--config',
        'bench/bare/vite.config.ts',
        '--outDir',
        join(process.cwd(), 'dist-profile-bare'),
        '--minify',
        'false',
      ),
    );
  }
  return counts;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

function readTree(root, rel = '', out = new Map()) {
  for (const name of readdirSync(join(root, rel))) {
    const path = join(rel, name);
    if (statSync(join(root, path)).isDirectory()) readTree(root, path, out);
    else out.set(`/${path.split(sep).join('/')}`, readFileSync(join(root, path)));
  }
  return out;
}

/**
 * Serves a snapshot of `dir` taken now, from memory: a rebuild of the folder during the run cannot mix two builds.
 * `sent` records the compressed bytes of every response (the transfer count).
 */
export function serve(dir) {
  const files = readTree(resolve(process.cwd(), dir));
  const gzipped = new Map();
  const sent = [];
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const raw = files.get(path);
    if (!raw) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const ext = extname(path);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip && !gzipped.has(path)) gzipped.set(path, gzipSync(raw, { level: 9 }));
    const body = gzip ? gzipped.get(path) : raw;
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    sent.push({ path, bytes: body.length });
    res.end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, sent, url: `http://127.0.0.1:${server.address().port}/` }),
    ),
  );
}
