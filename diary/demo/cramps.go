package demo

import (
	"math"

	"github.com/crampsdiary/cramps/diary"
)

// The planted effects. The chance of a cramp night is a logistic model of the
// day's exposures; only these four move it, so every other factor in the
// diary is noise, and the insights screen has something true to find. The
// odds ratios are large because rates saturate and the drifts of the story
// blur them, and because 16 weeks are few nights to show an effect in: in
// the default diary, depending on the weekday it ends on, the cramp-night
// rate comes out 2.2 to 3.4 times higher after long sitting, 1.9 to 2.6
// times after low water, 0.2 to 0.4 times as high after stretching, and 1.6
// to 2.1 times in the 28 nights after the diuretic than in the 28 before.
const (
	// baseLogOdds gives an 8% chance on a night with none of the exposures.
	baseLogOdds = -2.4
	// longSittingH is the catalog's long_sitting threshold (TRIGGERS.md);
	// such a day multiplies the odds by 10.
	longSittingH       = 8
	longSittingLogOdds = 2.3
	// lowWaterML is the catalog's low_water threshold for the default goal
	// (0.75 × 2000 ml, TRIGGERS.md); such a day multiplies the odds by 10.
	lowWaterML      = 1500
	lowWaterLogOdds = 2.3
	// stretchedLogOdds: stretching before bed multiplies the odds by 0.09.
	stretchedLogOdds = -2.4
)

// The diuretic's effect over the days after its start, as log odds: none
// for the first twelve days, then, as the salts the pill washes out run low,
// cramps on most nights for two weeks, fading over the next six days to a
// small lasting rise as she adjusts. The late start keeps the 14 nights
// after the start from doubling the 14 before (the new_medicine red flag of
// SPEC §8 stays quiet) while the 28 nights after stand clearly above the 28
// before (the comparison of TRIGGERS.md).
const (
	diureticOnsetDays = 12
	diureticOnsetOdds = 0.0
	diureticRampDays  = 15
	diureticHoldDays  = 27
	diureticFadeDays  = 33
	diureticPeakOdds  = 3.6 // odds × 37
	diureticLongOdds  = 0.3 // odds × 1.35
	diureticFadeWidth = diureticFadeDays - diureticHoldDays
)

// diureticLogOdds returns the diuretic's effect on night d, started on start.
func diureticLogOdds(d, start diary.Date) float64 {
	since := d.DaysSince(start)
	switch {
	case since < 0:
		return 0
	case since < diureticOnsetDays:
		return diureticOnsetOdds
	case since < diureticRampDays:
		f := float64(since-diureticOnsetDays+1) / (diureticRampDays - diureticOnsetDays)
		return diureticOnsetOdds + (diureticPeakOdds-diureticOnsetOdds)*f
	case since < diureticHoldDays:
		return diureticPeakOdds
	case since < diureticFadeDays:
		f := float64(since-diureticHoldDays) / diureticFadeWidth
		return diureticPeakOdds + (diureticLongOdds-diureticPeakOdds)*f
	default:
		return diureticLongOdds
	}
}

// risk is the model's view of one night: its chance of cramps, and which
// combination of the planted exposures it belongs to.
type risk struct {
	chance float64
	cell   int // 0 to cells-1: long sitting, low water and stretching as bits
}

// cells is the number of combinations of the three daily planted exposures.
const cells = 8

// riskOf returns the risk of a cramp night after the given day, on night d.
func riskOf(day diary.Day, d, diureticStart diary.Date) risk {
	logOdds := baseLogOdds + diureticLogOdds(d, diureticStart)
	cell := 0
	if day.SittingH.Or(0) >= longSittingH {
		logOdds += longSittingLogOdds
		cell |= 1
	}
	if day.WaterML.Or(lowWaterML) < lowWaterML {
		logOdds += lowWaterLogOdds
		cell |= 2
	}
	if day.Stretched.Or(false) {
		logOdds += stretchedLogOdds
		cell |= 4
	}
	return risk{chance: 1 / (1 + math.Exp(-logOdds)), cell: cell}
}

// crampDraw decides which nights have cramps by systematic sampling within
// each combination of the planted exposures: each combination keeps a running
// sum of its nights' chances, started at a random offset, and a night has
// cramps when the sum crosses a whole number. Each night still has exactly
// its model chance, but the count over any run of a combination's nights is
// within one of its expected value, so the planted effects show in 16 weeks
// at about their planted size instead of at the mercy of a few coin flips.
// The exposures that are noise stay independent of it, so they stay noise.
type crampDraw struct {
	sum [cells]float64
}

// newCrampDraw starts each combination's running sum at a random offset.
func newCrampDraw(r dice) crampDraw {
	var c crampDraw
	for i := range c.sum {
		c.sum[i] = r.r.Float64()
	}
	return c
}

// next reports whether the night with risk k has cramps.
func (c *crampDraw) next(k risk) bool {
	before := math.Floor(c.sum[k.cell])
	c.sum[k.cell] += k.chance
	return math.Floor(c.sum[k.cell]) > before
}

const (
	// durationMedianS is the median cramp: under two minutes.
	durationMedianS = 100
	// durationMinS and durationMaxS bound an ordinary cramp: none passes the
	// ten minutes of the long_episode red flag, so the one planted long
	// cramp is the only one.
	durationMinS, durationMaxS = 20, 540
	// longCrampS is the planted long cramp: 14 minutes.
	longCrampS = 14 * 60
	// longCrampDaysAgo is how many nights before the last it happened.
	longCrampDaysAgo = 10
)

// episodesOf draws the cramps of a night with risk k, timed on t. The list
// is empty, not nil, on a night without: cramps were recorded.
func (g *generator) episodesOf(k risk, t nightTimes) []diary.Episode {
	r := g.nights
	eps := []diary.Episode{}
	if !g.cramps.next(k) {
		return eps
	}
	count := 1 + r.weighted(70, 25, 5)
	for range count {
		eps = append(eps, g.episode(t))
	}
	return eps
}

// episode draws one ordinary cramp.
func (g *generator) episode(t nightTimes) diary.Episode {
	r := g.nights
	woke := r.chance(0.85)
	when := t.crampTime(r, woke)
	secs := math.Exp(math.Log(durationMedianS) + 0.75*r.r.NormFloat64())
	secs = roundTo(min(durationMaxS, max(durationMinS, secs)), 10)
	pain := 3 + r.weighted(8, 18, 26, 24, 16, 8)
	if secs > 240 {
		pain = min(8, pain+1)
	}
	var relief []diary.Relief
	for _, c := range []struct {
		r diary.Relief
		p float64
	}{
		{diary.ReliefStretch, 0.75}, {diary.ReliefMassage, 0.30}, {diary.ReliefWalk, 0.40},
		{diary.ReliefHeat, 0.04}, {diary.ReliefWarmBath, 0.04},
	} {
		if r.chance(c.p) {
			relief = append(relief, c.r)
		}
	}
	if relief == nil {
		relief = []diary.Relief{diary.ReliefStretch}
	}
	sore := roundTo(r.around(secs/60*0.8+0.3, 1, 0, 6), 0.5)
	return diary.Episode{
		Time:      diary.Some(when.clock()),
		Muscle:    diary.Muscles[r.weighted(76, 11, 8, 0, 2, 3, 0)],
		Side:      diary.Sides[r.weighted(40, 38, 22)],
		DurationS: diary.Some(int(secs)),
		Intensity: diary.Some(pain),
		WokeMe:    diary.Some(woke),
		Relief:    relief,
		SorenessH: diary.Some(sore),
		Swelling:  diary.Some(false),
		Numbness:  diary.Some(false),
		Weakness:  diary.Some(false),
		Twitching: diary.Some(false),
	}
}

// longCramp is the one cramp over ten minutes: a left calf that would not let
// go, which the long_episode red flag (SPEC §8) picks up.
func longCramp(t nightTimes, r dice) diary.Episode {
	return diary.Episode{
		Time:      diary.Some(t.crampTime(r, true).clock()),
		Muscle:    diary.MuscleCalf,
		Side:      diary.SideLeft,
		DurationS: diary.Some(longCrampS),
		Intensity: diary.Some(8),
		WokeMe:    diary.Some(true),
		Relief:    []diary.Relief{diary.ReliefStretch, diary.ReliefWalk, diary.ReliefWarmBath},
		SorenessH: diary.Some(20.0),
		Swelling:  diary.Some(false),
		Numbness:  diary.Some(false),
		Weakness:  diary.Some(false),
		Twitching: diary.Some(false),
	}
}
