/** Numbers as the report prints them, and the summary rows each benchmark hands to run.ts. */
export type Print = (line: string) => void;

export interface SummaryRow {
  benchmark: string;
  measure: string;
  kennis: string;
  baseline: string;
  /** How the two compare, e.g. "0.21x" or "+340 ms". */
  comparison: string;
  /** The goal for this figure, and whether this run reached it; none for figures without one. */
  goal?: string;
  met?: boolean;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index];
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function rate(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;
}

export function ratio(kennis: number, baseline: number): string {
  if (!Number.isFinite(kennis) || !Number.isFinite(baseline) || baseline === 0) return 'n/a';
  return `${(kennis / baseline).toFixed(2)}x`;
}

/** Lays out rows of cells in left-aligned columns. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
}
