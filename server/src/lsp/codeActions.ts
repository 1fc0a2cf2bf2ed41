import { CodeActionKind, type CodeAction, type CodeActionContext } from 'vscode-languageserver/node';
import { quickFixes } from '../service/features/codeActions';
import { fixAll } from '../service/features/fixAll';
import type { Range } from '../service/types';
import type { Located } from '../node/corpora';
import { toCodeAction } from './convert';

/** The kind `editor.codeActionsOnSave` asks for to apply every fix of a document. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.corpus-lint`;

/**
 * The quick fixes at `range`, each followed (when the document has more than one fix of that rule) by
 * "fix all of this rule in the file", and the document's fix-all when the client asks for source actions.
 */
export function codeActionsAt(located: Located, uri: string, range: Range, context: CodeActionContext): CodeAction[] {
  const { workspace, file, root } = located;
  const only = context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const fixableByRule = new Map<string, number>();
    for (const diagnostic of workspace.diagnostics(file)) if (diagnostic.fix) fixableByRule.set(diagnostic.rule, (fixableByRule.get(diagnostic.rule) ?? 0) + 1);
    const offeredRules = new Set<string>();
    for (const fix of quickFixes(workspace, file, range)) {
      actions.push(toCodeAction(fix, uri, root));
      const rule = fix.diagnostic.rule;
      if ((fixableByRule.get(rule) ?? 0) > 1 && !offeredRules.has(rule)) {
        offeredRules.add(rule);
        const all = fixAll(workspace, file, rule);
        if (all.edits.length) actions.push({ title: `Fix all ${rule} problems in this file`, kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: all.edits } } });
      }
    }
  }
  if (only && wants(FIX_ALL_KIND)) {
    const all = fixAll(workspace, file);
    if (all.edits.length) actions.push({ title: 'Fix all Corpus Lint problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: all.edits } } });
  }
  return actions;
}
