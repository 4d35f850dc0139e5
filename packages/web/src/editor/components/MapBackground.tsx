import { memo } from 'react';
import type { Language, SectorSchemeCode } from '@netwerkkracht/core';
import { egoLabel } from '../ego-label.js';
import { EGO_DISTANCE, MAP_RADIUS, ringBounds, wedgePath, zonesOf } from '../geometry.js';
import { SECTOR_FONT, sectorLabels, type SectorPlacement } from '../sector-labels.js';
import { sectorLabel } from '../../i18n/vocab.js';

interface Props {
  readonly sectorScheme: SectorSchemeCode;
  readonly ringCount: number;
  readonly lang: Language;
  readonly uncategorised: string;
  readonly egoName: string;
  /** Sector name size in map units, and where the names go (the editor fits them to the screen). */
  readonly sectorFont?: number;
  readonly placement?: SectorPlacement;
}

/** The rings, the sector wedges with their names, and the ego in the centre. Only draws. */
export const MapBackground = memo(function MapBackground({ sectorScheme, ringCount, lang, uncategorised, egoName, sectorFont = SECTOR_FONT, placement = 'sides' }: Props) {
  const zones = zonesOf(sectorScheme);
  const egoRadius = EGO_DISTANCE * MAP_RADIUS * 0.8;
  const ego = egoLabel(egoName, egoRadius);
  return (
    <g className="map-background" aria-hidden="true">
      {zones.map((zone, zi) => (
        <g key={zone.sector ?? 'none'} className={`zone zone-${zi}${zone.sector === null ? ' zone-none' : ''}`}>
          {Array.from({ length: ringCount }, (_, i) => {
            const { inner, outer } = ringBounds(i + 1, ringCount);
            return <path key={i} className={`cell ring-${i + 1}`} d={wedgePath(zone.start, zone.end, inner, outer)} />;
          })}
        </g>
      ))}
      {sectorLabels(sectorScheme, (sector) => sectorLabel(sector, lang, uncategorised), sectorFont, placement).map((label) => (
        <text key={`label-${label.sector ?? 'none'}`} className="sector-label" x={label.x} y={label.y}
          textAnchor={label.anchor} dominantBaseline={label.baseline} data-sector-label={label.sector ?? ''} style={{ fontSize: sectorFont }}>
          {sectorLabel(label.sector, lang, uncategorised)}
        </text>
      ))}
      <circle className="ego" r={egoRadius}>{ego.shortened ? <title>{egoName}</title> : null}</circle>
      <text className="ego-label" textAnchor="middle" dominantBaseline="middle" style={{ fontSize: ego.fontSize }}>
        {ego.lines.map((line, i) => (
          <tspan key={i} x={0} y={(i - (ego.lines.length - 1) / 2) * ego.lineHeight}>{line}</tspan>
        ))}
      </text>
    </g>
  );
});
