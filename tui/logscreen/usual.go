package logscreen

import (
	"github.com/crampsdiary/cramps/diary"
)

// usualEpisode is the prefill of a new cramp: the most common muscle and
// side of the cramps in the latest diary.UsualWindow nights (the calf when
// there are none, the muscle the sources name first), marked as prefilled.
// Everything else starts empty: whether it woke the user, what eased it and
// the warning signs are facts of this cramp alone, and a copy of earlier
// ones would record what the user never said (issue 11.3); how long, how
// bad and when are the user's to give.
func usualEpisode(nights []diary.Night) *episodeText {
	recent := nights[max(0, len(nights)-diary.UsualWindow):]
	var eps []diary.Episode
	for _, n := range recent {
		eps = append(eps, n.Episodes...)
	}
	return &episodeText{
		Muscle:    mostCommon(eps, func(e diary.Episode) (string, bool) { return string(e.Muscle), e.Muscle != "" }, string(diary.MuscleCalf)),
		Side:      mostCommon(eps, func(e diary.Episode) (string, bool) { return string(e.Side), e.Side != "" }, ""),
		Prefilled: len(eps) > 0, // the calf of a first cramp is a start, not the user's usual
	}
}

// mostCommon returns the most common known value of get over eps, the
// latest winning ties, or def when none is known.
func mostCommon(eps []diary.Episode, get func(diary.Episode) (string, bool), def string) string {
	counts := map[string]int{}
	best, top := def, 0
	for _, e := range eps {
		if v, ok := get(e); ok {
			counts[v]++
			if counts[v] >= top {
				best, top = v, counts[v]
			}
		}
	}
	return best
}
