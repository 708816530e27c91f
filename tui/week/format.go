package week

import (
	"math"
	"strconv"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// seconds writes a length given in seconds as "50s", "4m10s", "1h2m".
func seconds(v float64) string {
	s := int(math.Round(v))
	if s >= 3600 {
		s = (s + 30) / 60 * 60 // whole minutes past an hour
	}
	return diary.FormatDuration(s)
}

// minutesAsTime writes cramp minutes as a length: 0.83 is "50s".
func minutesAsTime(v float64) string { return seconds(v * 60) }

// shortMinutes writes cramp minutes in at most four characters, for the
// strip: "50s", "4m", "16m".
func shortMinutes(v float64) string {
	if s := int(math.Round(v * 60)); s < 60 {
		return strconv.Itoa(s) + "s"
	}
	return strconv.Itoa(int(math.Round(v))) + "m"
}

// whole writes a count.
func whole(v float64) string { return strconv.Itoa(int(math.Round(v))) }

// tenth writes a number with one decimal: 2.3.
func tenth(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// sleepTime writes minutes of sleep as "7h22".
func sleepTime(v float64) string { return nightcard.Minutes(int(math.Round(v))) }

// percent writes a ratio as a whole percentage.
func percent(v float64) string { return nightcard.Percent(v) }

// points writes a change of a ratio in percentage points: "3%".
func points(v float64) string { return strconv.Itoa(int(math.Round(v*100))) + "%" }

// dateRange writes the days from a to b: "16 – 22 Nov 2026",
// "30 Nov – 6 Dec 2026", "28 Dec 2026 – 3 Jan 2027".
func dateRange(a, b diary.Date) string {
	ta, tb := a.Time(), b.Time()
	switch {
	case ta.Year() != tb.Year():
		return ta.Format("Mon 2 Jan 2006") + " – " + tb.Format("Mon 2 Jan 2006")
	case ta.Month() != tb.Month():
		return ta.Format("Mon 2 Jan") + " – " + tb.Format("Mon 2 Jan 2006")
	}
	return ta.Format("Mon 2") + " – " + tb.Format("Mon 2 Jan 2006")
}

// muscleName is a muscle in the diary's words: "back thigh".
func muscleName(m diary.Muscle) string { return nightcard.Label(m) }
