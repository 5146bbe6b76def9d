/** Summary statistics for repeated measurements. */
export interface Spread {
  median: number;
  worst: number;
  runs: number;
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
