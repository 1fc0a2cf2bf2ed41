import { loadConfig, type CorpusConfig } from './config';
import { toDiagnostic } from './findings';
import { LineIndex } from './lineIndex';
import { ActorMatcher } from './parse/actorMatcher';
import { emptyRegistry, loadRegistry, type Registry } from './registry';
import type { RuleEnvironment } from './rules/rule';
import { severityOf } from './config';
import type { Diagnostic, SeveritySetting } from './types';

export interface CorpusSetup {
  config: CorpusConfig;
  registry: Registry;
  env: RuleEnvironment;
  /** Diagnostics on corpus.yaml and on the registry file, by corpus-relative file. */
  fileDiagnostics: Map<string, Diagnostic[]>;
}

/**
 * Reads a corpus's configuration and registry from their sources. `registrySource` is undefined when the
 * registry file cannot be read; that is reported on corpus.yaml.
 */
export function setupCorpus(
  configSource: string,
  readRegistry: (registryFile: string) => string | undefined,
  today: string,
  overrides?: ReadonlyMap<string, SeveritySetting>,
): CorpusSetup {
  const { config, findings } = loadConfig(configSource);
  const configLines = new LineIndex(configSource);
  const fileDiagnostics = new Map<string, Diagnostic[]>();
  const configDiagnostics = findings.map((finding) => toDiagnostic('config/invalid', 'error', finding, configLines));
  const registrySource = readRegistry(config.actors);
  let registry = emptyRegistry();
  if (registrySource === undefined) {
    configDiagnostics.push({
      rule: 'config/invalid',
      severity: 'error',
      message: `The actor registry \`${config.actors}\` cannot be read; every actor id will be unknown.`,
      range: configLines.range(registryKeySpan(configSource)),
    });
  } else {
    const loaded = loadRegistry(registrySource, config.actors);
    registry = loaded.registry;
    const lines = new LineIndex(registrySource);
    const registryDiagnostics = loaded.findings.map((finding) => toDiagnostic(finding.rule, 'error', finding, lines));
    fileDiagnostics.set(config.actors, withSeverity(registryDiagnostics, config, overrides));
  }
  fileDiagnostics.set('corpus.yaml', withSeverity(configDiagnostics, config, overrides));
  return { config, registry, env: lazyMatcherEnvironment(config, registry, today), fileDiagnostics };
}

/**
 * The environment, with the actor matcher built when a rule first scans a document: the command line
 * hands documents to worker threads, each with a matcher of its own, and the one here is never needed.
 */
function lazyMatcherEnvironment(config: CorpusConfig, registry: Registry, today: string): RuleEnvironment {
  let matcher: ActorMatcher | undefined;
  return {
    config,
    registry,
    get matcher() {
      matcher ??= new ActorMatcher(registry.entries);
      return matcher;
    },
    today,
  };
}

function withSeverity(diagnostics: Diagnostic[], config: CorpusConfig, overrides?: ReadonlyMap<string, SeveritySetting>): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const severity = severityOf(config, diagnostic.rule, overrides);
    return severity === 'off' ? [] : [{ ...diagnostic, severity }];
  });
}

function registryKeySpan(source: string): { start: number; end: number } {
  const match = /^actors[ \t]*:.*$/m.exec(source);
  if (match) return { start: match.index, end: match.index + match[0].length };
  const newline = source.search(/[\r\n]/);
  return { start: 0, end: newline < 0 ? source.length : newline };
}
