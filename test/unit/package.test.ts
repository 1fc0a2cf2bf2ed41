import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = join(__dirname, '../..');
const SOURCES = ['package.json', 'README.md', 'LICENSE', '.vscodeignore', 'esbuild.mjs', 'tsconfig.json', 'client', 'server', 'test', 'syntaxes', 'snippets', 'schemas'];

/** The names of the entries of a zip file, read from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'broken central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/**
 * `npm run package` in a copy of the project (node_modules linked), so the production build does not replace
 * the dist/ that other tests run.
 */
describe('npm run package', () => {
  let work: string;
  let entries: string[];
  let vsixSize: number;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'corpus-lint-package-'));
    for (const source of SOURCES) cpSync(join(ROOT, source), join(work, source), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    // Strays a working copy collects, which must stay out.
    mkdirSync(join(work, '.scratch'));
    writeFileSync(join(work, '.scratch/probe.js'), '');
    writeFileSync(join(work, 'timeline.html'), '<p>an export</p>');
    const run = spawnSync('npm', ['run', 'package'], { cwd: work, encoding: 'utf8', env: { ...process.env, npm_config_yes: 'false' }, input: '', timeout: 180_000 });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    const vsix = readFileSync(join(work, 'corpus-lint.vsix'));
    vsixSize = vsix.length;
    entries = zipEntries(vsix);
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('writes corpus-lint.vsix holding the bundles (the server with its worker script), the grammar, snippets, schemas, README and LICENSE', () => {
    for (const file of ['dist/extension.js', 'dist/server.js', 'dist/worker.js', 'package.json', 'readme.md', 'LICENSE.txt']) {
      assert.ok(entries.some((entry) => entry.toLowerCase() === `extension/${file.toLowerCase()}`), `${file} missing from ${entries.join(', ')}`);
    }
    for (const folder of ['syntaxes/', 'snippets/', 'schemas/']) assert.ok(entries.some((entry) => entry.startsWith(`extension/${folder}`)), folder);
    console.log(`corpus-lint.vsix: ${entries.length} entries, ${(vsixSize / 1024).toFixed(0)} KiB`);
  });

  it('leaves out sources, source maps, tests, the example corpus, node_modules, the CLI and strays', () => {
    const unwanted = entries.filter((entry) => /\.ts$|\.map$|^extension\/(client|server|test|examples|bench|node_modules|out|\.scratch)\/|^extension\/(dist\/cli\.js|timeline\.html)$/.test(entry));
    assert.deepEqual(unwanted, []);
  });

  it('ships a minified build', () => {
    const bundle = readFileSync(join(work, 'dist/extension.js'), 'utf8');
    assert.ok(!existsSync(join(work, 'dist/extension.js.map')));
    const lines = bundle.split('\n').length;
    assert.ok(lines < bundle.length / 500, `${lines} lines in ${bundle.length} characters does not look minified`);
  });
});
