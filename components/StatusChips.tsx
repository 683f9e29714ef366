// Status chips: text and an icon, never colour alone.
import type { ClaimStatus } from '../lib/format/links';
import type { RelationKind } from '../lib/model';

const ICONS: Record<ClaimStatus | RelationKind, string> = {
  corroborated: '✓',
  conflicting: '✕',
  updated: '↻',
  unlinked: '○',
  corroborates: '✓',
  conflicts: '✕',
  updates: '↻',
  related: '∼',
};

const CHIP_CLASS: Record<RelationKind, ClaimStatus | 'related'> = {
  corroborates: 'corroborated',
  conflicts: 'conflicting',
  updates: 'updated',
  related: 'related',
};

export function StatusChips({ statuses }: { statuses: readonly ClaimStatus[] }) {
  return (
    <ul class="cx-chips" aria-label="Status">
      {statuses.map((s) => (
        <li key={s} class={`cx-chip cx-chip-${s}`} data-status={s}>
          <span aria-hidden="true">{ICONS[s]}</span>
          {s}
        </li>
      ))}
    </ul>
  );
}

export function RelationChip({ relation }: { relation: RelationKind }) {
  return (
    <span class={`cx-chip cx-chip-${CHIP_CLASS[relation]}`} data-relation={relation}>
      <span aria-hidden="true">{ICONS[relation]}</span>
      {relation}
    </span>
  );
}
