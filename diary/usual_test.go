package diary

import (
	"reflect"
	"testing"
)

// usualHistory returns n nights on consecutive dates ending 2026-11-20, with
// nothing recorded but the date and "no cramps".
func usualHistory(n int) []Night {
	last := NewDate(2026, 11, 20)
	nights := make([]Night, n)
	for i := range nights {
		nights[i] = Night{Date: last.AddDays(i - n + 1), Episodes: []Episode{}}
	}
	return nights
}

// usualFull is the SPEC example night with every sleep, day and position field known.
func usualFull(t *testing.T) Night {
	t.Helper()
	n := nightSpecExample(t)
	n.Day.FluidLoss = Some(false)
	n.Day.WalkingPain = Some(true)
	n.Day.LegsElevated = Some(true)
	n.Day.Massage = Some(false)
	n.Position.LegsCurled = Some(true)
	n.Position.KneesSupported = Some(false)
	return n
}

// usualBedtimes sets the bedtime of the nights at the given indexes.
func usualBedtimes(nights []Night, c Clock, idx ...int) {
	for _, i := range idx {
		nights[i].Sleep.Bedtime = Some(c)
	}
}

// usualFillBedtimes gives every night without a bedtime one of its own
// (20:00 plus its index in minutes), each on one night only, so that the
// tests of counting, ties and the window are not about "not recorded".
func usualFillBedtimes(nights []Night) {
	for i := range nights {
		if !nights[i].Sleep.Bedtime.Known() {
			nights[i].Sleep.Bedtime = Some(NewClock(20, i))
		}
	}
}

// usualBedtimeIs checks that the usual bedtime of nights is want.
func usualBedtimeIs(t *testing.T, what string, nights []Night, want Clock) {
	t.Helper()
	if got := Usual(nights).Sleep.Bedtime; got != Some(want) {
		t.Errorf("%s: Usual bedtime = %v, want %v", what, got, want)
	}
}

func TestUsualWindow(t *testing.T) {
	x, y := NewClock(22, 0), NewClock(23, 0)

	// A value common 20 nights ago but not in the last 14 loses.
	nights := usualHistory(20)
	usualBedtimes(nights, x, 0, 1, 2, 3, 4, 5, 6)
	usualBedtimes(nights, y, 9, 12, 15)
	usualBedtimes(nights, NewClock(23, 30), 10, 18)
	usualFillBedtimes(nights)
	usualBedtimeIs(t, "old habit", nights, y)

	// Exactly the last 14 nights count: y 4 to x 3 in them; counting 15,
	// 4 each and the tie goes to x; counting 13, 3 each and again x.
	nights = usualHistory(15)
	usualBedtimes(nights, x, 0, 10, 12, 14)
	usualBedtimes(nights, y, 1, 2, 11, 13)
	usualFillBedtimes(nights)
	usualBedtimeIs(t, "window edge", nights, y)
	usualBedtimeIs(t, "14 nights", nights[1:], y)
	usualBedtimeIs(t, "13 nights", nights[2:], x)
}

func TestUsualTiesGoToTheMostRecent(t *testing.T) {
	a, b := NewClock(23, 0), NewClock(23, 30)
	nights := usualHistory(10)
	usualBedtimes(nights, a, 1, 2, 5)
	usualBedtimes(nights, b, 3, 4, 8)
	usualFillBedtimes(nights)
	usualBedtimeIs(t, "most recent", nights, b)
	nights = usualHistory(10)
	usualBedtimes(nights, b, 1, 2, 5)
	usualBedtimes(nights, a, 3, 4, 8)
	usualFillBedtimes(nights)
	usualBedtimeIs(t, "swapped", nights, a)
	// A clear majority beats recency.
	nights = usualHistory(10)
	usualBedtimes(nights, a, 1, 2, 3, 4)
	usualBedtimes(nights, b, 7, 8, 9)
	usualFillBedtimes(nights)
	usualBedtimeIs(t, "majority", nights, a)
}

// TestUsualNeedsAHabit: a field has a usual value only when at least
// UsualMinNights recent nights recorded it and no fewer left it unrecorded, so one
// evening's three drinks is not copied into every "usual" night (a new
// user's diary raised a heavy-drinking flag from exactly that).
func TestUsualNeedsAHabit(t *testing.T) {
	// One night of three drinks, then "usual" nights saved from it: none of
	// them is given the drinks, however many follow.
	nights := usualHistory(1)
	nights[0].Day.AlcoholDrinks = Some(3)
	for range 6 {
		u := UsualNight(nights[len(nights)-1].Date.AddDays(1), nights)
		if u.Day.AlcoholDrinks.Known() {
			t.Fatalf("after %d nights the usual night has %v drinks", len(nights), u.Day.AlcoholDrinks)
		}
		nights = append(nights, u)
	}

	for _, tt := range []struct {
		name   string
		stress []int // 0 is "not recorded"
		want   Opt[int]
	}{
		{"never recorded", []int{0, 0, 0, 0}, None[int]()},
		{"one night", []int{0, 2, 0}, None[int]()},
		{"two nights of two", []int{2, 2}, None[int]()},
		{"three nights of three", []int{2, 2, 2}, Some(2)},
		{"three nights, three values: the latest", []int{2, 3, 4}, Some(4)},
		{"three of seven, four unrecorded", []int{2, 0, 2, 0, 2, 0, 0}, None[int]()},
		{"three of six, as many unrecorded", []int{2, 0, 2, 0, 2, 0}, Some(2)},
		{"other values are not unrecorded", []int{3, 0, 2, 0, 2, 0, 2, 4}, Some(2)},
	} {
		nights := usualHistory(len(tt.stress))
		for i, v := range tt.stress {
			if v != 0 {
				nights[i].Day.Stress = Some(v)
			}
		}
		if got := Usual(nights).Day.Stress; got != tt.want {
			t.Errorf("%s: usual stress %v, want %v", tt.name, got, tt.want)
		}
	}

	// Everything never known stays absent.
	if got := Usual(nil); !got.Equal(Night{}) {
		t.Errorf("Usual(nil) = %+v, want the zero night", got)
	}
	if got := Usual(usualHistory(30)); !got.Equal(Night{}) {
		t.Errorf("Usual of empty nights = %+v, want the zero night", got)
	}
}

func TestUsualNumbersAndEnums(t *testing.T) {
	nights := usualHistory(14)
	for i := range nights {
		switch {
		case i < 7:
			nights[i].Day.SittingH = Some(8.5)
		case i < 10:
			nights[i].Day.SittingH = Some(9.0)
		}
		if i%2 == 0 {
			nights[i].Day.ExerciseIntensity = IntensityLight
		}
		if i == 13 {
			nights[i].Day.ExerciseIntensity = IntensityStrenuous
		}
		nights[i].Position.SleepPosition = PositionSide
		if i >= 7 {
			nights[i].Position.SleepPosition = PositionBack
		}
	}
	u := Usual(nights)
	if u.Day.SittingH != Some(8.5) {
		t.Errorf("sitting = %v, want 8.5", u.Day.SittingH)
	}
	if u.Day.ExerciseIntensity != IntensityLight {
		t.Errorf("exercise intensity = %q, want light (7 of 8 known)", u.Day.ExerciseIntensity)
	}
	if u.Position.SleepPosition != PositionBack {
		t.Errorf("sleep position = %q, want back (a tie, the latest)", u.Position.SleepPosition)
	}
}

func TestUsualLists(t *testing.T) {
	type step struct {
		lists [][]Supplement // oldest first; nil is "not recorded"
		want  []Supplement
	}
	mg, ca := SupplementMagnesium, SupplementCalcium
	tests := []struct {
		name string
		step
	}{
		{"never recorded", step{[][]Supplement{nil, nil, nil}, nil}},
		{"none is a value", step{[][]Supplement{nil, {}, {}, {mg}, {}, nil}, []Supplement{}}},
		{"a habit beats fewer unrecorded", step{[][]Supplement{{mg}, {mg}, nil, {mg}, nil, {}}, []Supplement{mg}}},
		{"more unrecorded beat a habit", step{[][]Supplement{{mg}, nil, nil, {mg}, nil, {mg}, nil}, nil}},
		{"majority", step{[][]Supplement{{mg}, {}, {mg}, {}, {mg}}, []Supplement{mg}}},
		{"whole lists, not elements", step{[][]Supplement{{mg, ca}, {mg}, {mg, ca}, {ca}, {mg, ca}, {mg}}, []Supplement{mg, ca}}},
		{"tie to the latest", step{[][]Supplement{{mg, ca}, {ca}, {ca}, {mg, ca}, {ca}, {mg, ca}}, []Supplement{mg, ca}}},
	}
	for _, tt := range tests {
		nights := usualHistory(len(tt.lists))
		for i, l := range tt.lists {
			nights[i].Day.Supplements = l
		}
		got := Usual(nights).Day.Supplements
		if (got == nil) != (tt.want == nil) || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: supplements = %#v, want %#v", tt.name, got, tt.want)
		}
	}

	// Lists are told apart element by element: ["a", "b"] is not ["ab"].
	// (Joined without a separator, "ab" would tie x at 3 and win as the latest.)
	nights := usualHistory(6)
	for i, l := range [][]string{{"x"}, {"a", "b"}, {"x"}, {"ab"}, {"x"}, {"a", "b"}} {
		nights[i].Day.Medications = l
	}
	if got := Usual(nights).Day.Medications; !reflect.DeepEqual(got, []string{"x"}) {
		t.Errorf("medications = %#v, want [x]", got)
	}

	// The usual list is a copy: editing the draft leaves the history alone.
	nights = usualHistory(3)
	for i := range nights {
		nights[i].Day.Medications = []string{"furosemide"}
	}
	u := Usual(nights)
	u.Day.Medications[0] = "quinine"
	if nights[0].Day.Medications[0] != "furosemide" || nights[1].Day.Medications[0] != "furosemide" {
		t.Errorf("editing the usual list changed the history: %v %v", nights[0].Day.Medications, nights[1].Day.Medications)
	}
}

// TestUsualEveryField checks that each field's usual value comes from that
// field: nights with one field known give a usual night with only it known.
func TestUsualEveryField(t *testing.T) {
	full := usualFull(t)
	groups := []struct {
		name string
		get  func(*Night) reflect.Value
	}{
		{"sleep", func(n *Night) reflect.Value { return reflect.ValueOf(&n.Sleep).Elem() }},
		{"day", func(n *Night) reflect.Value { return reflect.ValueOf(&n.Day).Elem() }},
		{"position", func(n *Night) reflect.Value { return reflect.ValueOf(&n.Position).Elem() }},
	}
	fields := 0
	for _, g := range groups {
		src := g.get(&full)
		for i := 0; i < src.NumField(); i++ {
			fields++
			name := g.name + "." + src.Type().Field(i).Name
			if src.Field(i).IsZero() {
				t.Fatalf("usualFull leaves %s unknown", name)
			}
			var one Night
			g.get(&one).Field(i).Set(src.Field(i))
			history := usualHistory(UsualMinNights)
			for j := range history {
				history[j].Sleep, history[j].Day, history[j].Position = one.Sleep, one.Day, one.Position
			}
			if got := Usual(history); !got.Equal(one) {
				t.Errorf("%s: Usual = %+v, want %+v", name, got, one)
			}
		}
	}
	if fields != 8+17+5 {
		t.Errorf("checked %d fields; the Night gained or lost one, update usualFull", fields)
	}

	// A fortnight of the same night is that night, less what is told each morning.
	history := make([]Night, UsualWindow)
	for i := range history {
		history[i] = usualFull(t)
		history[i].Date = full.Date.AddDays(i - UsualWindow)
	}
	want := Night{Sleep: full.Sleep, Day: full.Day, Position: full.Position}
	if got := Usual(history); !got.Equal(want) {
		t.Errorf("Usual =\n%+v\nwant\n%+v", got, want)
	}
}

func TestUsualNight(t *testing.T) {
	history := make([]Night, 5)
	for i := range history {
		history[i] = usualFull(t)
		history[i].Date = NewDate(2026, 11, 15+i)
		history[i].Notes = "a note"
	}
	date := NewDate(2026, 11, 21)
	got := UsualNight(date, history)
	want := usualFull(t)
	want.Episodes = []Episode{}
	want.Notes = ""
	if !got.Equal(want) {
		t.Errorf("UsualNight =\n%+v\nwant\n%+v", got, want)
	}
	if got.Date != date || got.Episodes == nil || len(got.Episodes) != 0 || got.Notes != "" {
		t.Errorf("UsualNight: date %s, episodes %#v, notes %q", got.Date, got.Episodes, got.Notes)
	}
	if !got.CrampsKnown() || got.CrampNight() {
		t.Error("UsualNight is not \"recorded: no cramps\"")
	}
	if ps := got.Validate(); ps != nil {
		t.Errorf("UsualNight.Validate() = %v", ps)
	}

	// With no history it is still a loggable "no cramps" night.
	empty := UsualNight(date, nil)
	if !empty.Equal(Night{Date: date, Episodes: []Episode{}}) {
		t.Errorf("UsualNight with no history = %+v", empty)
	}
}

// TestUsualIsAPossibleDay: fields that belong together are taken from one
// night, so "no exercise (moderate)" or "no caffeine, last at 16:00" cannot
// be the usual day (issue 11.4).
func TestUsualIsAPossibleDay(t *testing.T) {
	day := func(min int, effort Intensity, cups int, last Opt[Clock], sit, stand float64) Night {
		return Night{Day: Day{ExerciseMin: Some(min), ExerciseIntensity: effort, CaffeineServings: Some(cups), LastCaffeine: last,
			SittingH: Some(sit), StandingH: Some(stand)}}
	}
	// Each field on its own: minutes 0 (4 of 7), effort moderate (4 of 7);
	// cups 0 (4 of 7), last caffeine 16:00 (3 of 7, the only time known);
	// sitting 20 (5 of 7), standing 10 (4 of 7), 30 hours together. Taken
	// together: 0 minutes with none, no caffeine, 20 and 2 hours (3 each).
	nights := []Night{
		day(30, IntensityModerate, 2, Some(NewClock(16, 0)), 8, 10),
		day(45, IntensityModerate, 2, Some(NewClock(16, 0)), 8, 10),
		day(0, IntensityNone, 0, None[Clock](), 20, 2),
		day(0, IntensityModerate, 0, None[Clock](), 20, 10),
		day(0, IntensityNone, 0, None[Clock](), 20, 2),
		day(60, IntensityModerate, 2, Some(NewClock(16, 0)), 20, 10),
		day(0, IntensityNone, 0, None[Clock](), 20, 2),
	}
	u := Usual(nights).Day
	if u.ExerciseMin != Some(0) || u.ExerciseIntensity != IntensityNone {
		t.Errorf("usual exercise %v (%q), want 0 minutes, none", u.ExerciseMin, u.ExerciseIntensity)
	}
	if u.CaffeineServings != Some(0) || u.LastCaffeine.Known() {
		t.Errorf("usual caffeine %v, last %v; want none, and no time", u.CaffeineServings, u.LastCaffeine)
	}
	if u.SittingH != Some(20.0) || u.StandingH != Some(2.0) {
		t.Errorf("usual day sits %v and stands %v hours; want 20 and 2, as three nights had them", u.SittingH, u.StandingH)
	}
}
