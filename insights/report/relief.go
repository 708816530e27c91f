package report

import (
	"slices"

	"github.com/crampsdiary/cramps/diary"
)

// ReliefCount is how many episodes one kind of relief eased, and how long
// those episodes lasted.
type ReliefCount struct {
	Relief   diary.Relief
	Episodes int
	// DurationKnown counts those episodes with a duration; MedianDurationS is over them.
	DurationKnown   int
	MedianDurationS diary.Opt[float64]
}

// ReliefSummary is what eased the cramps of a period. An episode eased by
// two things counts under both.
type ReliefSummary struct {
	// ByRelief holds the reliefs used at least once, in the order of diary.Reliefs.
	ByRelief []ReliefCount
	// Nothing counts the episodes recorded as eased by nothing (an empty
	// list); NotRecorded those with no relief recorded at all.
	Nothing, NotRecorded int
}

// SummarizeRelief summarises what eased the episodes of nights (any order).
func SummarizeRelief(nights []diary.Night) ReliefSummary {
	var s ReliefSummary
	counts := make([]int, len(diary.Reliefs))
	durations := make([][]float64, len(diary.Reliefs))
	for i := range nights {
		for _, e := range nights[i].Episodes {
			switch {
			case e.Relief == nil:
				s.NotRecorded++
				continue
			case len(e.Relief) == 0:
				s.Nothing++
				continue
			}
			seen := make([]bool, len(diary.Reliefs))
			for _, r := range e.Relief {
				k := slices.Index(diary.Reliefs, r)
				if k < 0 || seen[k] {
					continue // an unknown relief, or one listed twice
				}
				seen[k] = true
				counts[k]++
				if d, ok := e.DurationS.Get(); ok {
					durations[k] = append(durations[k], float64(d))
				}
			}
		}
	}
	for k, c := range counts {
		if c > 0 {
			s.ByRelief = append(s.ByRelief, ReliefCount{
				Relief: diary.Reliefs[k], Episodes: c,
				DurationKnown: len(durations[k]), MedianDurationS: optMedian(durations[k]),
			})
		}
	}
	return s
}
