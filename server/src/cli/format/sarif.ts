import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Fix as SarifFix, Location, Log, Region, ReportingDescriptor, Result } from 'sarif';
import { DOCS_URL, ruleDocsUrl, type RuleMeta } from '../../service/ruleMeta';
import type { Diagnostic, FileReport, Range, Severity } from '../../service/types';
import type { FileDiagnostic, FormatContext } from './index';

const LEVELS: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The base of every relative artifact URI: the working folder, where a CI job has the repository checked out. */
const SOURCE_ROOT = '%SRCROOT%';

/** Stands for the results while the rest of the log is written; a JSON string no result text contains. */
const RESULTS = '\u0000results';
/** How deep `JSON.stringify(log, null, 2)` indents a result: log, runs, run, results. */
const RESULT_INDENT = ' '.repeat(8);
/** Results per piece of output: about a megabyte. */
const RESULTS_PER_PIECE = 500;

/**
 * A SARIF 2.1.0 log with one run, as the text of `JSON.stringify(log, null, 2)` in pieces: the results are
 * built and written a piece at a time, so that neither all their objects nor one string of the whole log
 * is held at once (85,000 results make a log of 140 MB). Artifact URIs are relative to the working folder
 * under the base id `%SRCROOT%` (declared in `originalUriBaseIds`), not to the corpus root: GitHub code
 * scanning reads a relative URI as relative to the repository, and a corpus is often one folder of its
 * repository. A file outside the working folder gets an absolute `file:` URI and no base id.
 */
export function* sarifPieces(items: readonly FileDiagnostic[], ctx: FormatContext): Generator<string> {
  const ruleIndex = new Map([...ctx.rules.keys()].map((id, index) => [id, index]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'corpus-lint', version: ctx.toolVersion, informationUri: DOCS_URL, rules: [...ctx.rules.values()].map(descriptor) },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: folderUri(ctx.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: items.length === 0 ? [] : [RESULTS as unknown as Result],
      },
    ],
  };
  const frame = `${JSON.stringify(log, null, 2)}\n`;
  if (items.length === 0) {
    yield frame;
    return;
  }
  const [head, tail] = frame.split(JSON.stringify(RESULTS));
  let piece = head;
  for (let i = 0; i < items.length; i++) {
    const { report, diagnostic } = items[i];
    const text = JSON.stringify(result(report, diagnostic, ruleIndex.get(diagnostic.rule), ctx.cwd), null, 2);
    piece += `${i === 0 ? '' : `,\n${RESULT_INDENT}`}${text.replaceAll('\n', `\n${RESULT_INDENT}`)}`;
    if ((i + 1) % RESULTS_PER_PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  yield piece + tail;
}

function descriptor(meta: RuleMeta): ReportingDescriptor {
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    helpUri: ruleDocsUrl(meta.id),
    defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
  };
}

function result(report: FileReport, diagnostic: Diagnostic, ruleIndex: number | undefined, cwd: string): Result {
  const artifact = artifactLocation(report.path, cwd);
  const related = diagnostic.related ?? [];
  return {
    ruleId: diagnostic.rule,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: LEVELS[diagnostic.severity],
    message: { text: diagnostic.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(diagnostic.range) } }],
    ...(related.length > 0 && {
      relatedLocations: related.map(
        (location, index): Location => ({
          id: index + 1,
          physicalLocation: { artifactLocation: artifactLocation(corpusFilePath(report, location.file), cwd), region: region(location.range) },
          message: { text: location.message },
        }),
      ),
    }),
    ...(diagnostic.fix && { fixes: [fix(diagnostic.fix, artifact)] }),
  };
}

function fix(source: NonNullable<Diagnostic['fix']>, artifact: ArtifactLocation): SarifFix {
  return {
    description: { text: source.title },
    artifactChanges: [
      {
        artifactLocation: artifact,
        replacements: source.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
      },
    ],
  };
}

/** SARIF counts lines and columns from 1; `endColumn` is the column just past the region, like LSP's end. */
function region(range: Range): Region {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

function artifactLocation(path: string, cwd: string): ArtifactLocation {
  const rel = relative(cwd, path);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(path).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** SARIF requires a base URI to end with `/`. */
function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** The absolute path of `file`, named like `report.file` relative to the corpus root of `report`. */
function corpusFilePath(report: FileReport, file: string): string {
  const root = resolve(report.path, ...report.file.split('/').map(() => '..'));
  return resolve(root, ...file.split('/'));
}
