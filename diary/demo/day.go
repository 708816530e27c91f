package demo

import (
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// exposures is what the day before a night held, as the generator knows it
// even when a section is later left out of the record.
type exposures struct {
	day    diary.Day
	garden bool // a hot day working in the garden
}

const (
	// waterStep is one glass: water is logged in glasses.
	waterStep = 250
	// waterMin and waterMax bound a day's water.
	waterMin, waterMax = 750, 3000
	// waterUsual and waterDipped are the mean water of an ordinary day and of
	// a day in the busy weeks.
	waterUsual, waterDipped = 2000, 1250
	// gardenChance is the chance that a day off in the warm weeks is spent
	// in the garden.
	gardenChance = 0.35
)

// workday reports whether the day before the night of d was a working day:
// she works at a desk Monday to Friday.
func workday(d diary.Date) bool {
	w := d.Weekday()
	return w != time.Saturday && w != time.Sunday
}

// exposuresOf draws the day before night i, dated d.
func (g *generator) exposuresOf(i int, d diary.Date, e entry) exposures {
	r := g.nights
	var x exposures
	day := &x.day
	work := workday(d)
	x.garden = !work && g.story.warm(i) && r.chance(gardenChance)

	mean := float64(waterUsual)
	if g.story.waterDip(i) {
		mean = waterDipped
	}
	water := int(roundTo(r.around(mean, 380, waterMin, waterMax), waterStep))
	if e.flight {
		water = r.between(4, 5) * waterStep
	}
	day.WaterML = diary.Some(water)

	cups := r.weighted(10, 22, 35, 20, 9, 4)
	day.CaffeineServings = diary.Some(cups)
	if cups > 0 {
		// The last cup comes later the more cups there were; a few land
		// after the 14:00 cutoff.
		last := 7*60 + 30 + cups*90 + r.between(-60, 60)
		day.LastCaffeine = diary.Some(diary.Clock(roundTo(float64(last), 15)))
	}

	// Drinks at the weekend, a glass with dinner now and then, none on
	// Sundays; spread so that drinking days are as often working days as
	// other days are, which keeps alcohol clear of the sitting effect.
	drinks := 0
	switch d.Weekday() {
	case time.Friday, time.Saturday:
		if r.chance(0.6) {
			drinks = 1 + r.weighted(60, 30, 10)
		}
	case time.Sunday:
	default:
		if r.chance(0.2) {
			drinks = 1
		}
	}
	day.AlcoholDrinks = diary.Some(drinks)

	intensity := diary.Intensities[r.weighted(28, 37, 25, 10)]
	day.ExerciseIntensity = intensity
	minutes := 0
	switch intensity {
	case diary.IntensityLight:
		minutes = 5 * r.between(4, 9)
	case diary.IntensityModerate:
		minutes = 5 * r.between(6, 12)
	case diary.IntensityStrenuous:
		minutes = 5 * r.between(9, 18)
	}
	day.ExerciseMin = diary.Some(minutes)

	sit, stand := r.around(4.5, 1.2, 2, 7), r.around(3.5, 1, 2, 5.5)
	if work {
		sit, stand = r.around(8.5, 1.2, 6, 11), r.around(2.5, 0.8, 1, 4.5)
	}
	switch {
	case e.flight:
		sit, stand = float64(r.between(20, 23))/2, 1.5
	case x.garden:
		sit, stand = r.around(3, 0.7, 2, 4), r.around(7, 0.6, 6, 8)
	case e.newShoes:
		stand += 2
	}
	day.SittingH = diary.Some(roundTo(sit, 0.5))
	day.StandingH = diary.Some(roundTo(stand, 0.5))

	day.HeavySweating = diary.Some(x.garden || intensity == diary.IntensityStrenuous && r.chance(0.4))
	day.FluidLoss = diary.Some(false)
	day.WalkingPain = diary.Some(false)
	day.Stress = diary.Some(1 + r.weighted(15, 30, 30, 18, 7))
	day.Stretched = diary.Some(r.chance(g.story.stretchChance(i)))
	day.LegsElevated = diary.Some(r.chance(0.15))
	day.Massage = diary.Some(r.chance(0.10))

	day.Supplements = []diary.Supplement{}
	if r.chance(0.30) {
		day.Supplements = append(day.Supplements, diary.SupplementMagnesium)
	}
	if r.chance(0.20) {
		day.Supplements = append(day.Supplements, diary.SupplementCalcium)
	}
	day.Medications = medicationsOn(g.profile, d)
	return x
}
