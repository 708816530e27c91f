package diary

import (
	"reflect"
	"testing"
)

func clk(t *testing.T, s string) Opt[Clock] {
	t.Helper()
	c, err := ParseClock(s)
	if err != nil {
		t.Fatal(err)
	}
	return Some(c)
}

// TestSleepOrder: the times of a night run bedtime, lights out, final
// awakening, out of bed, read round the clock from the first given; a night
// of 13 hours is no problem, lights out an hour before bedtime is.
func TestSleepOrder(t *testing.T) {
	for _, c := range []struct {
		name                 string
		bed, lights, fw, out string
		lat, waso            int
		want                 Problems
	}{
		{"a usual night", "23:00", "23:10", "06:30", "06:45", 15, 20, nil},
		{"across no midnight", "01:30", "01:30", "09:00", "09:30", 0, 0, nil},
		{"thirteen hours", "20:30", "21:00", "10:00", "10:15", 10, 30, nil},
		{"only two times", "", "23:00", "07:00", "", 0, 0, nil},
		{"the new user's night", "23:00", "22:00", "06:00", "05:00", 20, 600, Problems{
			{Path: "sleep.lights_out", Msg: "22:00 is before bedtime at 23:00"},
			{Path: "sleep.out_of_bed", Msg: "05:00 is before the final awakening at 06:00"}}},
		{"awake at lights out", "23:00", "23:30", "23:15", "", 0, 0, Problems{
			{Path: "sleep.final_wake", Msg: "23:15 is before lights out at 23:30"}}},
		{"awake longer than the night", "23:00", "23:00", "05:00", "05:30", 20, 600, Problems{
			{Path: "sleep.waso_min", Msg: "20 min to fall asleep and 600 min awake are more than the 6h00 from lights out (23:00) to the final awakening (05:00)"}}},
		{"a sleepless night is possible", "23:00", "23:00", "05:00", "05:30", 60, 300, nil},
	} {
		s := Sleep{SleepLatencyMin: Some(c.lat), WASOMin: Some(c.waso)}
		for _, f := range []struct {
			at   *Opt[Clock]
			text string
		}{{&s.Bedtime, c.bed}, {&s.LightsOut, c.lights}, {&s.FinalWake, c.fw}, {&s.OutOfBed, c.out}} {
			if f.text != "" {
				*f.at = clk(t, f.text)
			}
		}
		if got := s.OrderProblems("sleep"); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
		n := Night{Date: NewDate(2026, 11, 20), Sleep: s}
		if len(n.Validate()) != 0 {
			t.Errorf("%s: Validate %v; the order is EntryProblems' alone, so stored nights stay valid", c.name, n.Validate())
		}
		if got := n.EntryProblems(); len(got) != len(c.want) {
			t.Errorf("%s: EntryProblems %v, want %v", c.name, got, c.want)
		}
	}
}
