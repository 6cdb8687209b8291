// Summary statistics over timing samples (milliseconds).

export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank: the smallest sample with at least p% of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export function summarize(samples) {
  return { n: samples.length, median: percentile(samples, 50), p95: percentile(samples, 95) };
}

export const ms = (value, digits = 3) => value.toFixed(digits);
export const mib = (bytes) => (bytes / (1024 * 1024)).toFixed(1);
export const kib = (bytes) => (bytes / 1024).toFixed(1);
