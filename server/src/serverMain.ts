/** `corpus-lint-language-server --stdio | --node-ipc`: the transport is chosen from the arguments. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
