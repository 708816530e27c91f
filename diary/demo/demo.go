// Package demo makes the sample diary that `cramps demo` opens and that tests
// across the project use: a believable person's diary, not noise, and the
// same diary every time for the same seed.
//
// The person is a woman in her sixties with high blood pressure, on a statin
// for years, who starts the diuretic hydrochlorothiazide about half-way
// through the period. She logs almost every night. Her cramp nights follow a
// model in which only four things matter: long sitting (8 h or more), low
// water (under 1500 ml), stretching before bed (fewer cramps), and the weeks
// after the diuretic started. Everything else she records (caffeine,
// alcohol, magnesium, blankets, stress) is noise, so an honest analysis of
// the default 16 weeks finds the four and nothing else (over many years,
// alcohol borrows a little of the sitting effect: see exposuresOf). Her habits drift: she drinks less in weeks 1 to
// 4 of 16, and stretching becomes a habit in week 11, after two bad weeks on
// the new pill. One cramp of 14 minutes, ten nights before the last, is the
// red flag the default diary raises, and the only one.
package demo

import (
	"cmp"
	"slices"

	"github.com/crampsdiary/cramps/diary"
)

// DefaultWeeks is how many weeks `cramps demo` shows (SPEC §5).
const DefaultWeeks = 16

// DefaultSeed is the seed of the demo diary. Sixteen weeks are few nights,
// so not every seed's diary shows the planted effects at the sizes the tests
// demand without raising another red flag: for any one weekday the diary
// ends on, about two seeds in three do; for all seven, one in sixteen. This
// one passes on all seven (TestEveryWeekday), so that `cramps demo` tells the
// same story whatever day it is opened; among the seeds that do, it was
// chosen because the insights package, as it stood, finds on every weekday
// more cramps after long sitting and after low water, fewer after
// stretching, no link for any noise factor, and the long episode as the only
// red flag. A change to how nights are drawn means choosing it again.
const DefaultSeed uint64 = 3758

// The two random streams: the calendar (trips, forgotten nights, sections
// left out) is drawn apart from the nights' values, so that the calendar of
// a seed does not depend on which weekday the period starts on.
const (
	calendarStream uint64 = 0xca1e
	nightsStream   uint64 = 0x9a17
)

// Default returns the demo diary: DefaultWeeks weeks ending on last, from DefaultSeed.
func Default(last diary.Date) (diary.Profile, []diary.Night) {
	return Generate(DefaultSeed, last, DefaultWeeks)
}

// Generate returns a profile and weeks×7 nights of diary ending on last
// (inclusive), in date order; nights the person did not log are left out.
// The same seed, last and weeks always give the same diary; it draws from a
// PCG source made from seed and reads no clock. weeks below 1 gives no
// nights. Every night and the profile pass Validate as long as the period
// stays within the years the diary accepts.
func Generate(seed uint64, last diary.Date, weeks int) (diary.Profile, []diary.Night) {
	n := max(0, weeks) * 7
	s := story{first: last.AddDays(1 - n), n: n}
	g := generator{
		story:  s,
		nights: newDice(seed, nightsStream),
	}
	g.cramps = newCrampDraw(g.nights)
	g.profile = profile(last, s.diureticStart())
	cal := plan(newDice(seed, calendarStream), s)
	nights := make([]diary.Night, 0, n)
	for i, e := range cal {
		d := s.first.AddDays(i)
		night := g.night(i, d, e, i == n-1-longCrampDaysAgo)
		if !e.skip {
			nights = append(nights, night)
		}
	}
	return g.profile, nights
}

// generator draws the nights of one diary.
type generator struct {
	story   story
	profile diary.Profile
	nights  dice
	cramps  crampDraw
}

// night draws night i, dated d. Every value is drawn even for a night that
// is not logged or a section that is left out, so that one night's calendar
// never shifts the draws of the nights after it.
func (g *generator) night(i int, d diary.Date, e entry, long bool) diary.Night {
	x := g.exposuresOf(i, d, e)
	pos := g.positionOf()
	t := g.timesOf(d, x.day.Stress.Or(3))
	eps := g.episodesOf(riskOf(x.day, d, g.story.diureticStart()), t)
	if long {
		lc := longCramp(t, g.nights)
		if len(eps) == 0 {
			eps = append(eps, lc)
		} else {
			eps[0] = lc
		}
	}
	sortByTime(eps)
	n := diary.Night{
		Date:     d,
		Sleep:    g.sleepOf(t, eps),
		Day:      x.day,
		Position: pos,
		Episodes: eps,
		Notes:    noteOf(e, x, long),
	}
	if e.noSleep {
		n.Sleep = diary.Sleep{}
	}
	if e.noPosition {
		n.Position = diary.Position{}
	}
	if e.noCramps {
		n.Episodes = nil
	}
	return n
}

// sortByTime puts a night's cramps in the order they happened.
func sortByTime(eps []diary.Episode) {
	slices.SortStableFunc(eps, func(a, b diary.Episode) int {
		return cmp.Compare(spanOf(a.Time.Or(0)), spanOf(b.Time.Or(0)))
	})
}

// noteOf returns the few words she wrote about the night, if any.
func noteOf(e entry, x exposures, long bool) string {
	switch {
	case long:
		return "calf would not let go; walked it off in the kitchen"
	case e.flight:
		return "long flight"
	case e.firstPill:
		return "first day of the water pill"
	case e.newShoes:
		return "new shoes"
	case x.garden:
		return "hot day at the garden"
	}
	return ""
}
