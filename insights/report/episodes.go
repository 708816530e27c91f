package report

import (
	"slices"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/stats"
)

// MuscleCount is how many episodes struck one muscle, by side.
type MuscleCount struct {
	Muscle                         diary.Muscle
	Left, Right, Both, SideUnknown int
}

// Total returns the muscle's episodes on every side.
func (m MuscleCount) Total() int { return m.Left + m.Right + m.Both + m.SideUnknown }

// The report's reading of durations and pain.
const (
	// LongEpisodeS is the length past which a cramp is "long": SPEC §8's
	// long_episode rule, after health services' advice to have a cramp of
	// more than 10 minutes checked the same day ("Night leg cramps").
	LongEpisodeS = 10 * 60
	// MildPainMax and ModeratePainMax are the common clinical convention for
	// the 0–10 numeric pain rating scale: 1–3 mild, 4–6 moderate, 7–10
	// severe (studies of where the cut points should fall differ by a point
	// or so; this one is the one most clinicians know). A recorded 0 counts
	// as mild.
	MildPainMax     = 3
	ModeratePainMax = 6
)

// EpisodeSummary describes the cramps of a period: where they struck, how
// long they lasted, how painful they were, and how many nights they woke
// the user. Only nights whose cramps are recorded count.
type EpisodeSummary struct {
	Episodes int
	// ByMuscle holds the muscles struck, in the order of diary.Muscles;
	// MuscleUnknown counts the episodes with no muscle recorded.
	ByMuscle      []MuscleCount
	MuscleUnknown int
	// DurationKnown counts the episodes with a duration; MedianDurationS and
	// LongestS are over them, LongestNight is the night of the longest (the
	// first, when tied), and OverTen counts those longer than LongEpisodeS.
	DurationKnown   int
	MedianDurationS diary.Opt[float64]
	LongestS        diary.Opt[int]
	LongestNight    diary.Opt[diary.Date]
	OverTen         int
	// PainKnown counts the episodes with an intensity; MedianPain is over
	// them, and Mild, Moderate and Severe split them by the pain scale.
	PainKnown              int
	MedianPain             diary.Opt[float64]
	Mild, Moderate, Severe int
	// WokeNights counts the nights with a cramp that woke the user.
	WokeNights int
}

// SummarizeEpisodes summarises the episodes of nights (any order).
func SummarizeEpisodes(nights []diary.Night) EpisodeSummary {
	var s EpisodeSummary
	counts := make([]MuscleCount, len(diary.Muscles))
	var durations, pains []float64
	for i := range nights {
		n := &nights[i]
		if n.WokeByCramp() {
			s.WokeNights++
		}
		for _, e := range n.Episodes {
			s.Episodes++
			if m := slices.Index(diary.Muscles, e.Muscle); m >= 0 {
				c := &counts[m]
				switch e.Side {
				case diary.SideLeft:
					c.Left++
				case diary.SideRight:
					c.Right++
				case diary.SideBoth:
					c.Both++
				default:
					c.SideUnknown++
				}
			} else {
				s.MuscleUnknown++
			}
			if d, ok := e.DurationS.Get(); ok {
				durations = append(durations, float64(d))
				if l, ok := s.LongestS.Get(); !ok || d > l || (d == l && n.Date < s.LongestNight.Or(n.Date)) {
					s.LongestS, s.LongestNight = diary.Some(d), diary.Some(n.Date)
				}
				if d > LongEpisodeS {
					s.OverTen++
				}
			}
			if p, ok := e.Intensity.Get(); ok {
				pains = append(pains, float64(p))
				switch {
				case p <= MildPainMax:
					s.Mild++
				case p <= ModeratePainMax:
					s.Moderate++
				default:
					s.Severe++
				}
			}
		}
	}
	for i, c := range counts {
		c.Muscle = diary.Muscles[i]
		if c.Total() > 0 {
			s.ByMuscle = append(s.ByMuscle, c)
		}
	}
	s.DurationKnown, s.PainKnown = len(durations), len(pains)
	s.MedianDurationS = optMedian(durations)
	s.MedianPain = optMedian(pains)
	return s
}

// optMedian returns the median of xs, absent when xs is empty.
func optMedian(xs []float64) diary.Opt[float64] {
	if m, ok := stats.Median(xs); ok {
		return diary.Some(m)
	}
	return diary.Opt[float64]{}
}
