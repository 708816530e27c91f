package words

import "math"

// A Figure is one way of writing a week's figure — its words and the
// precision they show — so the Week screen, `cramps week` and the report
// write a figure and its change the same way.
type Figure struct {
	Write func(float64) string // the figure, and the size of a change unless Step says otherwise
	Per   float64              // steps per unit the words show: 10 for tenths, 1 for whole seconds or minutes, 100 for a percentage of a ratio
	Step  func(float64) string // the size of a change, when it is not written as the figure is
}

// The figures of a week.
var (
	AsCount   = Figure{Write: func(v float64) string { return Count(int(math.Round(v))) }, Per: 1}     // a count: 3
	AsTenth   = Figure{Write: Decimal, Per: 10}                                                        // an average or a pain score: 1.8
	AsSeconds = Figure{Write: DurationOf, Per: 1}                                                      // a length in seconds: 6m7s
	AsMinutes = Figure{Write: Minutes, Per: 60}                                                        // cramp minutes as a length: 12m30s
	AsSleep   = Figure{Write: func(v float64) string { return SleepTime(int(math.Round(v))) }, Per: 1} // minutes of sleep: 7h22
	AsRatio   = Figure{Write: Percent, Per: 100, Step: Points}                                         // a ratio as a percentage, and its change in points: 89%, ↓3 pts
)

// Change is how a figure moved from than to this as a reader works it out
// from the two figures as written: the difference of the figures rounded to
// f's precision. So 3 cramps against a 4-week average of 1.75, written 1.8,
// moved by 1.2 — not by 1.25 rounded on its own to 1.3, which is how the
// screen once said ↑1.3 where the command line said ↑1.2 (issue 11.7).
// text is "↑1.2", "↓2m50s", or "=" when the written figures are the same.
func (f Figure) Change(this, than float64) (d float64, text string) {
	d = (math.Round(this*f.Per) - math.Round(than*f.Per)) / f.Per
	step := f.Write
	if f.Step != nil {
		step = f.Step
	}
	switch {
	case d > 0:
		return d, "↑" + step(d)
	case d < 0:
		return d, "↓" + step(-d)
	}
	return 0, "="
}
