package diary

import (
	"encoding/json"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"1970-01-01", 0, true},
		{"1970-01-02", 1, true},
		{"1969-12-31", -1, true},
		{"2026-11-21", 20778, true},
		{"2024-02-29", 19782, true}, // a leap day
		{"2000-02-29", 11016, true}, // divisible by 400: leap
		{"2026-02-29", 0, false},    // not a leap year
		{"1900-02-29", 0, false},    // divisible by 100 only: not leap
		{"2026-13-01", 0, false},
		{"2026-00-10", 0, false},
		{"2026-04-31", 0, false},
		{"2026-11-00", 0, false},
		{"2026-1-1", 0, false},
		{"2026-01-1", 0, false},
		{"26-01-01", 0, false},
		{"2026/01/01", 0, false},
		{"20260101", 0, false},
		{" 2026-01-01", 0, false},
		{"2026-01-01 ", 0, false},
		{"2026-01-01T00:00:00Z", 0, false},
		{"", 0, false},
		{"yesterday", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if !tt.ok {
			want := `"` + tt.in + `" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-21`
			if err == nil {
				t.Errorf("ParseDate(%q) = %v, want an error", tt.in, got)
			} else if err.Error() != want {
				t.Errorf("ParseDate(%q) error = %q, want %q", tt.in, err, want)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestDateStringRoundTrip(t *testing.T) {
	// Every day the diary accepts, and a margin on both sides.
	for d := NewDate(1899, 1, 1); d <= NewDate(2201, 12, 31); d++ {
		s := d.String()
		back, err := ParseDate(s)
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %d, %v; want %d", s, back, err, d)
		}
		if y, m, day := d.YMD(); NewDate(y, m, day) != d {
			t.Fatalf("NewDate(YMD(%s)) = %s", s, NewDate(y, m, day))
		}
	}
	for _, s := range []string{"1970-01-01", "2024-02-29", "2026-11-21", "1900-01-01", "2200-12-31"} {
		if got := dateMust(t, s).String(); got != s {
			t.Errorf("ParseDate(%q).String() = %q", s, got)
		}
	}
}

func TestNewDateNormalises(t *testing.T) {
	tests := []struct {
		y    int
		m    time.Month
		d    int
		want string
	}{
		{2026, time.November, 21, "2026-11-21"},
		{2026, time.February, 29, "2026-03-01"},
		{2026, 13, 1, "2027-01-01"},
		{2026, time.January, 0, "2025-12-31"},
		{1970, time.January, 1, "1970-01-01"},
		{1969, time.December, 31, "1969-12-31"},
	}
	for _, tt := range tests {
		if got := NewDate(tt.y, tt.m, tt.d).String(); got != tt.want {
			t.Errorf("NewDate(%d, %d, %d) = %s, want %s", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

func TestDateWeekday(t *testing.T) {
	tests := []struct {
		date string
		want time.Weekday
	}{
		{"2026-11-22", time.Sunday},
		{"2026-11-21", time.Saturday},
		{"2026-11-16", time.Monday},
		{"1970-01-01", time.Thursday},
		{"1969-12-31", time.Wednesday}, // before the epoch: negative day counts
		{"1969-12-28", time.Sunday},
		{"1900-01-01", time.Monday},
		{"2000-02-29", time.Tuesday},
		{"2027-01-01", time.Friday},
	}
	for _, tt := range tests {
		if got := dateMust(t, tt.date).Weekday(); got != tt.want {
			t.Errorf("%s.Weekday() = %v, want %v", tt.date, got, tt.want)
		}
	}
	// The arithmetic agrees with the time package on every day of a long span.
	for d := NewDate(1890, 1, 1); d <= NewDate(2210, 1, 1); d++ {
		if got, want := d.Weekday(), d.Time().Weekday(); got != want {
			t.Fatalf("%s.Weekday() = %v, want %v", d, got, want)
		}
	}
}

func TestDateAddDays(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-11-21", 0, "2026-11-21"},
		{"2026-11-21", 1, "2026-11-22"},
		{"2026-01-31", 1, "2026-02-01"},
		{"2026-02-28", 1, "2026-03-01"},
		{"2024-02-28", 1, "2024-02-29"},
		{"2024-03-01", -1, "2024-02-29"},
		{"2026-03-01", -1, "2026-02-28"},
		{"2026-12-31", 1, "2027-01-01"},
		{"2027-01-01", -1, "2026-12-31"},
		{"2026-01-01", 365, "2027-01-01"},
		{"2024-01-01", 366, "2025-01-01"},
		{"2026-11-22", -7, "2026-11-15"},
		{"1970-01-01", -1, "1969-12-31"},
	}
	for _, tt := range tests {
		from := dateMust(t, tt.from)
		got := from.AddDays(tt.n)
		if got.String() != tt.want {
			t.Errorf("%s.AddDays(%d) = %s, want %s", tt.from, tt.n, got, tt.want)
		}
		if back := got.DaysSince(from); back != tt.n {
			t.Errorf("%s.DaysSince(%s) = %d, want %d", got, tt.from, back, tt.n)
		}
	}
}

func TestLastNight(t *testing.T) {
	utc := time.UTC
	cet := time.FixedZone("CET", 60*60)
	tests := []struct {
		name string
		now  time.Time
		want string
	}{
		{"morning of the 22nd", time.Date(2026, 11, 22, 7, 15, 0, 0, utc), "2026-11-21"},
		{"midnight starting the 22nd", time.Date(2026, 11, 22, 0, 0, 0, 0, utc), "2026-11-21"},
		{"late evening of the 22nd", time.Date(2026, 11, 22, 23, 30, 0, 0, utc), "2026-11-21"},
		{"small hours of the 23rd", time.Date(2026, 11, 23, 2, 0, 0, 0, utc), "2026-11-22"},
		{"new year's morning", time.Date(2027, 1, 1, 8, 0, 0, 0, utc), "2026-12-31"},
		{"1st of March, leap year", time.Date(2024, 3, 1, 6, 0, 0, 0, utc), "2024-02-29"},
		// The calendar is the local one: 00:30 on the 23rd in CET is still the
		// 22nd in UTC, and the answer follows the user's wall calendar.
		{"local calendar, not UTC", time.Date(2026, 11, 23, 0, 30, 0, 0, cet), "2026-11-22"},
	}
	for _, tt := range tests {
		if got := LastNight(tt.now).String(); got != tt.want {
			t.Errorf("%s: LastNight(%v) = %s, want %s", tt.name, tt.now, got, tt.want)
		}
	}
}

func TestDateOf(t *testing.T) {
	cet := time.FixedZone("CET", 60*60)
	if got := DateOf(time.Date(2026, 11, 23, 0, 30, 0, 0, cet)).String(); got != "2026-11-23" {
		t.Errorf("DateOf(00:30 CET on the 23rd) = %s, want 2026-11-23", got)
	}
	d := dateMust(t, "2026-11-21")
	if got := DateOf(d.Time()); got != d {
		t.Errorf("DateOf(%s.Time()) = %s", d, got)
	}
	if got := d.Time(); !got.Equal(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)) || got.Location() != time.UTC {
		t.Errorf("%s.Time() = %v, want midnight UTC", d, got)
	}
}

func TestDateISOWeek(t *testing.T) {
	tests := []struct {
		date     string
		year, wk int
	}{
		{"2026-11-22", 2026, 47}, // a Sunday ends its ISO week
		{"2026-11-16", 2026, 47},
		{"2026-11-23", 2026, 48},
		{"2026-01-01", 2026, 1}, // a Thursday: week 1 is the week holding it
		{"2025-12-29", 2026, 1}, // Monday of 2026-W01, still in 2025
		{"2026-12-31", 2026, 53},
		{"2027-01-01", 2026, 53}, // belongs to the previous ISO year
		{"2027-01-03", 2026, 53},
		{"2027-01-04", 2027, 1},
		{"2024-12-30", 2025, 1},
		{"2021-01-03", 2020, 53},
	}
	for _, tt := range tests {
		y, w := dateMust(t, tt.date).ISOWeek()
		if y != tt.year || w != tt.wk {
			t.Errorf("%s.ISOWeek() = %d-W%02d, want %d-W%02d", tt.date, y, w, tt.year, tt.wk)
		}
	}
}

func TestDateText(t *testing.T) {
	d := dateMust(t, "2026-11-21")
	b, err := d.MarshalText()
	if err != nil || string(b) != "2026-11-21" {
		t.Fatalf("MarshalText = %q, %v", b, err)
	}
	var back Date
	if err := back.UnmarshalText([]byte("2024-02-29")); err != nil || back.String() != "2024-02-29" {
		t.Errorf("UnmarshalText(2024-02-29) = %s, %v", back, err)
	}
	before := back
	err = back.UnmarshalText([]byte("2026-02-29"))
	if err == nil || err.Error() != `"2026-02-29" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-21` {
		t.Errorf("UnmarshalText(2026-02-29) error = %v", err)
	}
	if back != before {
		t.Errorf("a failed UnmarshalText changed the date to %s", back)
	}
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		D Date `json:"d"`
	}
	b, err := json.Marshal(rec{D: dateMust(t, "2026-11-21")})
	if err != nil || string(b) != `{"d":"2026-11-21"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var r rec
	if err := json.Unmarshal([]byte(`{"d":"2027-01-01"}`), &r); err != nil || r.D.String() != "2027-01-01" {
		t.Errorf("Unmarshal = %s, %v", r.D, err)
	}
	for _, bad := range []string{`{"d":"2026-13-01"}`, `{"d":20413}`, `{"d":""}`, `{"d":"21.11.2026"}`} {
		var r rec
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("Unmarshal(%s) = %s, want an error", bad, r.D)
		}
	}
	// Dates as map keys, as a per-night index would write them.
	m, err := json.Marshal(map[Date]int{dateMust(t, "2026-11-21"): 2})
	if err != nil || string(m) != `{"2026-11-21":2}` {
		t.Errorf("Marshal(map) = %s, %v", m, err)
	}
}
