/** Summary statistics for repeated measurements. */
export interface Spread {
  median: number;
  worst: number;
  runs: number;
  /** The best run, so the spread a busy machine adds can be read off. */
  best?: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function spread(values: readonly number[]): Spread {
  return { median: percentile(values, 50), worst: Math.max(...values), runs: values.length };
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** Median, best and worst of the finite values, rounded to 0.1 ms; NaN figures when there are none. */
export function timeSpread(values: readonly (number | null | undefined)[]): Spread {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0)
    return { median: Number.NaN, worst: Number.NaN, best: Number.NaN, runs: 0 };
  const s = spread(finite);
  return {
    median: round(s.median, 1),
    worst: round(s.worst, 1),
    best: round(Math.min(...finite), 1),
    runs: finite.length,
  };
}
