/**
 * The launchers (runInCodeServer, runTestElectron) give the extension host the user data folder in this variable,
 * so that the suite can read the logs VS Code writes below it (the "Corpus Lint" output channel's among them).
 */
export const USER_DATA_ENV = 'CORPUS_LINT_VSCODE_USER_DATA';
