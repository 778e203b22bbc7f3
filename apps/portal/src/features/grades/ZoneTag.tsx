import type { Zone } from '@patuh/graphql';
import { useT } from '@patuh/ui';
import type { ReactNode } from 'react';
import { zoneMessages } from '../format/labels';

/** A zone's colour beside its name: the colour never carries the meaning alone. */
export function ZoneTag({ zone, children }: { zone: Zone; children?: ReactNode }) {
  const t = useT(zoneMessages);
  return (
    <span className={`zone-tag zone-tag--${zone.toLowerCase()}`}>
      <span className="zone-tag__swatch" aria-hidden="true" />
      <span>
        {t(zone)}
        {children}
      </span>
    </span>
  );
}
