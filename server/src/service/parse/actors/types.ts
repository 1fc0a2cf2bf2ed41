/** A registry name, short form or alias, found as written. */
export interface ActorMention {
  start: number;
  end: number;
  actorId: string;
  form: 'name' | 'short' | 'alias';
}

/** A phrase that is a registered name written differently; `canonical` is the actor's name. */
export interface ActorVariant {
  start: number;
  end: number;
  actorId: string;
  text: string;
  canonical: string;
  /** The registry form the phrase is written like: the name, an alias or an avoided form. */
  near: string;
  reason: 'folded' | 'avoid' | 'edit';
}

export interface ActorScan {
  mentions: ActorMention[];
  variants: ActorVariant[];
}

/** One registry string, with what matching it needs. */
export interface Form {
  actorId: string;
  kind: 'name' | 'short' | 'alias' | 'avoid';
  text: string;
  /** The actor's name, which a variant is fixed to. */
  canonical: string;
  /** `text` as compared with a phrase of the prose: see `exactKey`. */
  key: string;
}

/** A candidate mention or variant; the scan keeps the leftmost-longest ones. */
export type Match = { mention: ActorMention; variant?: undefined } | { variant: ActorVariant; mention?: undefined };
