package diary

import "testing"

// A night's cramp time is unknown when its cramps are, or when it had
// cramps and none has a duration; a cramp of unknown length is not 0s.
func TestCrampTime(t *testing.T) {
	timed := Episode{DurationS: Some(90)}
	untimed := Episode{Intensity: Some(7)}
	for _, c := range []struct {
		name     string
		episodes []Episode
		want     Opt[int]
	}{
		{"cramps not recorded", nil, None[int]()},
		{"no cramps", []Episode{}, Some(0)},
		{"one cramp of unknown length", []Episode{untimed}, None[int]()},
		{"one timed, one not", []Episode{timed, untimed}, Some(90)},
		{"two timed", []Episode{timed, timed}, Some(180)},
	} {
		if got := (Night{Episodes: c.episodes}).CrampTime(); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
