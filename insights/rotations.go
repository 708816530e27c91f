package insights

import (
	"slices"

	"github.com/crampsdiary/cramps/insights/stats"
)

// rotateAll returns the score S and Σₕ Sₕ² of every factor's test (SPEC
// §7.2), sharing the work the factors share: factors known on the same
// nights have the same outcome residuals, whose spectrum is computed once,
// and the series are transformed two at a time (one transform of a + i·b
// gives the spectra of both), on two goroutines (see shared), each with its
// own Rotation. The residuals are written straight into the
// transforms' input. A test whose residuals are zero throughout has a
// score and a sum of 0.
func rotateAll(series []testSeries, rots *[2]stats.Rotation) (scores, sums []float64) {
	scores, sums = make([]float64, len(series)), make([]float64, len(series))
	// groups[g] lists the factors sharing the outcome residuals of its first.
	var groups [][]int
	for f := range series {
		if series[f].xZero || series[f].eZero {
			continue
		}
		g := slices.IndexFunc(groups, func(members []int) bool { return series[members[0]].sameNights(&series[f]) })
		if g < 0 {
			groups = append(groups, []int{f})
			continue
		}
		groups[g] = append(groups[g], f)
	}
	if len(groups) == 0 {
		return scores, sums
	}

	// First each group's outcome residuals with its first member's exposure
	// residuals; then the other members' exposure residuals two at a time,
	// each against its group's outcome spectrum. A group's members share
	// their length, its transform length and the weights of the sums (worked
	// out with the group's first transform).
	type member struct{ f, g int }
	outcome := make([][]float64, len(groups))
	lengths := make([]int, len(groups))
	weights := make([][]float64, len(groups))
	var rest []member
	for g, members := range groups {
		n := series[members[0]].n
		lengths[g] = stats.RotationLength(n)
		outcome[g] = make([]float64, stats.PowersLength(lengths[g]))
		for _, f := range members[1:] {
			rest = append(rest, member{f, g})
		}
	}
	// Pairs must be of one length.
	slices.SortStableFunc(rest, func(a, b member) int { return series[a.f].n - series[b.f].n })
	shared(len(groups), func(w, g int) {
		r := &rots[w]
		f := groups[g][0]
		weights[g] = stats.Weights(lengths[g], series[f].n)
		a, b, at := r.Load(lengths[g])
		scores[f] = series[f].residuals(a, b, at)
		sums[f] = r.SumAndPowers(lengths[g], weights[g], outcome[g])
	})
	pairs := (len(rest) + 1) / 2
	shared(pairs, func(w, i int) {
		r := &rots[w]
		one := func(x member) {
			a, _, at := r.Load(lengths[x.g])
			scores[x.f] = series[x.f].residuals(a, nil, at)
			sums[x.f], _ = r.PairSums(lengths[x.g], weights[x.g], outcome[x.g], nil)
		}
		x := rest[2*i]
		if 2*i+1 == len(rest) {
			one(x)
			return
		}
		y := rest[2*i+1]
		if series[y.f].n != series[x.f].n {
			one(x)
			one(y)
			return
		}
		a, b, at := r.Load(lengths[x.g])
		scores[x.f] = series[x.f].residuals(a, nil, at)
		scores[y.f] = series[y.f].residuals(b, nil, at)
		sums[x.f], sums[y.f] = r.PairSums(lengths[x.g], weights[x.g], outcome[x.g], outcome[y.g])
	})
	return scores, sums
}
