import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { makeCorpus } from '../cli/run';
import { CONFIG, REGISTRY, frontMatter } from '../unit/harness';
import { SERVER } from './lspClient';

const AVOIDED = 'Tehrik-e-Taliban';
const TEXT = `${frontMatter('', '[ttp]')}\nFighters of the ${AVOIDED} claimed the attack.\n`;

function positionOf(text: string, needle: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(needle));
  return { line, character: lines[line].indexOf(needle) };
}

test('the server speaks LSP over node IPC when started with --node-ipc', { timeout: 20_000 }, async () => {
  const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, 'articles/doc.md': TEXT });
  const server = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new IPCMessageReader(server), new IPCMessageWriter(server));
  const uri = pathToFileURL(join(root, 'articles/doc.md')).href;
  const published = new Promise<PublishDiagnosticsParams>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      if (params.uri === uri && params.diagnostics.length > 0) resolve(params);
    });
  });
  connection.listen();
  try {
    const result: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'corpus' }],
    });
    assert.equal(result.serverInfo?.name, 'corpus-lint-language-server');
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: TEXT } });

    const { diagnostics } = await published;
    const start = positionOf(TEXT, AVOIDED);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range]),
      [['actor/variant', { start, end: { line: start.line, character: start.character + AVOIDED.length } }]],
    );

    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
  } finally {
    connection.dispose();
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

test('without a transport flag the command explains its usage and exits with status 2', () => {
  const run = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', input: '' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /usage: corpus-lint-language-server --stdio \| --node-ipc/);
});

test('--node-ipc without an IPC channel is refused with status 2', () => {
  const run = spawnSync(process.execPath, [SERVER, '--node-ipc'], { encoding: 'utf8', input: '' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--node-ipc needs an IPC channel/);
});
