import { useTranslation } from 'react-i18next';

/** What the shapes and styles on the map mean: folded in the editor, open with a heading on the print-out. */
export function Legend({ open = false }: { open?: boolean }) {
  const { t } = useTranslation();
  const items = ['informal', 'formal', 'dormant', 'wished', 'lost', 'tie'] as const;
  const list = (
    <ul>
        {items.map((item) => (
          <li key={item}>
            <svg width="28" height="20" viewBox="-14 -10 28 20" aria-hidden="true" className={`legend-${item}`}>
              {item === 'tie' ? <line className="tie" x1={-12} y1={0} x2={12} y2={0} /> : item === 'formal'
                ? <g className="person formal"><rect className="mark" x={-7} y={-7} width={14} height={14} rx={2} /></g>
                : <g className={`person informal status-${item === 'dormant' ? 'ondergesneeuwd' : item === 'wished' ? 'gewenst' : item === 'lost' ? 'verbroken' : 'actief'}`}>
                    <circle className="mark" r={7} />
                    {item === 'dormant' ? <circle className="dormant-ring" r={4} /> : null}
                    {item === 'lost' ? <line className="lost-stroke" x1={-7} y1={7} x2={7} y2={-7} /> : null}
                  </g>}
            </svg>
            {t(`editor.legendItems.${item}`)}
          </li>
        ))}
    </ul>
  );
  if (open) return <section className="legend print-legend"><h2>{t('editor.legend')}</h2>{list}</section>;
  return (
    <details className="legend">
      <summary>{t('editor.legend')}</summary>
      {list}
    </details>
  );
}
