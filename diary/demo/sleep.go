package demo

import (
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// span is a moment of a night, in minutes after noon of the evening it
// began, so that the times of one night are in order across midnight.
type span int

const noon = 12 * 60

// clock returns the wall-clock time of s.
func (s span) clock() diary.Clock { return diary.Clock((int(s) + noon) % diary.MinutesPerDay) }

// spanOf returns the span of a clock time on the night.
func spanOf(c diary.Clock) span {
	return span((int(c) - noon + diary.MinutesPerDay) % diary.MinutesPerDay)
}

// at returns the span of a clock time on the night: afternoon and evening
// times before midnight, the rest after it.
func at(h, m int) span { return spanOf(diary.NewClock(h, m)) }

// nightTimes is the night's timeline, drawn before the cramps so that they
// can be placed in it.
type nightTimes struct {
	bed, lightsOut, finalWake, outOfBed span
	latency                             int // minutes to fall asleep
}

// asleep returns when she first fell asleep.
func (t nightTimes) asleep() span { return t.lightsOut + span(t.latency) }

// earliestCramp is when the cramps that wake her start: 01:00, after the
// first deep sleep.
const earliestCramp = span(13 * 60)

// crampTime places a cramp: one that woke her in the second half of the
// night, one that did not as she stretched on waking.
func (t nightTimes) crampTime(r dice, woke bool) span {
	if !woke {
		return t.finalWake + span(r.between(0, 15))
	}
	lo := max(t.asleep()+45, earliestCramp)
	hi := t.finalWake - 20
	if lo >= hi {
		lo, hi = t.asleep()+5, max(t.asleep()+5, t.finalWake-5)
	}
	return span(roundTo(float64(r.between(int(lo), int(hi))), 5))
}

// timesOf draws the timeline of night d: later to bed and up before a day
// off, an alarm before a working day.
func (g *generator) timesOf(d diary.Date, stress int) nightTimes {
	r := g.nights
	next := d.AddDays(1).Weekday()
	off := next == time.Saturday || next == time.Sunday
	var t nightTimes
	bed := r.around(float64(at(22, 30)), 20, float64(at(21, 30)), float64(at(23, 30)))
	wake := float64(at(6, 30)) + float64(r.between(-3, 3)*5)
	if off {
		bed += 40
		wake = r.around(float64(at(7, 30)), 30, float64(at(6, 30)), float64(at(9, 0)))
	}
	t.bed = span(roundTo(bed, 5))
	t.lightsOut = t.bed
	if r.chance(0.6) { // she reads in bed first
		t.lightsOut += span(5 * r.between(1, 8))
	}
	t.latency = int(roundTo(r.around(8+3*float64(stress), 8, 2, 60), 5))
	if t.latency == 0 {
		t.latency = 2
	}
	t.finalWake = span(roundTo(wake, 5))
	t.outOfBed = t.finalWake + span(5*r.between(0, 6))
	return t
}

// sleepOf writes the Consensus Sleep Diary items of a night on timeline t
// with cramps eps: each cramp that woke her adds an awakening and the time
// it took to pass and to fall asleep again, and quality follows efficiency.
func (g *generator) sleepOf(t nightTimes, eps []diary.Episode) diary.Sleep {
	r := g.nights
	awake := r.weighted(30, 40, 25, 5)
	waso := awake * r.between(3, 10)
	for _, e := range eps {
		if e.WokeMe.Or(false) {
			awake++
			waso += (e.DurationS.Or(0)+59)/60 + r.between(5, 25)
		}
	}
	s := diary.Sleep{
		Bedtime:         diary.Some(t.bed.clock()),
		LightsOut:       diary.Some(t.lightsOut.clock()),
		SleepLatencyMin: diary.Some(t.latency),
		Awakenings:      diary.Some(awake),
		WASOMin:         diary.Some(int(roundTo(float64(waso), 5))),
		FinalWake:       diary.Some(t.finalWake.clock()),
		OutOfBed:        diary.Some(t.outOfBed.clock()),
	}
	s.Quality = diary.Some(quality(s.Efficiency().Or(0), r))
	return s
}

// quality is how she rates a night of the given sleep efficiency, give or
// take a point now and then.
func quality(eff float64, r dice) int {
	q := 1
	for _, cut := range []float64{0.62, 0.75, 0.85, 0.92} {
		if eff >= cut {
			q++
		}
	}
	switch r.weighted(10, 80, 10) {
	case 0:
		q--
	case 2:
		q++
	}
	return min(5, max(1, q))
}

// positionOf draws how she slept: mostly on her side.
func (g *generator) positionOf() diary.Position {
	r := g.nights
	pos := diary.SleepPositions[r.weighted(14, 70, 5, 11)]
	toes := 0.25
	if pos == diary.PositionStomach {
		toes = 0.8
	}
	curled, knees := 0.05, 0.05
	switch pos {
	case diary.PositionSide:
		curled = 0.25
	case diary.PositionBack:
		knees = 0.35
	}
	return diary.Position{
		SleepPosition:  pos,
		ToesPointed:    diary.Some(r.chance(toes)),
		TightBlankets:  diary.Some(r.chance(0.25)),
		LegsCurled:     diary.Some(r.chance(curled)),
		KneesSupported: diary.Some(r.chance(knees)),
	}
}
