package diary

import (
	"fmt"
	"testing"
	"time"
)

func TestParseISOWeek(t *testing.T) {
	tests := []struct {
		in   string
		want string // the Monday, or the error
	}{
		{"2026-W47", "2026-11-16"},
		{"2026-w47", "2026-11-16"},
		{"2026-W01", "2025-12-29"}, // 1 January 2026 is a Thursday: week 1 starts in December
		{"2026-W53", "2026-12-28"}, // 2026 has 53 weeks
		{"2027-W01", "2027-01-04"}, // 1 January 2027 is a Friday: it belongs to 2026-W53
		{"2020-W53", "2020-12-28"}, // a leap year starting on a Wednesday has 53 weeks
		{"2021-W01", "2021-01-04"},
		{"2024-W01", "2024-01-01"}, // the year starts on a Monday
		{"1970-W01", "1969-12-29"}, // before the epoch
		{"2025-W52", "2025-12-22"},
		{"2025-W53", `"2025-W53" is not a week of 2025: its ISO weeks run from W01 to W52`},
		{"2026-W54", `"2026-W54" is not a week of 2026: its ISO weeks run from W01 to W53`},
		{"2026-W00", `"2026-W00" is not a week of 2026: its ISO weeks run from W01 to W53`},
		{"1899-W10", `"1899-W10": the year must be between 1900 and 2200`},
	}
	for _, tt := range tests {
		d, err := ParseISOWeek(tt.in)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("ParseISOWeek(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	rejects(t, "ParseISOWeek", ParseISOWeek, "%q is not an ISO week; write it as YYYY-Www, e.g. 2026-W47", []string{
		"2026-W7", "2026-W047", "2026W47", "2026-47", "26-W47", "2026-X47", "2026-W4a", "+026-W47", " 2026-W47", "2026-W47-1", "2026-11-16", "",
	})
}

func TestISOWeeksIn(t *testing.T) {
	want53 := map[int]bool{2004: true, 2009: true, 2015: true, 2020: true, 2026: true, 2032: true, 2037: true}
	for y := 2000; y <= 2040; y++ {
		want := 52
		if want53[y] {
			want = 53
		}
		if got := ISOWeeksIn(y); got != want {
			t.Errorf("ISOWeeksIn(%d) = %d, want %d", y, got, want)
		}
	}
}

func TestWeekStartOf(t *testing.T) {
	tests := []struct {
		day    string
		ws     WeekStart
		monday string
	}{
		{"2026-11-16", WeekStartMonday, "2026-11-16"}, // a Monday is its own start
		{"2026-11-21", WeekStartMonday, "2026-11-16"},
		{"2026-11-22", WeekStartMonday, "2026-11-16"}, // Sunday ends the Monday week
		{"2026-11-22", WeekStartSunday, "2026-11-22"}, // and starts the Sunday one
		{"2026-11-21", WeekStartSunday, "2026-11-15"}, // Saturday ends the Sunday week
		{"2026-11-16", WeekStartSunday, "2026-11-15"},
		{"2026-11-21", "", "2026-11-16"},              // unset means Monday
		{"2026-11-21", "friday", "2026-11-16"},        // anything else means Monday, as in the profile
		{"2027-01-01", WeekStartMonday, "2026-12-28"}, // across the new year
		{"2027-01-01", WeekStartSunday, "2026-12-27"},
		{"1970-01-01", WeekStartMonday, "1969-12-29"}, // day 0, a Thursday
		{"1969-12-31", WeekStartMonday, "1969-12-29"}, // negative days
		{"1969-12-27", WeekStartSunday, "1969-12-21"},
	}
	for _, tt := range tests {
		got := WeekStartOf(dateMust(t, tt.day), tt.ws)
		if got.String() != tt.monday {
			t.Errorf("WeekStartOf(%s, %q) = %s, want %s", tt.day, tt.ws, got, tt.monday)
		}
	}
}

// TestWeekStartOfEveryDay checks ten years of days against the standard
// library's ISO weeks: each day's Monday is the Monday ParseISOWeek gives for
// its ISO week, within the 7 days up to it, and its Sunday start is the day
// before that Monday or the day itself.
func TestWeekStartOfEveryDay(t *testing.T) {
	from := dateMust(t, "2020-01-01")
	for d := from; d < from.AddDays(3653); d++ {
		mon := WeekStartOf(d, WeekStartMonday)
		if mon.Weekday() != time.Monday || mon > d || d.DaysSince(mon) > 6 {
			t.Fatalf("WeekStartOf(%s, monday) = %s", d, mon)
		}
		y, w := d.ISOWeek()
		iso, err := ParseISOWeek(fmt.Sprintf("%04d-W%02d", y, w))
		if err != nil || iso != mon {
			t.Fatalf("%s is in %04d-W%02d; ParseISOWeek gives %s, %v; WeekStartOf gives %s", d, y, w, iso, err, mon)
		}
		sun := WeekStartOf(d, WeekStartSunday)
		if want := mon.AddDays(-1); d.Weekday() == time.Sunday && sun != d || d.Weekday() != time.Sunday && sun != want {
			t.Fatalf("WeekStartOf(%s, sunday) = %s", d, sun)
		}
	}
}

// FuzzParseISOWeek checks that ParseISOWeek never panics, that what it
// accepts is a Monday in the week it names, and that it reads that week
// back the same.
func FuzzParseISOWeek(f *testing.F) {
	for _, s := range []string{"2026-W47", "2026-w01", "2026-W53", "2025-W53", "2026-W00", "0000-W01", "9999-W99", "", "2026-W", "-W47"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseISOWeek(s)
		if err != nil {
			return
		}
		if d.Weekday() != time.Monday {
			t.Fatalf("ParseISOWeek(%q) = %s, a %s", s, d, d.Weekday())
		}
		y, w := d.ISOWeek()
		text := fmt.Sprintf("%04d-W%02d", y, w)
		if back, err := ParseISOWeek(text); err != nil || back != d {
			t.Fatalf("ParseISOWeek(%q) = %s, in %s, which reads back as %s, %v", s, d, text, back, err)
		}
		if len(s) != 8 || s[:4] != text[:4] || s[6:] != text[6:] {
			t.Fatalf("ParseISOWeek(%q) = %s, which is in %s", s, d, text)
		}
	})
}
