// What the linker found for one claim, as a short line and as statuses.

import type { ClaimLinks, RelationKind } from '../model';

export type ClaimStatus = 'corroborated' | 'conflicting' | 'updated' | 'unlinked';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  corroborated: 'corroborated',
  conflicting: 'conflicting',
  updated: 'updated',
  unlinked: 'unlinked',
};

/** How many relations of each kind (the linker's totals when it listed only some). */
export function relationCounts(links: ClaimLinks | undefined): Record<RelationKind, number> {
  if (links?.counts) return { ...links.counts };
  const counts: Record<RelationKind, number> = { corroborates: 0, conflicts: 0, updates: 0, related: 0 };
  for (const r of links?.relations ?? []) counts[r.relation] = (counts[r.relation] ?? 0) + 1;
  return counts;
}

/** `2 corroborate (1 independent) · 1 conflicts · 3 updates`, or `no other sources yet`. */
export function linkCounts(links: ClaimLinks | undefined): string {
  const c = relationCounts(links);
  const parts: string[] = [];
  if (c.corroborates) {
    const ind = Math.min(links?.independentSources ?? 0, c.corroborates);
    parts.push(`${c.corroborates} ${c.corroborates === 1 ? 'corroborates' : 'corroborate'} (${ind} independent)`);
  }
  if (c.conflicts) parts.push(`${c.conflicts} ${c.conflicts === 1 ? 'conflicts' : 'conflict'}`);
  if (c.updates) parts.push(`${c.updates} ${c.updates === 1 ? 'update' : 'updates'}`);
  if (c.related) parts.push(`${c.related} related`);
  return parts.length ? parts.join(' · ') : 'no other sources yet';
}

/** Statuses of a claim, strongest first; `unlinked` alone when nothing relates. */
export function claimStatuses(links: ClaimLinks | undefined): ClaimStatus[] {
  const c = relationCounts(links);
  const out: ClaimStatus[] = [];
  if (c.conflicts) out.push('conflicting');
  if (c.corroborates) out.push('corroborated');
  if (c.updates) out.push('updated');
  if (!out.length) out.push('unlinked');
  return out;
}
