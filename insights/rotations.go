package insights

import (
	"slices"

	"github.com/crampsdiary/cramps/insights/stats"
)

// rotateAll returns Σₕ Sₕ² of every factor's test from its residuals
// (SPEC §7.2), sharing the work the factors share: factors known on the
// same nights have the same outcome residuals, whose spectrum is computed
// once, and the series are transformed two at a time (one transform of
// a + i·b gives the spectra of both), half of them on a second goroutine.
// A test whose residuals are zero throughout has a sum of 0.
func rotateAll(res []testResiduals, rot *stats.Rotation) []float64 {
	sums := make([]float64, len(res))
	// groups[g] lists the factors sharing the outcome residuals of its first.
	var groups [][]int
	for f := range res {
		if res[f].xZero || res[f].eZero {
			continue
		}
		g := slices.IndexFunc(groups, func(members []int) bool { return slices.Equal(res[members[0]].e, res[f].e) })
		if g < 0 {
			groups = append(groups, []int{f})
			continue
		}
		groups[g] = append(groups[g], f)
	}
	if len(groups) == 0 {
		return sums
	}

	// First each group's outcome residuals with its first member's exposure
	// residuals; then the other members' exposure residuals two at a time,
	// each against its group's outcome spectrum.
	type member struct{ f, g int }
	outcome := make([][]float64, len(groups))
	var rest []member
	for g, members := range groups {
		m := stats.RotationLength(len(res[members[0]].e))
		rot.Prepare(m)
		outcome[g] = make([]float64, m/2+1)
		for _, f := range members[1:] {
			rest = append(rest, member{f, g})
		}
	}
	// Pairs must share a transform length.
	slices.SortStableFunc(rest, func(a, b member) int { return len(res[a.f].x) - len(res[b.f].x) })
	parallel := func(count int, do func(r *stats.Rotation, i int)) {
		half := count / 2
		other := rot.Fork()
		done := make(chan struct{})
		go func() {
			defer close(done)
			for i := half; i < count; i++ {
				do(other, i)
			}
		}()
		for i := range half {
			do(rot, i)
		}
		<-done
	}
	parallel(len(groups), func(r *stats.Rotation, g int) {
		first := groups[g][0]
		n := len(res[first].e)
		m := stats.RotationLength(n)
		px := make([]float64, m/2+1)
		r.Powers(res[first].x, res[first].e, m, px, outcome[g])
		sums[first] = r.SumFromPowers(px, outcome[g], n, m)
	})
	pairs := (len(rest) + 1) / 2
	parallel(pairs, func(r *stats.Rotation, i int) {
		a := rest[2*i]
		n := len(res[a.f].x)
		m := stats.RotationLength(n)
		if 2*i+1 < len(rest) && len(res[rest[2*i+1].f].x) == n {
			b := rest[2*i+1]
			sums[a.f], sums[b.f] = r.PairSums(res[a.f].x, res[b.f].x, n, m, outcome[a.g], outcome[b.g])
			return
		}
		sums[a.f], _ = r.PairSums(res[a.f].x, nil, n, m, outcome[a.g], nil)
		if 2*i+1 < len(rest) {
			b := rest[2*i+1]
			nb := len(res[b.f].x)
			sums[b.f], _ = r.PairSums(res[b.f].x, nil, nb, stats.RotationLength(nb), outcome[b.g], nil)
		}
	})
	return sums
}
