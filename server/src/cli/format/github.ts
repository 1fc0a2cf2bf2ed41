import type { FileDiagnostic, FormatContext } from './index';
import { joinLines, renderLine } from './lines';

/**
 * GitHub Actions workflow commands, one annotation per diagnostic:
 * `::warning file=articles/a.md,line=3,col=5,endLine=3,endColumn=12,title=actor/variant::message`.
 * Files are relative to the working folder, which in a workflow is the repository's checkout.
 */
export function formatGithub(items: readonly FileDiagnostic[], ctx: FormatContext): string {
  return joinLines('github', items.map(({ report, diagnostic }) => renderLine('github', diagnostic, report, ctx.cwd)));
}
