package demo

import "github.com/crampsdiary/cramps/diary"

// story is the shape of the period: the habits that drift and the medicine
// that starts part-way. The story takes the last storyNights nights; a longer
// diary opens with ordinary life before it, a shorter one is the story's end.
// For the default 16 weeks the chapters fall on the weeks named beside them.
type story struct {
	first diary.Date // the first night of the period
	n     int        // nights in the period, logged or not
}

// storyNights is the length of the story: the default 16 weeks.
const storyNights = DefaultWeeks * 7

// The chapters, as fractions of the story.
const (
	// waterDipFrom and waterDipTo bound the busy weeks in which she drinks
	// less: from half-way through week 1 to half-way through week 4.
	waterDipFrom, waterDipTo = 0.5 / 16, 3.5 / 16
	// warmFrom and warmTo bound the warm weeks, when a day off may be spent
	// in the garden: weeks 6 to 9.
	warmFrom, warmTo = 5.0 / 16, 9.0 / 16
	// diureticFrom is when the diuretic is started: the first day of week 8,
	// about half-way.
	diureticFrom = 7.0 / 16
	// stretchFrom is when stretching before bed starts to become a habit, in
	// answer to the bad weeks after the diuretic: half-way through week 11;
	// it has settled by the middle of week 12.
	stretchFrom = 10.5 / 16
	// stretchRampDays is how long the new habit takes to settle.
	stretchRampDays = 10
	// stretchBefore and stretchAfter are the chances of stretching on an
	// evening before the habit and once it has settled.
	stretchBefore, stretchAfter = 0.15, 0.80
)

// at returns the index of the night a fraction of the way through the story;
// it is negative when that night falls before the period.
func (s story) at(frac float64) int { return s.n - storyNights + int(frac*storyNights) }

// diureticStart returns the date the diuretic was started.
func (s story) diureticStart() diary.Date { return s.first.AddDays(s.at(diureticFrom)) }

// waterDip reports whether night i falls in the weeks of drinking less.
func (s story) waterDip(i int) bool { return i >= s.at(waterDipFrom) && i < s.at(waterDipTo) }

// warm reports whether night i falls in the warm weeks.
func (s story) warm(i int) bool { return i >= s.at(warmFrom) && i < s.at(warmTo) }

// stretchChance returns the chance of stretching on the evening of night i.
func (s story) stretchChance(i int) float64 {
	since := i - s.at(stretchFrom)
	switch {
	case since < 0:
		return stretchBefore
	case since >= stretchRampDays:
		return stretchAfter
	default:
		return stretchBefore + (stretchAfter-stretchBefore)*float64(since)/stretchRampDays
	}
}
