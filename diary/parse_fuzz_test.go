package diary

import "testing"

// FuzzParseDuration checks that ParseDuration never panics, that what it
// accepts is not negative, and that it writes back, through FormatDuration,
// to text it reads as the same number of seconds.
func FuzzParseDuration(f *testing.F) {
	fuzzRoundTrip(f, "ParseDuration", ParseDuration, func(sec int) bool { return sec >= 0 }, FormatDuration,
		"90s", "2m", "1m30s", "1h", "1h5m", "3", "1.5", "2 min", "0", "", "m", "1s1m",
		"1e3", "-2", "inf", "999999h999999m", "35791394", "596523h14m7s", "1 hour 5 minutes")
}

// FuzzParseClock checks that ParseClock never panics, that what it accepts is
// a time of day, and that it writes and reads back unchanged.
func FuzzParseClock(f *testing.F) {
	fuzzRoundTrip(f, "ParseClock", ParseClock, Clock.Valid, Clock.String,
		"23:30", "7:05", "07:05", "0705", "7", " 23:30 ", "7.05",
		"24:00", "12:60", "12:5", "ab", "", "-1:00", "123")
}

// fuzzRoundTrip fuzzes parse (named name) from seeds: it never panics, what
// it accepts is valid, and format writes it as text parse reads back
// unchanged.
func fuzzRoundTrip[T comparable](f *testing.F, name string, parse func(string) (T, error), valid func(T) bool, format func(T) string, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		if err != nil {
			return
		}
		if !valid(v) {
			t.Fatalf("%s(%q) = %v, which is not valid", name, s, v)
		}
		text := format(v)
		back, err := parse(text)
		if err != nil || back != v {
			t.Fatalf("%s(%q) = %v, written %q, read back as %v, %v", name, s, v, text, back, err)
		}
	})
}
