// Package insights is the pure analysis of a cramps diary: the catalog of
// documented triggers and helps (TRIGGERS.md) with their sources and
// evidence, the test of each against the user's own nights with an honest
// verdict, the before/after comparison of medication starts, the background
// risk factors of the profile, the red flags, and the weekly aggregates.
//
// Everything here is a function of the nights and the profile passed in: no
// terminal, no storage, no clock. The sentences it builds say "goes with" or
// "was followed by", never that something causes cramps: these are
// associations in one person's diary, not proof of cause, and not medical advice.
//
// How a factor is judged (Analyze, SPEC §7.2): over the nights whose cramps
// are recorded and whose exposure is known, the crude 2×2 figures are shown
// (both rates with Wilson intervals, the crude relative risk with the Katz
// interval, the risk difference with Newcombe's). The verdict reads a test
// that compares like with like: twelve strata of nights (the previous
// night's outcome × weekend × half of the diary), a score of the residuals
// within them whose variance is taken from the diary itself by rotating one
// series against the other, the Mantel–Haenszel relative risk with the
// Greenland–Robins interval widened by √k, a Student-t p and the
// Benjamini–Hochberg q over every test of the analysis. A habit the user
// mostly takes after a cramp night (reactive), or whose direction differs
// between the halves of the diary (unstable), is never called a pattern.
// The ladder gives not_enough_data, no_clear_link, more_cramps or
// fewer_cramps; a medication start, compared before and after, gives
// not_enough_data, no_clear_change, more_after or fewer_after.
package insights
