import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Fix as SarifFix, Location, Log, Region, ReportingDescriptor, Result } from 'sarif';
import { DOCS_URL, ruleDocsUrl, type RuleMeta } from '../../service/ruleMeta';
import type { Diagnostic, FileReport, Range, Severity } from '../../service/types';
import type { FileDiagnostic, FormatContext } from './index';

const LEVELS: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The base of every relative artifact URI: the working folder, where a CI job has the repository checked out. */
const SOURCE_ROOT = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log with one run. Artifact URIs are relative to the working folder under the base id
 * `%SRCROOT%` (declared in `originalUriBaseIds`), not to the corpus root: GitHub code scanning reads a
 * relative URI as relative to the repository, and a corpus is often one folder of its repository. A file
 * outside the working folder gets an absolute `file:` URI and no base id.
 */
export function formatSarif(items: readonly FileDiagnostic[], ctx: FormatContext): string {
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
        results: items.map(({ report, diagnostic }) => result(report, diagnostic, ruleIndex.get(diagnostic.rule), ctx.cwd)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
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
