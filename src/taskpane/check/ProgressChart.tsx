import { makeStyles, tokens } from '@fluentui/react-components';
import type { CriterionProgress } from '../../domain/report/progress';

const useStyles = makeStyles({
  figure: { margin: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  legend: { display: 'flex', columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXS },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: '4px' },
});

const NOW = '#107C41';
const END = '#A9D18E';
const ROW = 16;

export type ProgressChartProps = { rows: readonly CriterionProgress[]; title: string; nowLabel: string; endLabel: string };

/** Bars per criterion: communes meeting it now (dark) and at year end (light), out of all communes. */
export function ProgressChart({ rows, title, nowLabel, endLabel }: ProgressChartProps) {
  const styles = useStyles();
  const max = Math.max(1, ...rows.map((r) => Math.max(r.end, r.communes)));
  const width = 300;
  // Room right of the longest bar for its label ("12 → 13").
  const bar = (n: number) => (n / max) * (width - 84);
  const description = rows.map((r) => `${r.number}: ${r.now} → ${r.end}`).join('; ');
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <svg role="img" aria-label={`${title}. ${description}`} width="100%" viewBox={`0 0 ${width} ${rows.length * ROW + 4}`}>
        {rows.map((r, i) => (
          <g key={r.number} transform={`translate(0, ${i * ROW + 2})`}>
            <title>{`${r.number}. ${r.name}: ${r.now} → ${r.end}/${r.communes}`}</title>
            <text x={18} y={ROW - 5} fontSize={10} textAnchor="end">{r.number}</text>
            <rect x={24} y={2} height={ROW - 4} width={bar(r.end)} fill={END} />
            <rect x={24} y={2} height={ROW - 4} width={bar(r.now)} fill={NOW} />
            <text x={28 + bar(r.end)} y={ROW - 5} fontSize={10}>{r.now === r.end ? r.end : `${r.now} → ${r.end}`}</text>
          </g>
        ))}
      </svg>
      <div className={styles.legend} aria-hidden>
        <span><span className={styles.swatch} style={{ background: NOW }} />{nowLabel}</span>
        <span><span className={styles.swatch} style={{ background: END }} />{endLabel}</span>
      </div>
    </figure>
  );
}
