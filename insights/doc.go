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
// How a factor is judged (Analyze): over the nights whose cramps are
// recorded and whose exposure is known, the 2×2 table of exposure against
// "cramp night" gives both rates with Wilson intervals, the relative risk
// with the Katz interval, the risk difference with Newcombe's interval and
// Fisher's exact p. The Benjamini–Hochberg q-values run over every test of
// the analysis. Nights are not independent — habits and cramps both come in
// runs — so the next-night autocorrelations of the exposure (rx) and of the
// outcome (ry) give a variance inflation k and an effective sample N/k; the
// verdict reads the Katz interval widened by √k. The ladder of SPEC §7 then
// gives not_enough_data, no_clear_link, maybe_more/maybe_fewer, or
// more_cramps/fewer_cramps.
package insights
