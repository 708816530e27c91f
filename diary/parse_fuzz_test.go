package diary

import "testing"

// FuzzParseDuration checks that ParseDuration never panics and that whatever
// it accepts writes back, through FormatDuration, to text it reads as the same
// number of seconds.
func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{
		"90s", "2m", "1m30s", "1h", "1h5m", "3", "1.5", "2 min", "0", "", "m", "1s1m",
		"1e3", "-2", "inf", "999999h999999m", "35791394", "596523h14m7s", "1 hour 5 minutes",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sec, err := ParseDuration(s)
		if err != nil {
			return
		}
		if sec < 0 {
			t.Fatalf("ParseDuration(%q) = %d, a negative duration", s, sec)
		}
		text := FormatDuration(sec)
		back, err := ParseDuration(text)
		if err != nil || back != sec {
			t.Fatalf("ParseDuration(%q) = %d, written %q, read back as %d, %v", s, sec, text, back, err)
		}
	})
}

// FuzzParseClock checks that ParseClock never panics, that what it accepts is
// a time of day, and that it writes and reads back unchanged.
func FuzzParseClock(f *testing.F) {
	for _, s := range []string{
		"23:30", "7:05", "07:05", "0705", "7", " 23:30 ", "7.05",
		"24:00", "12:60", "12:5", "ab", "", "-1:00", "123",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClock(s)
		if err != nil {
			return
		}
		if !c.Valid() {
			t.Fatalf("ParseClock(%q) = %d, not a time of day", s, int(c))
		}
		text := c.String()
		back, err := ParseClock(text)
		if err != nil || back != c {
			t.Fatalf("ParseClock(%q) = %d, written %q, read back as %d, %v", s, int(c), text, int(back), err)
		}
	})
}
