// The shared data model of Crosscheck's pure core. Every extractor returns these shapes, the
// CLI prints them (`crosscheck analyze --json`), the content script paints them and the library
// stores them. Offsets are UTF-16 code-unit offsets into the analysed text (JavaScript string
// indices), `end` exclusive, so `text.slice(start, end) === mention.text` always holds.

/** A stretch of the analysed text. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

/** Whose people or things: ISO-like short codes (`ua`, `ru`, `kp`, `il`, `ps`, `us`, ...). */
export type Side = string;

/** Page verdict with the cues a person can read. */
export interface WarCoverage {
  isWarCoverage: boolean;
  /** 0..1 */
  score: number;
  /** Human-readable cues that fired, strongest first ("casualty count: 159 Russians killed"). */
  reasons: string[];
}

/** A military formation, with every mention (full name, short back-references). */
export interface UnitEntity {
  /** Canonical name: `30th Mechanized Brigade`, `Rubicon Center of Advanced Unmanned Systems`. */
  name: string;
  side?: Side;
  mentions: Mention[];
}

export type PlaceKind = 'settlement' | 'region' | 'river' | 'area' | 'sector' | 'country' | 'feature';

/** A place resolved to the gazetteer. */
export interface PlaceEntity {
  /** Canonical English name: `Kursk Oblast`, `Sudzha`, `Oskil River`. */
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  kind?: PlaceKind;
  /** Admin region the place lies in, when known (`Kursk Oblast`). */
  admin?: string;
  /** Gazetteer id (stable across builds). */
  id?: string;
  mentions: Mention[];
}

export type Approx = 'exact' | 'about' | 'nearly' | 'over' | 'under' | 'atLeast' | 'atMost' | 'range' | 'vague';

export type Category =
  | 'casualties'
  | 'captured'
  | 'troops'
  | 'equipment'
  | 'territory'
  | 'distance'
  | 'duration'
  | 'cost'
  | 'other';

export type Measure = 'killed' | 'wounded' | 'killedOrWounded' | 'captured' | 'missing' | 'losses';

/** A numeric claim, normalised so claims from different sources compare. */
export interface Claim {
  text: string;
  start: number;
  end: number;
  /** The number as stated (midpoint for a range); null for vague amounts. */
  value: number | null;
  /** The interval the hedge implies, in the stated unit. */
  low: number | null;
  high: number | null;
  approx: Approx;
  /** Canonical unit: person, km, km2, usd, hour, day, month, year, percent, tonne, or the singular counted noun. */
  unit: string;
  /**
   * The class of thing counted when it is coarser than `unit` (`helicopter` → aircraft, `truck` →
   * vehicle): what claims from two sources compare; `length` for a distance that is a thing's size
   * (`a slick 18 miles long`), not a way to a place. Absent: the unit itself.
   */
  kind?: string;
  /** `value` converted to the canonical unit. */
  canonicalValue: number | null;
  category: Category;
  measure?: Measure;
  side?: Side;
  /** Canonical name of the place the claim is about. */
  where?: string;
  /** ISO date or period: `2025`, `2025-03`, `2025-03-14`. */
  when?: string;
  /** Who asserts it (`Gerasimov`, `ISW`), absent when the article asserts it itself. */
  attribution?: string;
}

/** Everything the engine finds in one text. */
export interface Analysis {
  warCoverage: WarCoverage;
  units: UnitEntity[];
  places: PlaceEntity[];
  claims: Claim[];
}

/** What the engine is given. */
export interface AnalyzeInput {
  text: string;
  /** Publication date (ISO), used to resolve relative dates ("on Saturday", "last month"). */
  date?: string;
}

// ---------------------------------------------------------------------------------------------
// Cross-source linking: what the linker (lib/claims) returns and the views (components/) show.

export type RelationKind = 'corroborates' | 'conflicts' | 'updates' | 'related';

/** A source in the library: an analysed article (no full text by default). */
export interface SourceMeta {
  /** Stable id: the normalised URL, or the file path as given at ingest. */
  id: string;
  /** What `crosscheck link --json` prints as `doc`: the file path as given at ingest, or the URL. */
  doc: string;
  url?: string;
  /** Site name (`Reuters`, `kyivindependent.com`). */
  outlet?: string;
  title?: string;
  /** ISO date of publication. */
  published?: string;
  language?: string;
}

/** One side of a relation: a claim of one source. */
export interface ClaimRef {
  doc: string;
  text: string;
  start: number;
  end: number;
}

/** How a claim of this page relates to a claim of another source. */
export interface Relation {
  a: ClaimRef;
  b: ClaimRef;
  relation: RelationKind;
  /** False when b's source copies a's, or both only repeat the same claimant. */
  independent: boolean;
  /** Words a reader understands: "same figure, 1,171 km² ≈ 452 sq mi". */
  reason: string;
  /** The other source and its claim, for the views. */
  source?: SourceMeta;
  claim?: Claim;
}

/** Everything linked to one claim of the page, with the independence count. */
export interface ClaimLinks {
  /** Index into the page's `claims`. */
  claim: number;
  /** The relations listed (at most a few of each kind; `counts` has the totals). */
  relations: Relation[];
  /** How many relations of each kind were found, listed or not (absent: count `relations`). */
  counts?: Record<RelationKind, number>;
  /** "N independent sources (M reports)" among corroborating relations. */
  independentSources: number;
  reports: number;
}
