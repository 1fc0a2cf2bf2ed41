/** Service results in LSP terms. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic as LspDiagnostic, type Location, type LocationLink } from 'vscode-languageserver/node';
import type { QuickFix } from '../service/features/codeActions';
import type { DefinitionLink } from '../service/features/definition';
import { ruleDocsUrl } from '../service/ruleMeta';
import type { Diagnostic, Severity } from '../service/types';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `root` is the corpus root: related locations name corpus-relative files. */
export function toLspDiagnostic(diagnostic: Diagnostic, root: string): LspDiagnostic {
  const lsp: LspDiagnostic = {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.rule,
    codeDescription: { href: ruleDocsUrl(diagnostic.rule) },
    source: 'corpus-lint',
    message: diagnostic.message,
  };
  if (diagnostic.related?.length) {
    lsp.relatedInformation = diagnostic.related.map((related) => ({
      location: { uri: pathToFileURL(join(root, related.file)).href, range: related.range },
      message: related.message,
    }));
  }
  return lsp;
}

export function toCodeAction(fix: QuickFix, uri: string, root: string): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(fix.diagnostic, root)],
    isPreferred: fix.isPreferred,
    edit: { changes: { [uri]: fix.edits } },
  };
}

/** A link (the origin highlighted as one) where the client supports it, else a plain location. */
export function toDefinition(link: DefinitionLink, root: string, linkSupport: boolean): Location | LocationLink[] {
  const uri = pathToFileURL(join(root, link.file)).href;
  if (!linkSupport) return { uri, range: link.range };
  return [{ originSelectionRange: link.originRange, targetUri: uri, targetRange: link.range, targetSelectionRange: link.range }];
}
