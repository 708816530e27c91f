package diary

import (
	"fmt"
	"time"
)

// ISOWeekLayout describes how an ISO 8601 week is written: year, "-W", week.
const ISOWeekLayout = "YYYY-Www"

// ParseISOWeek reads an ISO 8601 week such as "2026-W47" (the W may be lower
// case; no spaces, as ParseDate) and returns its Monday. The week must exist
// in that year: 1 to 52, or 53 in the years that have one (2026 does). Its
// error says what is accepted.
func ParseISOWeek(s string) (Date, error) {
	bad := fmt.Errorf("%q is not an ISO week; write it as %s, e.g. 2026-W47", s, ISOWeekLayout)
	if len(s) != len(ISOWeekLayout) || s[4] != '-' || (s[5] != 'W' && s[5] != 'w') {
		return 0, bad
	}
	year, ok1 := digits(s[:4], 4, 4)
	week, ok2 := digits(s[6:], 2, 2)
	if !ok1 || !ok2 {
		return 0, bad
	}
	if year < MinYear || year > MaxYear {
		return 0, fmt.Errorf("%q: the year must be between %d and %d", s, MinYear, MaxYear)
	}
	if n := ISOWeeksIn(year); week < 1 || week > n {
		return 0, fmt.Errorf("%q is not a week of %d: its ISO weeks run from W01 to W%02d", s, year, n)
	}
	// Week 1 is the week holding 4 January (ISO 8601).
	jan4 := NewDate(year, time.January, 4)
	return WeekStartOf(jan4, WeekStartMonday).AddDays(7 * (week - 1)), nil
}

// ISOWeeksIn returns how many ISO weeks the year has, 52 or 53: 28 December
// always falls in the year's last week.
func ISOWeeksIn(year int) int {
	_, w := NewDate(year, time.December, 28).ISOWeek()
	return w
}

// WeekStartOf returns the first day of the week holding d: its Monday, or its
// Sunday when ws is WeekStartSunday (any other value means Monday, as in the
// profile).
func WeekStartOf(d Date, ws WeekStart) Date {
	first := time.Monday
	if ws == WeekStartSunday {
		first = time.Sunday
	}
	back := (int(d.Weekday()) - int(first) + 7) % 7
	return d.AddDays(-back)
}
