import type { DocumentSummary } from '../../summary';
import { compareStrings } from '../../text/compare';
import type { CorpusFinding, CorpusRule, RuleEnvironment } from '../rule';

/**
 * A corpus rule whose findings fall apart into groups of documents that share a key (an id, an event id):
 * checking each group alone finds exactly what checking the whole corpus finds.
 */
export interface GroupedRule {
  rule: CorpusRule;
  keys(summary: DocumentSummary): Iterable<string>;
  /** What the rule reads of a document when it checks the group of `key`. */
  project(summary: DocumentSummary, key: string): DocumentSummary;
}

interface Member {
  projection: DocumentSummary;
  json?: string;
}

const NO_FINDINGS: ReadonlyMap<string, CorpusFinding[]> = new Map();

/** One grouped rule over a corpus, kept current document by document; each group is checked again only when it changes. */
export class KeyedGroups {
  private readonly groups = new Map<string, Map<string, Member>>();
  private readonly keysOf = new Map<string, string[]>();
  private readonly findings = new Map<string, ReadonlyMap<string, CorpusFinding[]>>();

  constructor(
    private readonly grouped: GroupedRule,
    private readonly env: RuleEnvironment,
  ) {}

  /** Takes in a document's new summary (undefined: it left); adds to `affected` the files whose findings may have changed. */
  update(file: string, summary: DocumentSummary | undefined, affected: Set<string>): void {
    const oldKeys = this.keysOf.get(file) ?? [];
    const newKeys = new Set(summary ? this.grouped.keys(summary) : []);
    if (newKeys.size > 0) this.keysOf.set(file, [...newKeys]);
    else this.keysOf.delete(file);
    for (const key of new Set([...oldKeys, ...newKeys])) {
      const group = this.group(key);
      const before = group.get(file);
      if (summary && newKeys.has(key)) {
        const projection = this.grouped.project(summary, key);
        if (before) {
          const json = JSON.stringify(projection);
          if ((before.json ??= JSON.stringify(before.projection)) === json) continue;
          group.set(file, { projection, json });
        } else group.set(file, { projection });
      } else group.delete(file);
      for (const member of group.keys()) affected.add(member);
      affected.add(file);
      this.findings.delete(key);
      if (group.size === 0) this.groups.delete(key);
    }
  }

  /**
   * Takes in the summaries of documents not in any group yet, as `update` would one after another, without
   * noting which files each one affects (every file is new): that note costs a pass over each group per
   * member added.
   */
  addNew(summaries: readonly DocumentSummary[]): void {
    for (const summary of summaries) {
      const keys = [...new Set(this.grouped.keys(summary))];
      if (keys.length === 0) continue;
      this.keysOf.set(summary.file, keys);
      for (const key of keys) {
        const group = this.group(key);
        group.set(summary.file, { projection: this.grouped.project(summary, key) });
        this.findings.delete(key);
      }
    }
  }

  /** The rule's findings on `file`. Throws what the rule throws. */
  findingsFor(file: string): CorpusFinding[] {
    return (this.keysOf.get(file) ?? []).flatMap((key) => this.groupFindings(key).get(file) ?? []);
  }

  /** The members of the group of `key`, made empty if there is none. */
  private group(key: string): Map<string, Member> {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new Map()));
    return group;
  }

  private groupFindings(key: string): ReadonlyMap<string, CorpusFinding[]> {
    const cached = this.findings.get(key);
    if (cached) return cached;
    const members = [...(this.groups.get(key) ?? [])].sort(([a], [b]) => compareStrings(a, b)).map(([, member]) => member.projection);
    let byFile: Map<string, CorpusFinding[]> | undefined;
    this.grouped.rule.check(members, this.env, (finding) => {
      byFile ??= new Map();
      const list = byFile.get(finding.file) ?? byFile.set(finding.file, []).get(finding.file)!;
      list.push(finding);
    });
    const result = byFile ?? NO_FINDINGS;
    this.findings.set(key, result);
    return result;
  }
}
