/**
 * `npm run bench:lsp`: the bundled language server on the generated 10,000-document corpus.
 *
 * One session: start dist/server.js --stdio, initialize with the corpus as workspace folder and open a
 * 100 KB document. Measured:
 * - initial index: from the initialize request until the server is ready, which is the later of the first
 *   publication of diagnostics for the opened document (they include the corpus-wide rules, so every
 *   document has been read and analysed) and the end of every work-done progress the server began;
 * - edit latency: 200 incremental edits (typing), one after another, each timed from the didChange
 *   notification to the publication of diagnostics for that version;
 * - hover latency on actor mentions, completion latency after `by=`/`against=`, and workspace symbol latency for
 *   queries of one to eight letters, sequential requests;
 * - the server's resident memory (VmRSS, and VmHWM as its peak) once indexing is done.
 * A benchmark reports figures; it fails only when the server crashes or stops answering.
 * SERVER_NODE_ARGS passes Node options to the server, e.g. `SERVER_NODE_ARGS=--cpu-prof` to profile it.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_OPTIONS, formatSummary, generateCorpus } from './generate.mjs';
import { percentile, resultTable } from './lsp/report.mjs';
import { ServerSession } from './lsp/session.mjs';
import { OpenText, actorIdPositions, actorMentionPositions, seededRandom, typingScript } from './lsp/text.mjs';
import { prepareWorkspace } from './lsp/workspace.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, DEFAULT_OPTIONS.dir);
const WORKSPACE = join(ROOT, '.bench/lsp-corpus');
const SERVER = join(ROOT, 'dist/server.js');
const LARGE_BYTES = 100_000;
const EDITS = 200;
const HOVERS = 250;
const COMPLETIONS = 250;
const SYMBOL_QUERIES = 100;

const CAPABILITIES = {
  window: { workDoneProgress: true },
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    // As VS Code asks: the documentation of the item selected, on completionItem/resolve.
    completion: { completionItem: { snippetSupport: false, resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } } },
  },
};

/** Sends `method` once with each of `paramsList`, one after another; `most` is the largest list of items answered. */
async function timedRequests(session, method, paramsList) {
  const latencies = [];
  let answered = 0;
  let most = 0;
  for (const params of paramsList) {
    const started = performance.now();
    const result = await session.request(method, params);
    latencies.push(performance.now() - started);
    const items = Array.isArray(result) ? result : result?.items;
    if (result && (!items || items.length > 0)) answered++;
    most = Math.max(most, items?.length ?? 0);
  }
  return { latencies, answered, most };
}

const atPositions = (uri, positions) => positions.map((position) => ({ textDocument: { uri }, position }));

/** `wanted` queries as a user types them: the first one to eight letters of words of `text`, and the empty query. */
function symbolQueries(text, wanted) {
  const words = [...text.matchAll(/\b[A-Za-z]{4,}\b/g)].map((match) => match[0]);
  const random = seededRandom(11);
  return Array.from({ length: wanted }, (_, i) => (i === 0 ? '' : words[Math.floor(random() * words.length)].slice(0, 1 + Math.floor(random() * 8))));
}

async function main() {
  console.log(formatSummary(generateCorpus({ dir: CORPUS })));
  const workspace = prepareWorkspace(CORPUS, WORKSPACE, LARGE_BYTES);
  const uri = pathToFileURL(workspace.largeFile).href;
  const open = new OpenText(workspace.largeText);
  console.log(`${workspace.reused ? 'Reused' : 'Prepared'} .bench/lsp-corpus (hard links to the corpus) with a ${(Buffer.byteLength(open.text) / 1000).toFixed(0)} KB document to edit`);

  const session = new ServerSession(SERVER);
  try {
    const started = performance.now();
    const init = await session.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(WORKSPACE).href,
      capabilities: CAPABILITIES,
      workspaceFolders: [{ uri: pathToFileURL(WORKSPACE).href, name: 'lsp-corpus' }],
    });
    const initialized = performance.now();
    await session.notify('initialized', {});
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: open.text } });
    const firstPublication = await session.publicationOf(uri, 1, 120_000);
    const ready = await session.until(() => (session.progressDone() ? performance.now() : undefined), 120_000, 'the end of indexing progress');
    const indexSeconds = (Math.max(firstPublication, ready) - started) / 1000;
    // The initial round publishes every document: a pause in it (the server preparing for edits) is not its end.
    await session.quiet(500, 120_000, DEFAULT_OPTIONS.documents);
    const memory = session.memory();
    console.log(
      `initialize answered after ${((initialized - started) / 1000).toFixed(2)} s; opened document's diagnostics after ${((firstPublication - started) / 1000).toFixed(2)} s; ` +
        `${session.progressBegun.size} progress report(s); ${session.publications} publications in the initial round, the last after ${((session.lastPublicationAt - started) / 1000).toFixed(2)} s`,
    );

    const editLatencies = [];
    let version = 1;
    for (const edit of typingScript(open, EDITS, seededRandom(7))) {
      const change = edit();
      version++;
      const sent = performance.now();
      await session.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      editLatencies.push((await session.publicationOf(uri, version, 30_000)) - sent);
    }
    const lastDiagnostics = session.published.get(uri).params.diagnostics.length;
    console.log(`after ${EDITS} edits the document has ${lastDiagnostics} diagnostics`);

    const hover = await timedRequests(session, 'textDocument/hover', atPositions(uri, actorMentionPositions(open, join(WORKSPACE, 'actors.yaml'), HOVERS)));
    console.log(`hover: ${hover.answered} of ${hover.latencies.length} actor mentions answered with a card`);
    let completionLatencies;
    if (init.capabilities.completionProvider) {
      const completion = await timedRequests(session, 'textDocument/completion', atPositions(uri, actorIdPositions(open, COMPLETIONS)));
      completionLatencies = completion.latencies;
      console.log(`completion: ${completion.answered} of ${completion.latencies.length} requests after by=/against= answered with items`);
    } else {
      console.log('completion: the server does not offer textDocument/completion');
    }

    let symbolLatencies;
    if (init.capabilities.workspaceSymbolProvider) {
      const symbols = await timedRequests(session, 'workspace/symbol', symbolQueries(open.text, SYMBOL_QUERIES).map((query) => ({ query })));
      symbolLatencies = symbols.latencies;
      console.log(`workspace symbols: ${symbols.answered} of ${symbols.latencies.length} queries answered with symbols, ${symbols.most} at most`);
    }

    console.log(`\nServer: node ${process.version}, dist/server.js --stdio; pid ${session.pid}\n`);
    console.log(resultTable({ indexSeconds, editLatencies, hoverLatencies: hover.latencies, completionLatencies, symbolLatencies, memory }).join('\n'));
    console.log(`\nEdit latency p99: ${percentile(editLatencies, 99).toFixed(1)} ms`);
  } finally {
    await session.close();
  }
  if (session.errors.length) console.log(`\nThe server reported errors:\n${session.errors.slice(0, 10).join('\n')}`);
}

main().catch((error) => {
  console.error(`bench:lsp: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
