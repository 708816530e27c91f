package diary

import (
	"fmt"
	"time"
)

// Date is a calendar date, counted in days since 1970-01-01. A Night is keyed
// by the Date of the evening it began. Dates have no time zone: they are what
// the user's wall calendar said.
type Date int32

const secondsPerDay = 24 * 60 * 60

// DateLayout is how dates are written everywhere: in JSON, CSV, flags and store keys.
const DateLayout = "2006-01-02"

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// NewDate returns the date y-m-d, normalising out-of-range days and months as time.Date does.
func NewDate(y int, m time.Month, d int) Date {
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	return Date(u / secondsPerDay)
}

// LastNight returns the night a user means by "last night" at now: the
// evening before today's date. Logging on the morning of the 22nd means the
// night that began on the 21st.
func LastNight(now time.Time) Date { return DateOf(now).AddDays(-1) }

// ParseDate reads a YYYY-MM-DD date.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a date; write it as YYYY-MM-DD, e.g. 2026-11-21", s)
	}
	return DateOf(t), nil
}

// Time returns midnight UTC at the start of the date.
func (d Date) Time() time.Time { return time.Unix(int64(d)*secondsPerDay, 0).UTC() }

// String writes the date as YYYY-MM-DD.
func (d Date) String() string {
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte { return d.Time().AppendFormat(b, DateLayout) }

// AddDays returns the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date { return d + Date(n) }

// DaysSince returns the number of days from e to d (negative when d is earlier).
func (d Date) DaysSince(e Date) int { return int(d - e) }

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return time.Weekday((int64(d)%7 + 7 + 4) % 7) }

// YMD returns the year, month and day.
func (d Date) YMD() (int, time.Month, int) { return d.Time().Date() }

// ISOWeek returns the ISO 8601 year and week number of the date.
func (d Date) ISOWeek() (year, week int) { return d.Time().ISOWeek() }

// MarshalText writes YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return d.appendTo(nil), nil }

// UnmarshalText reads YYYY-MM-DD.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
