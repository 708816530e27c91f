package diary

import (
	"encoding/json"
	"testing"
)

func TestParseClock(t *testing.T) {
	accepted := []struct {
		in   string
		want Clock
	}{
		{"23:30", NewClock(23, 30)},
		{"7:05", NewClock(7, 5)},
		{"07:05", NewClock(7, 5)},
		{"0705", NewClock(7, 5)},
		{"7", NewClock(7, 0)},
		{"07", NewClock(7, 0)},
		{" 23:30 ", NewClock(23, 30)},
		{"\t06:45\n", NewClock(6, 45)},
		{"7.05", NewClock(7, 5)}, // a dot, as some keypads type it
		{"00:00", 0},
		{"0", 0},
		{"0000", 0},
		{"23:59", MinutesPerDay - 1},
		{"2359", MinutesPerDay - 1},
		{"23", NewClock(23, 0)},
	}
	for _, tt := range accepted {
		got, err := ParseClock(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseClock(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	rejected := []string{
		"24:00", "24", "2400", "12:60", "1260", "12:5", "12:005", "007:00",
		"ab", "", " ", "-1:00", "-1", "123", "12345", "7:", ":30", "12:30:00",
		"12:3a", "1a:30", "+7", "7pm", "12 30", "２３:３０", "12:-5",
	}
	rejects(t, "ParseClock", ParseClock, "%q is not a clock time; use 24-hour HH:MM, e.g. 23:30 or 06:45", rejected)
}

func TestClockString(t *testing.T) {
	tests := []struct {
		c    Clock
		want string
	}{
		{0, "00:00"},
		{NewClock(7, 5), "07:05"},
		{NewClock(12, 0), "12:00"},
		{NewClock(23, 59), "23:59"},
		{NewClock(9, 30), "09:30"},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("Clock(%d).String() = %q, want %q", int(tt.c), got, tt.want)
		}
	}
	// Every minute of the day writes and reads back to itself.
	for c := Clock(0); c < MinutesPerDay; c++ {
		if !c.Valid() {
			t.Fatalf("Clock(%d).Valid() = false", int(c))
		}
		if back := clockMust(t, c.String()); back != c {
			t.Fatalf("ParseClock(%q) = %d, want %d", c.String(), int(back), int(c))
		}
		if NewClock(c.Hour(), c.Minute()) != c {
			t.Fatalf("NewClock(Hour, Minute) of %d = %d", int(c), int(NewClock(c.Hour(), c.Minute())))
		}
	}
}

func TestClockValid(t *testing.T) {
	tests := []struct {
		c    Clock
		want bool
	}{
		{-1, false},
		{0, true},
		{MinutesPerDay - 1, true},
		{MinutesPerDay, false},
		{NewClock(25, 0), false},
	}
	for _, tt := range tests {
		if got := tt.c.Valid(); got != tt.want {
			t.Errorf("Clock(%d).Valid() = %v, want %v", int(tt.c), got, tt.want)
		}
	}
}

func TestClockMinutesUntil(t *testing.T) {
	tests := []struct {
		from, to string
		want     int
	}{
		{"23:00", "06:30", 450},
		{"06:00", "06:00", 0},
		{"00:10", "23:50", 1420},
		{"23:50", "00:10", 20},
		{"22:40", "06:45", 485},
		{"01:00", "09:00", 480},
		{"00:00", "23:59", 1439},
		{"23:59", "00:00", 1},
		{"06:30", "23:00", 990},
	}
	for _, tt := range tests {
		if got := clockMust(t, tt.from).MinutesUntil(clockMust(t, tt.to)); got != tt.want {
			t.Errorf("%s.MinutesUntil(%s) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestClockAfter(t *testing.T) {
	tests := []struct {
		c, limit string
		want     bool
	}{
		{"16:00", "14:00", true},
		{"01:00", "14:00", true}, // the small hours end the diary day
		{"03:59", "14:00", true},
		{"09:00", "14:00", false},
		{"14:00", "14:00", false},
		{"14:01", "14:00", true},
		{"04:00", "14:00", false}, // the diary day starts at 04:00
		{"23:59", "14:00", true},
		{"00:00", "23:59", true},
		{"23:59", "00:00", false},
		{"03:59", "04:00", true},
		{"04:00", "03:59", false},
	}
	for _, tt := range tests {
		if got := clockMust(t, tt.c).After(clockMust(t, tt.limit)); got != tt.want {
			t.Errorf("%s.After(%s) = %v, want %v", tt.c, tt.limit, got, tt.want)
		}
	}
}

func TestClockText(t *testing.T) {
	b, err := NewClock(6, 5).MarshalText()
	if err != nil || string(b) != "06:05" {
		t.Errorf("MarshalText(06:05) = %q, %v", b, err)
	}
	for _, bad := range []Clock{-1, MinutesPerDay} {
		if b, err := bad.MarshalText(); err == nil {
			t.Errorf("Clock(%d).MarshalText() = %q, want an error", int(bad), b)
		}
	}
	c := NewClock(1, 0)
	if err := c.UnmarshalText([]byte("7:05")); err != nil || c != NewClock(7, 5) {
		t.Errorf("UnmarshalText(7:05) = %v, %v", c, err)
	}
	if err := c.UnmarshalText([]byte("24:00")); err == nil {
		t.Error("UnmarshalText(24:00) succeeded")
	}
	if c != NewClock(7, 5) {
		t.Errorf("a failed UnmarshalText changed the clock to %v", c)
	}
}

func TestClockJSON(t *testing.T) {
	type rec struct {
		C Clock `json:"c"`
	}
	b, err := json.Marshal(rec{C: NewClock(23, 5)})
	if err != nil || string(b) != `{"c":"23:05"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var r rec
	if err := json.Unmarshal([]byte(`{"c":"06:45"}`), &r); err != nil || r.C != NewClock(6, 45) {
		t.Errorf("Unmarshal = %v, %v", r.C, err)
	}
	for _, bad := range []string{`{"c":"25:00"}`, `{"c":405}`, `{"c":""}`} {
		var r rec
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("Unmarshal(%s) = %v, want an error", bad, r.C)
		}
	}
	if b, err := json.Marshal(rec{C: MinutesPerDay}); err == nil {
		t.Errorf("Marshal(out-of-range clock) = %s, want an error", b)
	}
}
