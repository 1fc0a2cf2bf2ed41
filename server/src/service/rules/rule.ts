import type { CorpusConfig } from '../config';
import type { ParsedDocument } from '../document';
import type { Finding, Report } from '../findings';
import type { ActorMatcher, ActorRead, ActorScan } from '../parse/actorMatcher';
import { findCasualtyFigures, type CasualtyFigure } from '../parse/casualtyFigures';
import type { FrontMatterField } from '../parse/frontMatter';
import type { Registry } from '../registry';
import { overlapsAny } from '../text/spans';
import type { Diagnostic, RelatedLocation, Span } from '../types';
import type { DocumentSummary } from '../summary';

/** What every rule may read besides the document: configuration, registry and the date today. */
export interface RuleEnvironment {
  config: CorpusConfig;
  registry: Registry;
  matcher: ActorMatcher;
  /** `YYYY-MM-DD`; dates after it are in the future. */
  today: string;
}

export interface DocumentRule {
  readonly id: string;
  check(context: DocumentContext, report: Report): void;
}

/** A finding of a corpus-wide rule: it already knows its file and line/column range. */
export interface CorpusFinding extends Omit<Diagnostic, 'rule' | 'severity'> {
  file: string;
  related?: RelatedLocation[];
}

export interface CorpusRule {
  readonly id: string;
  check(documents: readonly DocumentSummary[], env: RuleEnvironment, report: (finding: CorpusFinding) => void): void;
}

/** A document as the rules see it, with the costlier readings computed once and only when asked for. */
export class DocumentContext {
  private actorRead?: ActorRead;
  private figures?: CasualtyFigure[];
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly doc: ParsedDocument,
    readonly env: RuleEnvironment,
  ) {}

  get fields(): Map<string, FrontMatterField> | undefined {
    return this.doc.frontMatter?.fields;
  }

  get actors(): ActorScan {
    this.actorRead ??= this.env.matcher.read(this.doc.body.prose, this.doc.text);
    return this.actorRead.scan;
  }

  /** The hashes of the prose's words for its shingles, when a rule had the actors scanned (which reads them). */
  get wordHashes(): Uint32Array | undefined {
    return this.actorRead?.wordHashes;
  }

  /** Casualty figures in the prose that no :casualty label covers. */
  get untaggedFigures(): CasualtyFigure[] {
    if (!this.figures) {
      // Built as the parser builds `excluded`, so that overlapsAny's compiled code sees one kind of list.
      const labels: Span[] = [];
      for (const tag of this.doc.tags.casualty) labels.push(tag.labelSpan);
      this.figures = findCasualtyFigures(this.doc.body.prose, this.actorRead?.keywords).filter(
        (figure) => !overlapsAny(labels, figure),
      );
    }
    return this.figures;
  }

  /** A reading several rules share, computed by the first that asks for it. */
  memo<T>(key: string, compute: (context: DocumentContext) => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute(this));
    return this.memos.get(key) as T;
  }

  text(span: { start: number; end: number }): string {
    return this.doc.text.slice(span.start, span.end);
  }
}

export type { Finding, Report };
