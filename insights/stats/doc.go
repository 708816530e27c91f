// Package stats holds the numerics behind insights: proportions with Wilson
// intervals, the 2×2 comparisons (relative risk with the Katz interval, risk
// difference with Newcombe's interval, Fisher's exact test), the
// Benjamini–Hochberg correction, rank statistics (Mann–Whitney, Spearman) and
// the next-night autocorrelation that inflates the variance of a diary's
// comparisons.
//
// It knows nothing of diaries: every function takes plain numbers and reports
// with a boolean whether its result is defined, so that callers can show an
// undefined value as such instead of a NaN.
package stats

// Z95 is the standard normal quantile for a two-sided 95% interval, used by
// every interval in this package.
const Z95 = 1.959963984540054
