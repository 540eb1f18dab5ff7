import type { ScoreSnapshotsQuery } from '@fidele/sdk';
import { useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

type GridCell = ScoreSnapshotsQuery['scoreSnapshots'][number]['grid'][number];

/** The recency × frequency grid as a heat map drawn in SVG (R1..R5 across, F1..F5 up). */
export const RfmGrid = ({ grid }: { grid: readonly GridCell[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const int = new Intl.NumberFormat(locale);
  const max = Math.max(1, ...grid.map((c) => c.count));
  return (
    <svg
      viewBox="0 0 330 330"
      width="100%"
      height="100%"
      role="img"
      aria-label={translate('fidele.analytics.rfm_grid')}
    >
      {[1, 2, 3, 4, 5].map((r) => (
        <text
          key={`r${r}`}
          x={30 + (r - 1) * 60 + 30}
          y={322}
          textAnchor="middle"
          fontSize={11}
          fill={theme.palette.text.secondary}
        >
          R{r}
        </text>
      ))}
      {[1, 2, 3, 4, 5].map((f) => (
        <text
          key={`f${f}`}
          x={14}
          y={(5 - f) * 60 + 34}
          textAnchor="middle"
          fontSize={11}
          fill={theme.palette.text.secondary}
        >
          F{f}
        </text>
      ))}
      {grid.map((c) => (
        <g key={`${c.recencyScore}-${c.frequencyScore}`} className="fidele-rfm-cell">
          <rect
            x={30 + (c.recencyScore - 1) * 60}
            y={(5 - c.frequencyScore) * 60 + 4}
            width={58}
            height={58}
            rx={4}
            fill={theme.palette.primary.main}
            fillOpacity={0.08 + 0.92 * (c.count / max)}
          >
            <title>{`R${c.recencyScore} F${c.frequencyScore}: ${int.format(c.count)}`}</title>
          </rect>
          <text
            x={30 + (c.recencyScore - 1) * 60 + 29}
            y={(5 - c.frequencyScore) * 60 + 38}
            textAnchor="middle"
            fontSize={12}
            fill={c.count / max > 0.5 ? theme.palette.primary.contrastText : theme.palette.text.primary}
          >
            {int.format(c.count)}
          </text>
        </g>
      ))}
    </svg>
  );
};
