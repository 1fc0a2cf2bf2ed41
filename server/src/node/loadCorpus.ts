import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setupCorpus, type CorpusSetup } from '../service/corpus';
import { todayIso } from '../service/text/dates';
import type { SeveritySetting } from '../service/types';
import { CONFIG_FILE, readTextOrUndefined } from './corpusFiles';

export class CorpusLoadError extends Error {}

export interface LoadedCorpus extends CorpusSetup {
  root: string;
  configSource: string;
}

/** Reads corpus.yaml and the registry of the corpus at `root`; throws CorpusLoadError when corpus.yaml cannot be read. */
export function loadCorpus(root: string, options: { today?: string; overrides?: ReadonlyMap<string, SeveritySetting> } = {}): LoadedCorpus {
  let configSource: string;
  try {
    configSource = readFileSync(join(root, CONFIG_FILE), 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    throw new CorpusLoadError(`cannot read ${join(root, CONFIG_FILE)} (${reason})`);
  }
  const today = options.today ?? todayIso();
  const setup = setupCorpus(configSource, (file) => readTextOrUndefined(join(root, file)), today, options.overrides);
  return { ...setup, root, configSource };
}
