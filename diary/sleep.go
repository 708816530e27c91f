package diary

import "fmt"

// TimeInBedMin returns minutes from bedtime to getting out of bed, across
// midnight. It is absent when either time is missing or they are equal.
func (s Sleep) TimeInBedMin() Opt[int] {
	bed, ok1 := s.Bedtime.Get()
	out, ok2 := s.OutOfBed.Get()
	if !ok1 || !ok2 {
		return Opt[int]{}
	}
	if tib := bed.MinutesUntil(out); tib > 0 {
		return Some(tib)
	}
	return Opt[int]{}
}

// TotalSleepMin returns the total sleep time: from lights out to the final
// awakening, less the time to fall asleep and the time awake in between. It
// is absent when an input is missing or the result is not positive.
func (s Sleep) TotalSleepMin() Opt[int] {
	lo, ok1 := s.LightsOut.Get()
	fw, ok2 := s.FinalWake.Get()
	lat, ok3 := s.SleepLatencyMin.Get()
	waso, ok4 := s.WASOMin.Get()
	if !ok1 || !ok2 || !ok3 || !ok4 || lat < 0 || waso < 0 {
		return Opt[int]{}
	}
	if tst := lo.MinutesUntil(fw) - lat - waso; tst > 0 {
		return Some(tst)
	}
	return Opt[int]{}
}

// Efficiency returns total sleep time over time in bed, in (0, 1]. It is
// absent when either is unknown or the ratio is impossible.
func (s Sleep) Efficiency() Opt[float64] {
	tst, ok1 := s.TotalSleepMin().Get()
	tib, ok2 := s.TimeInBedMin().Get()
	if !ok1 || !ok2 || tst > tib {
		return Opt[float64]{}
	}
	return Some(float64(tst) / float64(tib))
}

// sleepMark is one of the clock times of a night, in the order they come.
type sleepMark struct {
	key, name string
	at        Opt[Clock]
}

// OrderProblems checks that the sleep times given run in the order of a
// night: bedtime, lights out, the final awakening, out of bed; and that the
// time to fall asleep and the time awake in between fit from lights out to
// the final awakening. The times are read round the clock from the first
// one given, so a night may be as long as a day; where they are out of
// order, each time that falls shortly (under 12 hours) before the one
// before it is named, at its own path under at.
func (s Sleep) OrderProblems(at string) Problems {
	marks := []sleepMark{{"bedtime", "bedtime", s.Bedtime}, {"lights_out", "lights out", s.LightsOut},
		{"final_wake", "the final awakening", s.FinalWake}, {"out_of_bed", "out of bed", s.OutOfBed}}
	var known []sleepMark
	for _, m := range marks {
		if m.at.Known() {
			known = append(known, m)
		}
	}
	var ps Problems
	if len(known) < 2 {
		return ps
	}
	origin := known[0].at.Or(0)
	inOrder := true
	for i := 1; i < len(known); i++ {
		if origin.MinutesUntil(known[i].at.Or(0)) < origin.MinutesUntil(known[i-1].at.Or(0)) {
			inOrder = false
		}
	}
	if !inOrder {
		for i := 1; i < len(known); i++ {
			a, b := known[i-1], known[i]
			if back := b.at.Or(0).MinutesUntil(a.at.Or(0)); back > 0 && back < MinutesPerDay/2 {
				ps = append(ps, Problem{Path: at + "." + b.key,
					Msg: fmt.Sprintf("%s is before %s at %s", b.at.Or(0), a.name, a.at.Or(0))})
			}
		}
		if len(ps) == 0 {
			ps = append(ps, Problem{Path: at + "." + known[len(known)-1].key,
				Msg: "the sleep times are out of order: a night runs bedtime, lights out, final awakening, out of bed"})
		}
		return ps
	}
	lo, ok1 := s.LightsOut.Get()
	fw, ok2 := s.FinalWake.Get()
	lat, waso := s.SleepLatencyMin.Or(0), s.WASOMin.Or(0)
	if span := lo.MinutesUntil(fw); ok1 && ok2 && lat >= 0 && waso >= 0 && lat+waso > span {
		path := at + ".waso_min"
		if !s.WASOMin.Known() {
			path = at + ".sleep_latency_min"
		}
		ps = append(ps, Problem{Path: path, Msg: fmt.Sprintf("%d min to fall asleep and %d min awake are more than the %s from lights out (%s) to the final awakening (%s)",
			lat, waso, minutesWords(span), lo, fw)})
	}
	return ps
}

// minutesWords writes minutes as hours and minutes, "6h00", as
// words.SleepTime does (which this package cannot import).
func minutesWords(m int) string { return fmt.Sprintf("%dh%02d", m/60, m%60) }
