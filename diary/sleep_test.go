package diary

import (
	"math"
	"testing"
)

// sleepOf builds a Sleep from clock texts and minute counts; an empty text or
// a negative count leaves the field absent.
func sleepOf(t *testing.T, bed, lightsOut string, latency, waso int, finalWake, outOfBed string) Sleep {
	t.Helper()
	var s Sleep
	clock := func(text string) Opt[Clock] {
		if text == "" {
			return None[Clock]()
		}
		return Some(clockMust(t, text))
	}
	minutes := func(n int) Opt[int] {
		if n < 0 {
			return None[int]()
		}
		return Some(n)
	}
	s.Bedtime, s.LightsOut, s.FinalWake, s.OutOfBed = clock(bed), clock(lightsOut), clock(finalWake), clock(outOfBed)
	s.SleepLatencyMin, s.WASOMin = minutes(latency), minutes(waso)
	return s
}

func TestSleepTimeInBed(t *testing.T) {
	tests := []struct {
		name     string
		bed, out string
		want     Opt[int]
	}{
		{"across midnight", "22:40", "06:45", Some(485)},
		{"bedtime after midnight", "01:00", "09:00", Some(480)},
		{"a day nap", "13:00", "14:30", Some(90)},
		{"one minute", "23:59", "00:00", Some(1)},
		{"almost a day", "07:00", "06:59", Some(1439)},
		{"equal times", "23:00", "23:00", None[int]()},
		{"no bedtime", "", "06:45", None[int]()},
		{"no getting up", "22:40", "", None[int]()},
		{"neither", "", "", None[int]()},
	}
	for _, tt := range tests {
		s := sleepOf(t, tt.bed, "", -1, -1, "", tt.out)
		if got := s.TimeInBedMin(); got != tt.want {
			t.Errorf("%s: TimeInBedMin() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSleepTotalSleep(t *testing.T) {
	tests := []struct {
		name             string
		lightsOut, final string
		latency, waso    int
		want             Opt[int]
	}{
		{"the SPEC example", "23:00", "06:30", 15, 25, Some(410)},
		{"no latency, no waking", "23:00", "06:30", 0, 0, Some(450)},
		{"lights out after midnight", "00:30", "07:00", 10, 20, Some(360)},
		{"same side of midnight", "21:00", "23:30", 0, 0, Some(150)},
		{"one minute left", "23:00", "23:30", 29, 0, Some(1)},
		{"nothing left", "23:00", "23:30", 20, 10, None[int]()},
		{"more awake than in bed", "23:00", "23:30", 20, 30, None[int]()},
		{"equal times", "23:00", "23:00", 0, 0, None[int]()},
		{"no lights out", "", "06:30", 15, 25, None[int]()},
		{"no final wake", "23:00", "", 15, 25, None[int]()},
		{"no latency", "23:00", "06:30", -1, 25, None[int]()},
		{"no waso", "23:00", "06:30", 15, -1, None[int]()},
	}
	for _, tt := range tests {
		s := sleepOf(t, "", tt.lightsOut, tt.latency, tt.waso, tt.final, "")
		if got := s.TotalSleepMin(); got != tt.want {
			t.Errorf("%s: TotalSleepMin() = %v, want %v", tt.name, got, tt.want)
		}
	}
	// Negative counts are invalid input; the figure is absent rather than inflated.
	s := sleepOf(t, "", "23:00", 0, 0, "06:30", "")
	s.SleepLatencyMin = Some(-30)
	if got := s.TotalSleepMin(); got.Known() {
		t.Errorf("TotalSleepMin() with a negative latency = %v, want absent", got)
	}
	s.SleepLatencyMin, s.WASOMin = Some(0), Some(-30)
	if got := s.TotalSleepMin(); got.Known() {
		t.Errorf("TotalSleepMin() with a negative waso = %v, want absent", got)
	}
}

func TestSleepEfficiency(t *testing.T) {
	tests := []struct {
		name string
		s    Sleep
		want Opt[float64]
	}{
		{"the SPEC example", sleepOf(t, "22:40", "23:00", 15, 25, "06:30", "06:45"), Some(410.0 / 485.0)},
		{"all the time in bed asleep", sleepOf(t, "23:00", "23:00", 0, 0, "07:00", "07:00"), Some(1.0)},
		{"sleep longer than bed", sleepOf(t, "23:30", "23:00", 0, 0, "07:00", "07:00"), None[float64]()},
		{"no time in bed", sleepOf(t, "", "23:00", 15, 25, "06:30", "06:45"), None[float64]()},
		{"no total sleep", sleepOf(t, "22:40", "23:00", -1, 25, "06:30", "06:45"), None[float64]()},
		{"total sleep not positive", sleepOf(t, "22:40", "23:00", 450, 0, "06:30", "06:45"), None[float64]()},
		{"nothing recorded", Sleep{}, None[float64]()},
	}
	for _, tt := range tests {
		got := tt.s.Efficiency()
		g, gok := got.Get()
		w, wok := tt.want.Get()
		if gok != wok || (gok && math.Abs(g-w) > 1e-12) {
			t.Errorf("%s: Efficiency() = %v, want %v", tt.name, got, tt.want)
		}
	}
	if e, _ := sleepOf(t, "22:40", "23:00", 15, 25, "06:30", "06:45").Efficiency().Get(); math.Round(e*1000)/1000 != 0.845 {
		t.Errorf("the SPEC example's efficiency = %v, want 0.845 to three places", e)
	}
}
