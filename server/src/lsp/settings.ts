import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { RULES } from '../service/ruleMeta';
import type { SeveritySetting } from '../service/types';

/** The editor's `corpusLint.*` settings for one corpus folder. */
export interface CorpusSettings {
  enable: boolean;
  /** Severities on top of corpus.yaml's. */
  rules: ReadonlyMap<string, SeveritySetting>;
  checkClosedFiles: boolean;
}

export const DEFAULT_SETTINGS: CorpusSettings = { enable: true, rules: new Map(), checkClosedFiles: true };

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);

/**
 * Reads settings per corpus root through `workspace/configuration` when the client offers it, and keeps
 * them until the client says they changed. Values of the wrong shape fall back to the defaults, logged.
 */
export class SettingsReader {
  private readonly cache = new Map<string, Promise<CorpusSettings>>();

  constructor(
    private readonly connection: Connection,
    public supported = false,
  ) {}

  forRoot(root: string): Promise<CorpusSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(root);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: pathToFileURL(root).href, section: 'corpusLint' }).then(
        (value: unknown) => this.parse(value),
        () => DEFAULT_SETTINGS,
      );
      this.cache.set(root, settings);
    }
    return settings;
  }

  invalidate(): void {
    this.cache.clear();
  }

  private parse(value: unknown): CorpusSettings {
    if (!value || typeof value !== 'object') return DEFAULT_SETTINGS;
    const { enable, rules, checkClosedFiles } = value as Record<string, unknown>;
    return {
      enable: typeof enable === 'boolean' ? enable : DEFAULT_SETTINGS.enable,
      checkClosedFiles: typeof checkClosedFiles === 'boolean' ? checkClosedFiles : DEFAULT_SETTINGS.checkClosedFiles,
      rules: this.parseRules(rules),
    };
  }

  private parseRules(rules: unknown): ReadonlyMap<string, SeveritySetting> {
    const parsed = new Map<string, SeveritySetting>();
    if (!rules || typeof rules !== 'object') return parsed;
    for (const [rule, severity] of Object.entries(rules)) {
      if (RULES.has(rule) && typeof severity === 'string' && SEVERITIES.has(severity)) parsed.set(rule, severity as SeveritySetting);
      else this.connection.console.warn(`corpusLint.rules: ignored "${rule}": ${JSON.stringify(severity)} (a rule id and error, warning, info, hint or off)`);
    }
    return parsed;
  }
}
