import { createHash } from 'node:crypto';
import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver/node';

interface Known {
  /** What the diagnostics were computed from: they are the same while it is. */
  basis: string;
  resultId: string;
}

/**
 * Pull-diagnostic reports with result ids, so that a client asking again about a file that has not changed
 * gets "unchanged" without the server recomputing or resending its diagnostics.
 */
export class DiagnosticReports {
  private readonly known = new Map<string, Known>();

  /** `basis` names the state the diagnostics follow from; `compute` runs only when it changed. */
  report(uri: string, previousResultId: string | undefined, basis: string, compute: () => Diagnostic[]): DocumentDiagnosticReport {
    const known = this.known.get(uri);
    if (known && known.basis === basis && known.resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: known.resultId };
    const items = compute();
    const resultId = createHash('sha1').update(JSON.stringify(items)).digest('base64url');
    this.known.set(uri, { basis, resultId });
    if (resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  forget(uri: string): void {
    this.known.delete(uri);
  }
}
