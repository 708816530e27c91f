package report

import (
	"math"

	"github.com/crampsdiary/cramps/diary"
)

// MeanSD is the mean and sample standard deviation of N values. Mean is
// absent when N is 0, SD when N is below 2.
type MeanSD struct {
	N    int
	Mean diary.Opt[float64]
	SD   diary.Opt[float64]
}

// meanSD returns the mean and sample (n − 1) standard deviation of xs.
func meanSD(xs []float64) MeanSD {
	m := MeanSD{N: len(xs)}
	if m.N == 0 {
		return m
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	mean := sum / float64(m.N)
	m.Mean = diary.Some(mean)
	if m.N < 2 {
		return m
	}
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	m.SD = diary.Some(math.Sqrt(ss / float64(m.N-1)))
	return m
}

// SleepFigures are the Consensus Sleep Diary's core measures (Carney et al.,
// SLEEP 2012) over a set of nights, each over the nights where it is known.
type SleepFigures struct {
	Nights     int    // nights in the set
	TotalSleep MeanSD // minutes
	Latency    MeanSD // minutes to fall asleep
	Awake      MeanSD // minutes awake after first falling asleep (WASO)
	Efficiency MeanSD // total sleep over time in bed, 0–1
	Quality    MeanSD // 1 very poor … 5 very good
}

// SleepSummary sets the sleep of every night of a period against the sleep
// of its cramp nights and of its nights recorded as free of cramps. Nights
// whose cramps are not recorded count in All only.
type SleepSummary struct {
	All, Cramp, Other SleepFigures
}

// SummarizeSleep summarises the sleep of nights (any order).
func SummarizeSleep(nights []diary.Night) SleepSummary {
	var all, cramp, other sleepColumns
	for i := range nights {
		n := &nights[i]
		all.add(n)
		switch {
		case n.CrampNight():
			cramp.add(n)
		case n.CrampsKnown():
			other.add(n)
		}
	}
	return SleepSummary{All: all.figures(), Cramp: cramp.figures(), Other: other.figures()}
}

// sleepColumns gathers the known values of each measure.
type sleepColumns struct {
	nights                                     int
	total, latency, awake, efficiency, quality []float64
}

func (c *sleepColumns) add(n *diary.Night) {
	c.nights++
	s := &n.Sleep
	if v, ok := s.TotalSleepMin().Get(); ok {
		c.total = append(c.total, float64(v))
	}
	if v, ok := s.SleepLatencyMin.Get(); ok {
		c.latency = append(c.latency, float64(v))
	}
	if v, ok := s.WASOMin.Get(); ok {
		c.awake = append(c.awake, float64(v))
	}
	if v, ok := s.Efficiency().Get(); ok {
		c.efficiency = append(c.efficiency, v)
	}
	if v, ok := s.Quality.Get(); ok {
		c.quality = append(c.quality, float64(v))
	}
}

func (c *sleepColumns) figures() SleepFigures {
	return SleepFigures{
		Nights:     c.nights,
		TotalSleep: meanSD(c.total),
		Latency:    meanSD(c.latency),
		Awake:      meanSD(c.awake),
		Efficiency: meanSD(c.efficiency),
		Quality:    meanSD(c.quality),
	}
}
