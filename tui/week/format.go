package week

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

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
