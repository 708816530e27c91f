package diary

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
