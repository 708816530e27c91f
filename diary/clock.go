package diary

import (
	"fmt"
	"strings"
)

// Clock is a local wall-clock time, in minutes after midnight (0 to 1439).
type Clock int16

// MinutesPerDay is the length of a day on the clock.
const MinutesPerDay = 24 * 60

// NewClock returns the clock time h:m. It does not check its arguments; use
// ParseClock for input.
func NewClock(h, m int) Clock { return Clock(h*60 + m) }

// ParseClock reads a 24-hour clock time: "23:30", "7:05", "0705" or "7".
// Its error says what is accepted.
func ParseClock(s string) (Clock, error) {
	t := strings.TrimSpace(s)
	var h, m int
	var ok bool
	if i := strings.IndexAny(t, ":."); i >= 0 {
		var okh, okm bool
		h, okh = digits(t[:i], 1, 2)
		m, okm = digits(t[i+1:], 2, 2)
		ok = okh && okm
	} else if len(t) == 4 {
		h, ok = digits(t[:2], 2, 2)
		if ok {
			m, ok = digits(t[2:], 2, 2)
		}
	} else {
		h, ok = digits(t, 1, 2)
	}
	if !ok || h > 23 || m > 59 {
		return 0, fmt.Errorf("%q is not a clock time; use 24-hour HH:MM, e.g. 23:30 or 06:45", s)
	}
	return NewClock(h, m), nil
}

// digits parses an unsigned decimal of minLen to maxLen ASCII digits.
func digits(s string, minLen, maxLen int) (int, bool) {
	if len(s) < minLen || len(s) > maxLen {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// Valid reports whether c is a time of day.
func (c Clock) Valid() bool { return c >= 0 && c < MinutesPerDay }

// Hour returns the hour, 0 to 23.
func (c Clock) Hour() int { return int(c) / 60 }

// Minute returns the minute, 0 to 59.
func (c Clock) Minute() int { return int(c) % 60 }

// String writes the clock as HH:MM.
func (c Clock) String() string {
	return string(c.appendTo(make([]byte, 0, 5)))
}

func (c Clock) appendTo(b []byte) []byte {
	h, m := c.Hour(), c.Minute()
	return append(b, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10))
}

// MinutesUntil returns the minutes from c forward to later, crossing midnight
// when later is earlier on the clock: 23:00 until 06:30 is 450. The result is
// in [0, 1440).
func (c Clock) MinutesUntil(later Clock) int {
	return ((int(later)-int(c))%MinutesPerDay + MinutesPerDay) % MinutesPerDay
}

// DayStart is when a diary day begins on the clock: a coffee at 01:00 belongs
// to the evening before, not to the next morning.
const DayStart = Clock(4 * 60)

// After reports whether c is later in the diary day than limit, where the day
// runs from DayStart to DayStart: with a 14:00 limit, 16:00 and 01:00 are
// after it, 09:00 is not.
func (c Clock) After(limit Clock) bool { return dayOrder(c) > dayOrder(limit) }

// dayOrder places a clock time on the diary day, moving the small hours
// before DayStart to its end.
func dayOrder(c Clock) int {
	if c < DayStart {
		return int(c) + MinutesPerDay
	}
	return int(c)
}

// MarshalText writes HH:MM.
func (c Clock) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, fmt.Errorf("clock %d out of range", int(c))
	}
	return c.appendTo(nil), nil
}

// UnmarshalText reads a clock time as ParseClock does.
func (c *Clock) UnmarshalText(b []byte) error {
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
