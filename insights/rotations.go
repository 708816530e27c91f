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

	// The series to transform: each group's outcome residuals, then each
	// member's exposure residuals; paired within the group (same length).
	type series struct {
		data  []float64
		power []float64
	}
	type job struct {
		a, b *series // b may be nil
		m    int
	}
	var jobs []job
	outcome := make([]*series, len(groups))
	exposure := make([]*series, len(res))
	for g, members := range groups {
		n := len(res[members[0]].e)
		m := stats.RotationLength(n)
		rot.Prepare(m)
		list := []*series{{data: res[members[0]].e, power: make([]float64, m/2+1)}}
		outcome[g] = list[0]
		for _, f := range members {
			s := &series{data: res[f].x, power: make([]float64, m/2+1)}
			exposure[f] = s
			list = append(list, s)
		}
		for i := 0; i < len(list); i += 2 {
			j := job{a: list[i], m: m}
			if i+1 < len(list) {
				j.b = list[i+1]
			}
			jobs = append(jobs, j)
		}
	}
	run := func(r *stats.Rotation, jobs []job) {
		for _, j := range jobs {
			if j.b == nil {
				r.Powers(j.a.data, nil, j.m, j.a.power, nil)
				continue
			}
			r.Powers(j.a.data, j.b.data, j.m, j.a.power, j.b.power)
		}
	}
	half := len(jobs) / 2
	other := rot.Fork()
	done := make(chan struct{})
	go func() {
		defer close(done)
		run(other, jobs[half:])
	}()
	run(rot, jobs[:half])
	<-done

	for g, members := range groups {
		n := len(res[members[0]].e)
		m := stats.RotationLength(n)
		for _, f := range members {
			sums[f] = rot.SumFromPowers(exposure[f].power, outcome[g].power, n, m)
		}
	}
	return sums
}
