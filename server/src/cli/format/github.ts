import type { Severity } from '../../service/types';
import type { FileDiagnostic } from './index';

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per diagnostic:
 * `::warning file=articles/a.md,line=3,col=5,endLine=3,endColumn=12,title=actor/variant::message`.
 * Files are relative to the working folder, which in a workflow is the repository's checkout.
 */
export function formatGithub(items: readonly FileDiagnostic[]): string {
  return items
    .map(({ diagnostic, path, line, column, endLine, endColumn }) => {
      const properties = { file: path, line, col: column, endLine, endColumn, title: diagnostic.rule };
      const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
      return `::${COMMANDS[diagnostic.severity]} ${list.join(',')}::${escapeData(diagnostic.message)}\n`;
    })
    .join('');
}

/** The escaping of `@actions/core`'s `issueCommand` for a command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties also escape the `:` that ends the list and the `,` that separates its items. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
