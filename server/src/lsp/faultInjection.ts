import { DOCUMENT_RULES } from '../service/rules/index';
import type { DocumentRule } from '../service/rules/rule';

/**
 * For fault tests of the real server process: `CORPUS_LINT_FAULTY_RULE=<rule id>` makes that document
 * rule throw on every document, so a test can watch the server log it once and go on without it.
 */
export function injectFaults(env: NodeJS.ProcessEnv): void {
  const id = env.CORPUS_LINT_FAULTY_RULE;
  const rule = id ? DOCUMENT_RULES.find((candidate) => candidate.id === id) : undefined;
  if (!rule) return;
  (rule as { check: DocumentRule['check'] }).check = () => {
    throw new Error(`fault injected into ${id}`);
  };
}
