import { readFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Logger } from '../service/analyze';
import { decodeSource } from '../service/source';
import { todayIso } from '../service/text/dates';
import { CorpusWorkspace } from '../service/workspace';
import { CONFIG_FILE, findCorpusRoot, listDocuments, readTextOrUndefined } from './corpusFiles';
import { readSources } from './readSources';

/** Documents read at a time when a corpus loads: their ASCII texts make one string of about a megabyte. */
const READ_BATCH = 200;

/** corpus.yaml, the registry it names (however written: `./actors.yaml`), or a document it selects. */
export type CorpusFileKind = 'config' | 'registry' | 'document';

/** What a change on disk did to the corpora. */
export type DiskChange =
  | { kind: 'corpus-added' | 'corpus-removed'; corpus: LoadedWorkspace }
  | { kind: 'config'; corpus: LoadedWorkspace; added: string[]; removed: string[] }
  | { kind: 'registry' | 'document'; corpus: LoadedWorkspace; file: string; removed: boolean };

export interface LoadedWorkspace {
  /** Absolute path of the folder holding corpus.yaml. */
  root: string;
  workspace: CorpusWorkspace;
}

export type BeforeReading = (loaded: LoadedWorkspace, documents: number) => void;

export interface Located extends LoadedWorkspace {
  /** Corpus-relative path with `/` separators. */
  file: string;
}

/** Every corpus the editor works in, loaded from disk; files are found by absolute path. */
export class Corpora {
  private readonly byRoot = new Map<string, LoadedWorkspace>();

  constructor(readonly logger: Logger) {}

  all(): LoadedWorkspace[] {
    return [...this.byRoot.values()];
  }

  /**
   * Loads every corpus (every corpus.yaml) under a workspace folder. `beforeReading` hears of each once its
   * configuration and registry are read and its documents listed, before they are read.
   */
  addFolder(folder: string, beforeReading?: BeforeReading): void {
    const configs = globSync(`**/${CONFIG_FILE}`, { cwd: folder, ignore: ['**/node_modules/**', '**/.git/**'], absolute: true });
    // Nested or repeated workspace folders find a corpus already loaded: it is not read again.
    for (const config of configs.sort()) if (!this.byRoot.has(dirname(config))) this.load(dirname(config), beforeReading);
  }

  /** The corpus a file belongs to, loading it when it is new, and the file's corpus-relative path. */
  locate(path: string): Located | undefined {
    const root = findCorpusRoot(path);
    if (!root) return undefined;
    const loaded = this.byRoot.get(root) ?? this.load(root);
    return loaded && { ...loaded, file: relative(root, path).split(sep).join('/') };
  }

  /** Whether corpus.yaml selects the file as a document; a file created since loading is looked for again. */
  isDocument({ root, workspace, file }: Located): boolean {
    return workspace.has(file) || listDocuments(root, workspace.config).includes(file);
  }

  /** What a located file is to its corpus, or undefined when it is none of these. */
  kindOf({ workspace, file }: Located): CorpusFileKind | undefined {
    if (file === CONFIG_FILE) return 'config';
    if (posix.normalize(workspace.config.actors) === file) return 'registry';
    return workspace.has(file) ? 'document' : undefined;
  }

  /** Puts an editor's text of a corpus file in place of the saved one. */
  update(located: Located, text: string): CorpusFileKind | undefined {
    const kind = this.kindOf(located);
    const { workspace, file } = located;
    if (kind === 'config') workspace.setConfig(text);
    else if (kind === 'registry') workspace.setRegistry(workspace.config.actors, text);
    else if (kind === 'document') workspace.setDocument(file, text);
    return kind;
  }

  /** Puts the saved content back, as when the editor closes a file unsaved; a document not on disk is dropped. */
  revert(located: Located): CorpusFileKind | undefined {
    const kind = this.kindOf(located);
    const { root, workspace, file } = located;
    const path = join(root, file);
    if (kind === 'config') workspace.setConfig(readTextOrUndefined(path) ?? '');
    else if (kind === 'registry') workspace.setRegistry(workspace.config.actors, readTextOrUndefined(path));
    else if (kind === 'document') {
      try {
        workspace.setDocument(file, decodeSource(readFileSync(path)));
      } catch {
        workspace.removeDocument(file);
      }
    }
    return kind;
  }

  /**
   * Takes a file created, changed or deleted on disk into its corpus. The caller skips files an editor has
   * open: their editor text stands for them until they are closed.
   */
  applyDiskChange(path: string, deleted: boolean): DiskChange | undefined {
    if (basename(path) === CONFIG_FILE) return this.applyConfigChange(dirname(path), deleted);
    const located = this.locate(path);
    if (!located) return undefined;
    const { workspace, file } = located;
    const corpus = { root: located.root, workspace };
    if (this.kindOf(located) === 'registry') {
      workspace.setRegistry(workspace.config.actors, deleted ? undefined : readTextOrUndefined(path));
      return { kind: 'registry', corpus, file, removed: deleted };
    }
    if (deleted) {
      if (!workspace.has(file)) return undefined;
      workspace.removeDocument(file);
      return { kind: 'document', corpus, file, removed: true };
    }
    if (!this.isDocument(located)) return undefined;
    this.readDocument(corpus, file);
    return { kind: 'document', corpus, file, removed: !workspace.has(file) };
  }

  private applyConfigChange(root: string, deleted: boolean): DiskChange | undefined {
    const loaded = this.byRoot.get(root);
    if (deleted) {
      if (!loaded) return undefined;
      this.byRoot.delete(root);
      return { kind: 'corpus-removed', corpus: loaded };
    }
    if (!loaded) {
      const added = this.load(root);
      return added && { kind: 'corpus-added', corpus: added };
    }
    const source = readTextOrUndefined(join(root, CONFIG_FILE));
    if (source === undefined) return undefined;
    loaded.workspace.setConfig(source);
    const selected = new Set(listDocuments(root, loaded.workspace.config));
    const removed = loaded.workspace.files().filter((file) => !selected.has(file));
    const added = [...selected].filter((file) => !loaded.workspace.has(file));
    for (const file of removed) loaded.workspace.removeDocument(file);
    for (const file of added) this.readDocument(loaded, file);
    return { kind: 'config', corpus: loaded, added, removed };
  }

  /** Reads a document from disk into its corpus; one that cannot be read any more leaves it. */
  private readDocument(loaded: LoadedWorkspace, file: string): void {
    this.readDocuments(loaded, [file]);
  }

  private readDocuments({ root, workspace }: LoadedWorkspace, files: readonly string[]): void {
    readSources(files.map((file) => join(root, file))).forEach((source, index) => {
      if (!(source instanceof Error)) return workspace.setDocument(files[index], source);
      workspace.removeDocument(files[index]);
      this.logger.error(`corpus-lint: cannot read ${join(root, files[index])}: ${String(source)}`);
    });
  }

  private load(root: string, beforeReading?: BeforeReading): LoadedWorkspace | undefined {
    const configSource = readTextOrUndefined(join(root, CONFIG_FILE));
    if (configSource === undefined) return undefined;
    const workspace = new CorpusWorkspace({ configSource, readRegistry: (file) => readTextOrUndefined(join(root, file)), today: todayIso(), logger: this.logger });
    const loaded = { root, workspace };
    const files = listDocuments(root, workspace.config);
    beforeReading?.(loaded, files.length);
    for (let i = 0; i < files.length; i += READ_BATCH) this.readDocuments(loaded, files.slice(i, i + READ_BATCH));
    this.byRoot.set(root, loaded);
    return loaded;
  }
}

