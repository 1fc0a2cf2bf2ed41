/** The timeline as the custom request returns it: the whole corpus, or the entries one document feeds. */
import { toTimelineJson, type TimelineJson } from '../timeline/json';
import type { CorpusWorkspace } from '../workspace';

export function timelineJson(workspace: CorpusWorkspace, file?: string): TimelineJson {
  const timeline = workspace.timeline();
  const entries = file === undefined ? timeline.entries : timeline.entries.filter((entry) => entry.sources.some((source) => source.file === file));
  // With roles: the editor's panel shows who acted against whom, as the CLI's page does.
  return toTimelineJson({ entries, undated: [] }, { roles: true });
}
