package diary

import (
	"testing"
)

func TestParseDuration(t *testing.T) {
	accepted := []struct {
		in   string
		want int
	}{
		{"90s", 90},
		{"2m", 120},
		{"1m30s", 90},
		{"1h", 3600},
		{"1h5m", 3900},
		{"1h2m5s", 3725},
		{"1h5s", 3605},
		{"3", 180},  // a bare number is minutes
		{"1.5", 90}, // and may have a fraction
		{"0.5", 30},
		{".5", 30},
		{"2 min", 120},
		{"90 sec", 90},
		{"1 hour 5 minutes", 3900},
		{"2 mins 10 secs", 130},
		{"1m 30s", 90},
		{" 4m ", 240},
		{"2M", 120},
		{"1H30M", 5400},
		{"0", 0}, // the range is Validate's job
		{"0s", 0},
		{"180m", 10800},
		{"3h", 10800},
		{"10801s", 10801},
		{"007m", 420},
		{"999999s", 999999},
		{"596523h14m7s", 2147483647}, // the largest duration accepted
		{"35791394", 2147483640},     // the largest whole number of minutes accepted
	}
	for _, tt := range accepted {
		got, err := ParseDuration(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDuration(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	rejected := []string{
		"", " ", "m", "s", "h", "min",
		"1 5",   // two numbers: a typo, not fifteen minutes
		"1 0m",  // likewise
		"1s1m",  // units out of order
		"30s1h", // units out of order
		"1m1m",  // a unit twice
		"1h1h",
		"1e3", "1E3", "-2", "-2m", "+2", "1.5m", "1,5", "1.5.1", ".", "1..5",
		"abc", "inf", "Inf", "NaN", "0x10", "1_000",
		"1h30",   // a number after a unit needs its own unit
		"2 days", // not a unit the diary knows
		"2ms", "1m30", "m30",
		"99999999999999999999", // minutes beyond any int
		"1e308",
		"1000000s",                // seven digits before a unit
		"9999999999999999999999h", // far beyond any int
		"999999h999999m999999s",   // in range per unit, too long in total
		"596523h14m8s",            // one second past the largest accepted
		"35791395",                // minutes past the largest accepted
	}
	rejects(t, "ParseDuration", ParseDuration, "%q is not a duration; write e.g. 90s, 2m, 1m30s, 1h, or a number of minutes", rejected)
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		sec  int
		want string
	}{
		{240, "4m"},
		{90, "1m30s"},
		{3725, "1h2m5s"},
		{3600, "1h"},
		{3605, "1h5s"},
		{3660, "1h1m"},
		{1, "1s"},
		{59, "59s"},
		{60, "1m"},
		{10800, "3h"},
		{0, "0s"},
		{-5, "0s"},
	}
	for _, tt := range tests {
		if got := FormatDuration(tt.sec); got != tt.want {
			t.Errorf("FormatDuration(%d) = %q, want %q", tt.sec, got, tt.want)
		}
	}
}

func TestDurationRoundTrip(t *testing.T) {
	for n := 0; n <= MaxEpisodeSeconds; n++ {
		s := FormatDuration(n)
		back, err := ParseDuration(s)
		if err != nil || back != n {
			t.Fatalf("ParseDuration(FormatDuration(%d) = %q) = %d, %v", n, s, back, err)
		}
	}
}
