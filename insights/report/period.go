package report

import (
	"fmt"

	"github.com/crampsdiary/cramps/diary"
)

// Period is the nights a report covers, From to To, both included.
type Period struct {
	From, To diary.Date
}

// DefaultWeeks is how many weeks `cramps report` covers unless told (SPEC §5).
const DefaultWeeks = 12

// Nights returns how many nights the period spans, logged or not.
func (p Period) Nights() int { return p.To.DaysSince(p.From) + 1 }

// Contains reports whether d falls in the period.
func (p Period) Contains(d diary.Date) bool { return d >= p.From && d <= p.To }

// Valid reports whether the period runs forward.
func (p Period) Valid() bool { return p.To >= p.From }

// String writes the period as "2026-08-31 to 2026-11-21".
func (p Period) String() string { return fmt.Sprintf("%s to %s", p.From, p.To) }

// LastWeeks returns the period of the last weeks calendar weeks ending with
// last: it starts on the first day (by ws) of the week weeks−1 weeks before
// the week holding last, and ends with last. Starting on a week's first day
// makes every bar of the weekly chart a whole week, but the last, which runs
// only to last night; a doctor reads "12 weeks from Monday 31 August" more
// easily than 84 nights from a Sunday. weeks below 1 counts as 1.
func LastWeeks(last diary.Date, weeks int, ws diary.WeekStart) Period {
	weeks = max(1, weeks)
	from := diary.WeekStartOf(last, ws).AddDays(-7 * (weeks - 1))
	return Period{From: from, To: last}
}

// Recent returns the period `cramps report` covers by default (SPEC §5,
// issue 11.6): the last 7×weeks nights ending with last (84 for 12 weeks),
// but never starting before first, the diary's first night, so that a
// diary begun 13 nights ago gives a report of 13 nights. weeks below 1
// counts as 1.
func Recent(last diary.Date, weeks int, first diary.Opt[diary.Date]) Period {
	from := last.AddDays(1 - 7*max(1, weeks))
	if f, ok := first.Get(); ok && f > from && f <= last {
		from = f
	}
	return Period{From: from, To: last}
}
