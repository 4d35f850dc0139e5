import { useTranslation } from 'react-i18next';
import type { CareMix } from '@netwerkkracht/core';
import { careMixSlices, percent } from './care-mix-arcs.js';

/** Where support comes from: the family's own circle, general help, specialised help. */
export function CareMixPie({ mix }: { mix: CareMix | null }) {
  const { t } = useTranslation();
  if (mix === null) return <p>{t('reading.careMixEmpty')}</p>;
  const slices = careMixSlices(mix, 60);
  return (
    <figure className="care-mix">
      <svg viewBox="-64 -64 128 128" width="140" height="140" aria-hidden="true">
        {slices.map((s) => <path key={s.part} d={s.path} className={`slice slice-${s.part}`} />)}
      </svg>
      <figcaption>
        <ul>
          {slices.map((s) => (
            <li key={s.part}><span className={`swatch slice-${s.part}`} aria-hidden="true" /> {t(`reading.mix.${s.part}`)}: {percent(s.share)}%</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
