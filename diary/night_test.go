package diary

import (
	"encoding/json"
	"testing"
)

// nightSpecExample returns the example night of SPEC §4.
func nightSpecExample(t *testing.T) Night {
	t.Helper()
	return Night{
		Date: dateMust(t, "2026-11-21"),
		Sleep: Sleep{
			Bedtime:         Some(NewClock(22, 40)),
			LightsOut:       Some(NewClock(23, 0)),
			SleepLatencyMin: Some(15),
			Awakenings:      Some(2),
			WASOMin:         Some(25),
			FinalWake:       Some(NewClock(6, 30)),
			OutOfBed:        Some(NewClock(6, 45)),
			Quality:         Some(3),
		},
		Day: Day{
			WaterML:           Some(1250),
			CaffeineServings:  Some(3),
			LastCaffeine:      Some(NewClock(16, 0)),
			AlcoholDrinks:     Some(0),
			ExerciseMin:       Some(0),
			ExerciseIntensity: IntensityNone,
			SittingH:          Some(9.0),
			StandingH:         Some(1.5),
			HeavySweating:     Some(false),
			Stress:            Some(4),
			Stretched:         Some(false),
			Supplements:       []Supplement{},
			Medications:       []string{"furosemide"},
		},
		Position: Position{
			SleepPosition: PositionSide,
			ToesPointed:   Some(true),
			TightBlankets: Some(false),
		},
		Episodes: []Episode{{
			Time:      Some(NewClock(3, 10)),
			Muscle:    MuscleCalf,
			Side:      SideLeft,
			DurationS: Some(240),
			Intensity: Some(7),
			WokeMe:    Some(true),
			Relief:    []Relief{ReliefStretch, ReliefWalk},
			SorenessH: Some(5.0),
		}},
		Notes: "long flight",
	}
}

// nightEpisode returns an episode with the given duration and intensity,
// each absent when negative.
func nightEpisode(durationS, intensity int, woke Opt[bool]) Episode {
	e := Episode{Muscle: MuscleCalf, WokeMe: woke}
	if durationS >= 0 {
		e.DurationS = Some(durationS)
	}
	if intensity >= 0 {
		e.Intensity = Some(intensity)
	}
	return e
}

// crampFigures are the answers of a night's cramp helpers, in turn.
type crampFigures struct {
	known, crampNight bool
	seconds           int
	worst, longest    Opt[int]
	woke              bool
}

func TestNightCrampHelpers(t *testing.T) {
	unknown := -1
	tests := []struct {
		name       string
		episodes   []Episode
		known      bool
		crampNight bool
		seconds    int
		worst      Opt[int]
		longest    Opt[int]
		woke       bool
	}{
		{"not recorded", nil, false, false, 0, None[int](), None[int](), false},
		{"recorded: none", []Episode{}, true, false, 0, None[int](), None[int](), false},
		{"one cramp", []Episode{nightEpisode(240, 7, Some(true))}, true, true, 240, Some(7), Some(240), true},
		{
			"several, some unknown",
			[]Episode{
				nightEpisode(90, unknown, None[bool]()),
				nightEpisode(unknown, 3, Some(false)),
				nightEpisode(600, 8, Some(false)),
				nightEpisode(30, 0, None[bool]()),
			},
			true, true, 720, Some(8), Some(600), false,
		},
		{
			"nothing measured",
			[]Episode{nightEpisode(unknown, unknown, None[bool]()), nightEpisode(unknown, unknown, Some(true))},
			true, true, 0, None[int](), None[int](), true,
		},
		{
			"pain zero is known",
			[]Episode{nightEpisode(unknown, 0, None[bool]())},
			true, true, 0, Some(0), None[int](), false,
		},
		{
			"the worst comes first",
			[]Episode{nightEpisode(300, 9, Some(true)), nightEpisode(60, 2, Some(false))},
			true, true, 360, Some(9), Some(300), true,
		},
	}
	for _, tt := range tests {
		n := Night{Episodes: tt.episodes}
		got := crampFigures{n.CrampsKnown(), n.CrampNight(), n.CrampSeconds(), n.WorstPain(), n.LongestEpisode(), n.WokeByCramp()}
		if want := (crampFigures{tt.known, tt.crampNight, tt.seconds, tt.worst, tt.longest, tt.woke}); got != want {
			t.Errorf("%s: CrampsKnown, CrampNight, CrampSeconds, WorstPain, LongestEpisode, WokeByCramp =\n%+v, want\n%+v", tt.name, got, want)
		}
	}
}

func TestNightCloneIsDeep(t *testing.T) {
	orig := nightSpecExample(t)
	keep := nightSpecExample(t)
	c := orig.Clone()
	if !c.Equal(orig) {
		t.Fatalf("Clone() differs from the original:\n%+v\n%+v", c, orig)
	}
	c.Day.Medications[0] = "quinine"
	c.Day.Medications = append(c.Day.Medications, "atorvastatin")
	c.Day.Supplements = append(c.Day.Supplements, SupplementMagnesium)
	c.Episodes[0].Relief[0] = ReliefIce
	c.Episodes[0].Intensity = Some(2)
	c.Episodes = append(c.Episodes, nightEpisode(60, 3, None[bool]()))
	c.Sleep.Quality = Some(5)
	c.Notes = "changed"
	if !orig.Equal(keep) {
		t.Errorf("editing the clone changed the original:\n%+v\nwant\n%+v", orig, keep)
	}

	// Nil stays nil and empty stays empty, at every level.
	n := Night{Day: Day{Supplements: []Supplement{}}, Episodes: []Episode{{Relief: []Relief{}}, {}}}
	c = n.Clone()
	if c.Day.Supplements == nil || len(c.Day.Supplements) != 0 {
		t.Errorf("Clone turned empty supplements into %#v", c.Day.Supplements)
	}
	if c.Day.Medications != nil {
		t.Errorf("Clone turned nil medications into %#v", c.Day.Medications)
	}
	if c.Episodes[0].Relief == nil || len(c.Episodes[0].Relief) != 0 {
		t.Errorf("Clone turned an empty relief into %#v", c.Episodes[0].Relief)
	}
	if c.Episodes[1].Relief != nil {
		t.Errorf("Clone turned a nil relief into %#v", c.Episodes[1].Relief)
	}
	if !c.Equal(n) {
		t.Errorf("Clone() = %+v, want %+v", c, n)
	}
	if e := (Night{}).Clone(); e.Episodes != nil || !e.Equal(Night{}) {
		t.Errorf("Clone of the zero night = %+v", e)
	}
	if e := (Night{Episodes: []Episode{}}).Clone(); e.Episodes == nil {
		t.Error("Clone turned \"no cramps\" into \"not recorded\"")
	}
}

func TestNightEqual(t *testing.T) {
	base := nightSpecExample(t)
	tests := []struct {
		name   string
		change func(*Night)
		equal  bool
	}{
		{"unchanged", func(*Night) {}, true},
		{"a clone", func(n *Night) { *n = n.Clone() }, true},
		{"nil episodes against []", func(n *Night) { n.Episodes = nil }, false},
		{"nil supplements against []", func(n *Night) { n.Day.Supplements = nil }, false},
		{"absent against zero", func(n *Night) { n.Day.AlcoholDrinks = None[int]() }, false},
		{"false against absent", func(n *Night) { n.Position.TightBlankets = None[bool]() }, false},
		{"an episode's relief", func(n *Night) { n.Episodes[0].Relief = []Relief{ReliefWalk, ReliefStretch} }, false},
		{"the date", func(n *Night) { n.Date = n.Date.AddDays(1) }, false},
		{"the notes", func(n *Night) { n.Notes = "" }, false},
		{"standing hours", func(n *Night) { n.Day.StandingH = Some(1.25) }, false},
	}
	for _, tt := range tests {
		n := nightSpecExample(t)
		tt.change(&n)
		if got := n.Equal(base); got != tt.equal {
			t.Errorf("%s: Equal = %v, want %v", tt.name, got, tt.equal)
		}
		if got := base.Equal(n); got != tt.equal {
			t.Errorf("%s: Equal (reversed) = %v, want %v", tt.name, got, tt.equal)
		}
	}
	if (Night{Episodes: nil}).Equal(Night{Episodes: []Episode{}}) {
		t.Error("a night with cramps not recorded equals one with no cramps")
	}
}

func TestOptValues(t *testing.T) {
	var zero Opt[int]
	if v, ok := zero.Get(); ok || v != 0 || zero.Known() || !zero.IsZero() || zero.Or(7) != 7 {
		t.Errorf("zero Opt: Get = %d, %v; Known = %v; IsZero = %v; Or(7) = %d", v, ok, zero.Known(), zero.IsZero(), zero.Or(7))
	}
	if None[int]() != zero {
		t.Error("None() is not the zero Opt")
	}
	some := Some(0) // a recorded zero
	if v, ok := some.Get(); !ok || v != 0 || !some.Known() || some.IsZero() || some.Or(7) != 0 {
		t.Errorf("Some(0): Get = %d, %v; Known = %v; IsZero = %v; Or(7) = %d", v, ok, some.Known(), some.IsZero(), some.Or(7))
	}
	if f := Some(false); f.Or(true) != false || !f.Known() {
		t.Error("Some(false) is not a known false")
	}
}

func TestOptJSONMarshal(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"absent int", None[int](), "null"},
		{"zero int", Some(0), "0"},
		{"int", Some(1250), "1250"},
		{"false", Some(false), "false"},
		{"absent bool", None[bool](), "null"},
		{"float", Some(1.5), "1.5"},
		{"whole float", Some(9.0), "9"},
		{"clock", Some(NewClock(6, 5)), `"06:05"`},
		{"absent clock", None[Clock](), "null"},
		{"date", Some(NewDate(2026, 11, 21)), `"2026-11-21"`},
		{"string", Some(""), `""`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.v)
		if err != nil || string(b) != tt.want {
			t.Errorf("%s: Marshal = %s, %v; want %s", tt.name, b, err, tt.want)
		}
	}
	// In a struct, omitzero leaves out exactly the absent values.
	type rec struct {
		A Opt[int]   `json:"a,omitzero"`
		B Opt[int]   `json:"b,omitzero"`
		C Opt[bool]  `json:"c,omitzero"`
		D Opt[bool]  `json:"d,omitzero"`
		E Opt[Clock] `json:"e,omitzero"`
	}
	b, err := json.Marshal(rec{B: Some(0), C: Some(false), E: Some(Clock(0))})
	if want := `{"b":0,"c":false,"e":"00:00"}`; err != nil || string(b) != want {
		t.Errorf("Marshal(struct) = %s, %v; want %s", b, err, want)
	}
	if _, err := json.Marshal(Some(Clock(MinutesPerDay))); err == nil {
		t.Error("Marshal of an out-of-range clock succeeded")
	}
}

func TestOptJSONUnmarshal(t *testing.T) {
	type rec struct {
		A Opt[int]     `json:"a"`
		B Opt[bool]    `json:"b"`
		C Opt[Clock]   `json:"c"`
		F Opt[float64] `json:"f"`
	}
	tests := []struct {
		in   string
		want rec
	}{
		{`{}`, rec{}},
		{`{"a":null,"b":null,"c":null,"f":null}`, rec{}},
		{`{"a":0,"b":false,"c":"00:00","f":0}`, rec{Some(0), Some(false), Some(Clock(0)), Some(0.0)}},
		{`{"a":-3,"b":true,"c":"23:30","f":1.5}`, rec{Some(-3), Some(true), Some(NewClock(23, 30)), Some(1.5)}},
		{`{"a": null , "f": 24}`, rec{F: Some(24.0)}},
	}
	for _, tt := range tests {
		var got rec
		if err := json.Unmarshal([]byte(tt.in), &got); err != nil || got != tt.want {
			t.Errorf("Unmarshal(%s) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
	// null over a known value makes it absent again.
	r := rec{A: Some(5)}
	if err := json.Unmarshal([]byte(`{"a":null}`), &r); err != nil || r.A.Known() {
		t.Errorf("null over Some(5) = %+v, %v", r.A, err)
	}
	for _, bad := range []string{`{"a":1.5}`, `{"a":"3"}`, `{"b":0}`, `{"c":"25:00"}`, `{"c":600}`, `{"f":"x"}`} {
		r := rec{A: Some(5)}
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("Unmarshal(%s) = %+v, want an error", bad, r)
		}
	}
}
