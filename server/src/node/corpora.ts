import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Logger } from '../service/analyze';
import { decodeSource } from '../service/source';
import { todayIso } from '../service/text/dates';
import { CorpusWorkspace } from '../service/workspace';
import { CONFIG_FILE, findCorpusRoot, listDocuments, readTextOrUndefined } from './corpusFiles';

/** corpus.yaml, the registry it names (however written: `./actors.yaml`), or a document it selects. */
export type CorpusFileKind = 'config' | 'registry' | 'document';

export interface LoadedWorkspace {
  /** Absolute path of the folder holding corpus.yaml. */
  root: string;
  workspace: CorpusWorkspace;
}

export interface Located extends LoadedWorkspace {
  /** Corpus-relative path with `/` separators. */
  file: string;
}

/** Every corpus the editor works in, loaded from disk; files are found by absolute path. */
export class Corpora {
  private readonly byRoot = new Map<string, LoadedWorkspace>();

  constructor(private readonly logger: Logger) {}

  all(): LoadedWorkspace[] {
    return [...this.byRoot.values()];
  }

  /** Loads every corpus (every corpus.yaml) under a workspace folder. */
  addFolder(folder: string): void {
    const configs = globSync(`**/${CONFIG_FILE}`, { cwd: folder, ignore: ['**/node_modules/**', '**/.git/**'], absolute: true });
    for (const config of configs.sort()) this.load(dirname(config));
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

  private load(root: string): LoadedWorkspace | undefined {
    const configSource = readTextOrUndefined(join(root, CONFIG_FILE));
    if (configSource === undefined) return undefined;
    const workspace = new CorpusWorkspace({ configSource, readRegistry: (file) => readTextOrUndefined(join(root, file)), today: todayIso(), logger: this.logger });
    for (const file of listDocuments(root, workspace.config)) {
      try {
        workspace.setDocument(file, decodeSource(readFileSync(join(root, file))));
      } catch (error) {
        this.logger.error(`corpus-lint: cannot read ${join(root, file)}: ${String(error)}`);
      }
    }
    const loaded = { root, workspace };
    this.byRoot.set(root, loaded);
    return loaded;
  }
}

