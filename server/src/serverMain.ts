/** `corpus-lint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>`: the transport is chosen from the arguments. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { injectFaults } from './lsp/faultInjection';
import { tuneEngine } from './node/engineFlags';
import { startServer } from './server';

declare const CORPUS_LINT_VERSION: string;
const VERSION = typeof CORPUS_LINT_VERSION === 'string' ? CORPUS_LINT_VERSION : '0.0.0-dev';
const USAGE = 'usage: corpus-lint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>';
/** The flags vscode-languageserver's createConnection reads; `--socket 1234` and `--socket=1234` both count. */
const TRANSPORT = /^--(stdio|node-ipc|socket|pipe)(=|$)/;

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(USAGE);
} else if (args.includes('--version')) {
  console.log(VERSION);
} else if (!args.some((arg) => TRANSPORT.test(arg))) {
  console.error(`corpus-lint-language-server: no transport given; an editor starts this server.\n${USAGE}`);
  process.exitCode = 2;
} else if (args.includes('--node-ipc') && !process.send) {
  console.error('corpus-lint-language-server: --node-ipc needs an IPC channel (start the server with child_process.fork).');
  process.exitCode = 2;
} else {
  tuneEngine();
  injectFaults(process.env);
  startServer(createConnection(ProposedFeatures.all));
}
