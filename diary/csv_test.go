package diary

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

const nightsCSVHeader = "date,bedtime,lights_out,sleep_latency_min,awakenings,waso_min,final_wake,out_of_bed,quality," +
	"water_ml,caffeine_servings,last_caffeine,alcohol_drinks,exercise_min,exercise_intensity,sitting_h,standing_h," +
	"heavy_sweating,fluid_loss,walking_pain,stress,stretched,legs_elevated,massage,supplements,medications," +
	"sleep_position,toes_pointed,tight_blankets,legs_curled,knees_supported," +
	"episodes,cramp_seconds,max_intensity,muscles,notes"

func encodeNightsCSV(t *testing.T, nights []Night) string {
	t.Helper()
	var b bytes.Buffer
	if err := EncodeNightsCSV(&b, nights); err != nil {
		t.Fatalf("EncodeNightsCSV: %v", err)
	}
	return b.String()
}

func decodeNightsCSV(t *testing.T, src string) []Night {
	t.Helper()
	nights, err := DecodeNightsCSV(strings.NewReader(src))
	if err != nil {
		t.Fatalf("DecodeNightsCSV(%q): %v", src, err)
	}
	return nights
}

func TestEncodeNightsCSV(t *testing.T) {
	nights := []Night{
		{ // recorded zeroes, false and empty lists; one cramp with no duration known
			Date:     NewDate(2026, 11, 22),
			Sleep:    Sleep{Bedtime: Some(NewClock(22, 40)), Awakenings: Some(0), Quality: Some(3)},
			Day:      Day{WaterML: Some(0), SittingH: Some(9.0), StandingH: Some(1.5), Stretched: Some(false), Supplements: []Supplement{}, Medications: []string{}},
			Position: Position{SleepPosition: PositionSide, ToesPointed: Some(true)},
			Episodes: []Episode{{Muscle: MuscleFoot, Intensity: Some(4)}},
			Notes:    "calf, then \"ouch\"\nback to sleep",
		},
		{Date: NewDate(2026, 11, 21)}, // only a date: everything absent
		{
			Date:     NewDate(2026, 11, 23),
			Day:      Day{Supplements: []Supplement{SupplementMagnesium, SupplementVitaminB}, Medications: []string{"-", "a;b", `c:\x`}},
			Episodes: []Episode{{Muscle: MuscleCalf, DurationS: Some(240), Intensity: Some(7)}, {DurationS: Some(60)}, {Muscle: MuscleThighBack, Intensity: Some(8)}},
		},
		{Date: NewDate(2026, 11, 24), Day: Day{Medications: []string{"-"}}, Episodes: []Episode{}},
	}
	want := nightsCSVHeader + "\n" +
		"2026-11-21,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n" +
		"2026-11-22,22:40,,,0,,,,3,0,,,,,,9,1.5,,,,,false,,,-,-,side,true,,,,1,,4,foot,\"calf, then \"\"ouch\"\"\nback to sleep\"\n" +
		`2026-11-23,,,,,,,,,,,,,,,,,,,,,,,,magnesium;vitamin_b,'-;a\;b;c:\\x,,,,,,3,300,8,calf;;thigh_back,` + "\n" +
		`2026-11-24,,,,,,,,,,,,,,,,,,,,,,,,,\-,,,,,,0,0,,,` + "\n"
	if got := encodeNightsCSV(t, nights); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestEncodeEpisodesCSV(t *testing.T) {
	nights := []Night{
		{Date: NewDate(2026, 11, 22), Episodes: []Episode{
			{Time: Some(NewClock(3, 10)), Muscle: MuscleCalf, Side: SideLeft, DurationS: Some(240), Intensity: Some(7),
				WokeMe: Some(true), Relief: []Relief{ReliefStretch, ReliefWalk}, SorenessH: Some(5.5), Swelling: Some(false)},
			{Relief: []Relief{}},
		}},
		{Date: NewDate(2026, 11, 21), Episodes: []Episode{}},
		{Date: NewDate(2026, 11, 20)},
		{Date: NewDate(2026, 11, 19), Episodes: []Episode{{Muscle: MuscleFoot, Numbness: Some(true), Weakness: Some(false), Twitching: Some(true)}}},
	}
	var b bytes.Buffer
	if err := EncodeEpisodesCSV(&b, nights); err != nil {
		t.Fatal(err)
	}
	want := "date,episode,time,muscle,side,duration_s,intensity,woke_me,relief,soreness_h,swelling,numbness,weakness,twitching\n" +
		"2026-11-19,1,,foot,,,,,,,,true,false,true\n" +
		"2026-11-22,1,03:10,calf,left,240,7,true,stretch;walk,5.5,false,,,\n" +
		"2026-11-22,2,,,,,,,-,,,,,\n"
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestEncodeCSVRefusesWhatCannotBeWritten(t *testing.T) {
	d := NewDate(2026, 11, 21)
	bad := []Night{{Date: d, Sleep: Sleep{Bedtime: Some(Clock(-3))}, Episodes: []Episode{{Time: Some(Clock(2000))}}}}
	var b bytes.Buffer
	if err := EncodeNightsCSV(&b, bad); err == nil || err.Error() != "encode nights CSV: night 2026-11-21, bedtime: clock -3 out of range" {
		t.Errorf("EncodeNightsCSV err = %v", err)
	}
	if err := EncodeEpisodesCSV(&b, bad); err == nil || err.Error() != "encode episodes CSV: night 2026-11-21, episode 1, time: clock 2000 out of range" {
		t.Errorf("EncodeEpisodesCSV err = %v", err)
	}
	if err := EncodeNightsCSV(&b, []Night{{Date: d}, {Date: d}}); err == nil || err.Error() != "encode nights CSV: two nights dated 2026-11-21" {
		t.Errorf("EncodeNightsCSV with a repeated date: err = %v", err)
	}
}

func TestListCells(t *testing.T) {
	tests := []struct {
		items []string
		cell  string
	}{
		{[]string{}, "-"},
		{[]string{"-"}, `\-`},
		{[]string{"-", "-"}, "-;-"},
		{[]string{"a"}, "a"},
		{[]string{"a", "b c"}, "a;b c"},
		{[]string{"a;b"}, `a\;b`},
		{[]string{`x\`, "y"}, `x\\;y`},
		{[]string{`\-`}, `\\-`},
		{[]string{"", ""}, ";"},
	}
	for _, tt := range tests {
		if got := joinList(tt.items); got != tt.cell {
			t.Errorf("joinList(%q) = %q, want %q", tt.items, got, tt.cell)
		}
		if got := splitList(tt.cell); !slices.Equal(got, tt.items) || got == nil {
			t.Errorf("splitList(%q) = %#v, want %#v", tt.cell, got, tt.items)
		}
	}
	// A backslash before anything else is kept.
	if got := splitList(`a\b;c\`); !slices.Equal(got, []string{`a\b`, `c\`}) {
		t.Errorf(`splitList("a\b;c\") = %q`, got)
	}
}

// A nil list and an empty one, absent cramps and none, survive the table.
func TestNightsCSVNilVersusEmpty(t *testing.T) {
	d := NewDate(2026, 11, 21)
	nights := []Night{
		{Date: d},
		{Date: d.AddDays(1), Day: Day{Supplements: []Supplement{}, Medications: []string{}}, Episodes: []Episode{}},
		{Date: d.AddDays(2), Day: Day{Supplements: []Supplement{SupplementCalcium}, Medications: []string{"-"}}, Episodes: []Episode{{}}},
	}
	got := decodeNightsCSV(t, encodeNightsCSV(t, nights))
	if len(got) != len(nights) {
		t.Fatalf("got %d nights, want %d", len(got), len(nights))
	}
	for i := range nights {
		if !got[i].Equal(nights[i]) {
			t.Errorf("night %d = %#v\nwant %#v", i, got[i], nights[i])
		}
	}
	if got[0].Day.Supplements != nil || got[0].Episodes != nil {
		t.Errorf("absent lists came back as %#v, %#v", got[0].Day.Supplements, got[0].Episodes)
	}
	if got[1].Day.Supplements == nil || got[1].Day.Medications == nil || got[1].Episodes == nil {
		t.Errorf("empty lists came back nil")
	}
}

// csvExpected is what the nights table brings back of a valid night with at
// most one cramp: everything, except that the CSV reader reads CR LF inside
// a cell as LF.
func csvExpected(n Night) Night {
	w := n.Clone()
	w.Notes = strings.ReplaceAll(w.Notes, "\r\n", "\n")
	for i, m := range w.Day.Medications {
		w.Day.Medications[i] = strings.ReplaceAll(m, "\r\n", "\n")
	}
	if len(w.Episodes) == 1 {
		e := w.Episodes[0]
		w.Episodes[0] = Episode{Muscle: e.Muscle, DurationS: e.DurationS, Intensity: e.Intensity}
	}
	return w
}

func TestNightsCSVRoundTripRandomDiaries(t *testing.T) {
	crlf := false
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 0x637376))
		_, nights := randDiary(r, r.IntN(25))
		for i := range nights {
			if len(nights[i].Episodes) > 1 {
				nights[i].Episodes = nights[i].Episodes[:1]
			}
			crlf = crlf || strings.Contains(nights[i].Notes, "\r\n")
		}
		first := encodeNightsCSV(t, nights)
		got := decodeNightsCSV(t, first)
		want, _ := byDate(nights)
		if len(got) != len(want) {
			t.Fatalf("seed %d: %d nights back, want %d", seed, len(got), len(want))
		}
		for i := range want {
			if w := csvExpected(want[i]); !got[i].Equal(w) {
				t.Fatalf("seed %d: night %d =\n%#v\nwant\n%#v\nfrom\n%s", seed, i, got[i], w, first)
			}
		}
		if second := encodeNightsCSV(t, got); second != strings.ReplaceAll(first, "\r\n", "\n") {
			t.Fatalf("seed %d: second export differs:\n%s\n---\n%s", seed, first, second)
		}
	}
	if !crlf {
		t.Error("no random note held CR LF; the documented exception went untested")
	}
}

func TestDecodeNightsCSVOneCramp(t *testing.T) {
	src := "date,episodes,cramp_seconds,max_intensity,muscles\n" +
		"2026-11-21,1,240,7,calf\n" +
		"2026-11-22,1,,,\n" +
		"2026-11-23,0,0,,\n" +
		"2026-11-24,0,,,\n" +
		"2026-11-25,,,,\n"
	want := []Night{
		{Date: NewDate(2026, 11, 21), Episodes: []Episode{{Muscle: MuscleCalf, DurationS: Some(240), Intensity: Some(7)}}},
		{Date: NewDate(2026, 11, 22), Episodes: []Episode{{}}},
		{Date: NewDate(2026, 11, 23), Episodes: []Episode{}},
		{Date: NewDate(2026, 11, 24), Episodes: []Episode{}},
		{Date: NewDate(2026, 11, 25)},
	}
	if got := decodeNightsCSV(t, src); !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v\nwant %#v", got, want)
	}
}

// Columns in any order, some left out; a byte-order mark; spreadsheet
// spellings (TRUE, 7:05, spaces around numbers); rows come back sorted.
func TestDecodeNightsCSVLenientCells(t *testing.T) {
	src := "\ufeffnotes, stretched ,date,water_ml,last_caffeine,supplements,sitting_h\r\n" +
		"\"two\nlines\",TRUE,2026-11-22, 1500 ,7:05, magnesium ; calcium ,1e1\r\n" +
		",False,2026-11-21,,,,\r\n"
	want := []Night{
		{Date: NewDate(2026, 11, 21), Day: Day{Stretched: Some(false)}},
		{Date: NewDate(2026, 11, 22), Day: Day{Stretched: Some(true), WaterML: Some(1500), LastCaffeine: Some(NewClock(7, 5)),
			Supplements: []Supplement{SupplementMagnesium, SupplementCalcium}, SittingH: Some(10.0)}, Notes: "two\nlines"},
	}
	if got := decodeNightsCSV(t, src); !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v\nwant %#v", got, want)
	}
}

// csvProblemCases are nights tables DecodeNightsCSV must refuse, with every
// problem's exact path and message. FuzzDecodeNightsCSV starts from them too.
func csvProblemCases() []interchangeCase {
	return []interchangeCase{
		{"value out of range", "date,water_ml\n2026-11-21,-5\n",
			[]string{"line 2, water_ml: must be between 0 and 20000"}},
		{"fraction for a whole number", "date,quality\n2026-11-21,3.5\n",
			[]string{"line 2, quality: must be a whole number"}},
		{"not a bool", "date,stretched\n2026-11-21,yes\n",
			[]string{"line 2, stretched: must be true or false"}},
		{"not a number", "date,sitting_h\n2026-11-21,nine\n",
			[]string{"line 2, sitting_h: must be a number"}},
		{"not finite", "date,sitting_h\n2026-11-21,Inf\n",
			[]string{"line 2, sitting_h: must be a finite number"}},
		{"bad clock", "date,bedtime\n2026-11-21,25:00\n",
			[]string{`line 2, bedtime: "25:00" is not a clock time; use 24-hour HH:MM, e.g. 23:30 or 06:45`}},
		{"unknown word", "date,sleep_position\n2026-11-21,upright\n",
			[]string{`line 2, sleep_position: "upright" is not one of back, side, stomach, mixed`}},
		{"unknown word in a list", "date,supplements\n2026-11-21,magnesium;zinc\n",
			[]string{`line 2, supplements[1]: "zinc" is not one of magnesium, potassium, calcium, electrolytes, vitamin_b`}},
		{"padded medication", "date,medications\n2026-11-21,a; b\n",
			[]string{"line 2, medications[1]: must not start or end with spaces"}},
		{"missing date", "date,notes\n,x\n",
			[]string{"line 2, date: missing"}},
		{"bad date", "date\n21.11.2026\n",
			[]string{`line 2, date: "21.11.2026" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-21`}},
		{"date out of range", "date\n2201-01-01\n",
			[]string{"line 2, date: must be a date between 1900 and 2200"}},
		{"the same date twice", "date\n2026-11-21\n2026-11-22\n2026-11-21\n",
			[]string{"line 4, date: 2026-11-21 appears twice (also line 2)"}},
		{"lines count from the record's start", "date,notes\n2026-11-21,\"a\nb\nc\"\n2026-11-22,x,y\n",
			[]string{"line 5: has 3 cells, but the header names 2 columns"}},
		{"unknown column", "date,watr_ml\n2026-11-21,5\n",
			[]string{"line 1, watr_ml: unknown column (did you mean water_ml?)"}},
		{"unknown column without a near one", "date,mood\n2026-11-21,ok\n",
			[]string{"line 1, mood: unknown column"}},
		{"header after blank lines", "\n\ndate,mood\n2026-11-21,ok\n",
			[]string{"line 3, mood: unknown column"}},
		{"column twice", "date,notes,notes\n2026-11-21,a,b\n",
			[]string{"line 1, notes: the column appears twice (columns 2 and 3)"}},
		{"column without a name", "date,\n2026-11-21,a\n",
			[]string{"line 1, column 2: the column has no name"}},
		{"no date column", "notes,water_ml\nx,1\n",
			[]string{"line 1, date: missing column; every night needs its date"}},
		{"the episodes table", "date,episode,muscle\n2026-11-21,1,calf\n",
			[]string{"line 1: this is the episodes table; import reads the nights table (cramps export --format csv)"}},
		{"several cramps", "date,episodes,cramp_seconds,max_intensity,muscles\n2026-11-21,3,300,8,calf;;thigh_back\n",
			[]string{"line 2, episodes: the nights table holds only a summary of 3 cramps and cannot rebuild them; " +
				"move whole nights with the JSON export (cramps export --format json) instead"}},
		{"several cramps, muscles disagreeing", "date,episodes,muscles\n2026-11-21,2,calf\n",
			[]string{"line 2, muscles: lists 1 muscles, but episodes is 2",
				"line 2, episodes: the nights table holds only a summary of 2 cramps and cannot rebuild them; " +
					"move whole nights with the JSON export (cramps export --format json) instead"}},
		{"one cramp, two muscles", "date,episodes,muscles\n2026-11-21,1,calf;foot\n",
			[]string{"line 2, muscles: lists 2 muscles, but episodes is 1"}},
		{"summary without a count", "date,episodes,cramp_seconds,max_intensity,muscles\n2026-11-21,,30,5,calf\n",
			[]string{
				"line 2, cramp_seconds: must be empty when episodes is empty (cramps not recorded)",
				"line 2, max_intensity: must be empty when episodes is empty (cramps not recorded)",
				"line 2, muscles: must be empty when episodes is empty (cramps not recorded)",
			}},
		{"summary with no cramps", "date,episodes,cramp_seconds,max_intensity,muscles\n2026-11-21,0,30,5,calf\n",
			[]string{
				"line 2, cramp_seconds: must be 0 when episodes is 0",
				"line 2, max_intensity: must be empty when episodes is 0",
				"line 2, muscles: must be empty when episodes is 0",
			}},
		{"the single cramp checked", "date,episodes,cramp_seconds,max_intensity,muscles\n2026-11-21,1,0,11,knee\n",
			[]string{
				`line 2, muscles: "knee" is not one of calf, foot, toes, shin, thigh_front, thigh_back, other`,
				"line 2, cramp_seconds: must be between 1 and 10800",
				"line 2, max_intensity: must be between 0 and 10",
			}},
		{"negative count", "date,episodes\n2026-11-21,-1\n",
			[]string{"line 2, episodes: must be 0 or more"}},
		{"count not a number", "date,episodes\n2026-11-21,some\n",
			[]string{"line 2, episodes: must be a whole number"}},
		{"notes not UTF-8", "date,notes\n2026-11-21,caf\xe9\n",
			[]string{"line 2, notes: is not valid UTF-8 text"}},
		{"medication not UTF-8", "date,medications\n2026-11-21,caf\xe9\n",
			[]string{"line 2, medications: is not valid UTF-8 text"}},
		{"every row's problems", "date,water_ml,quality\n2026-11-21,-5,x\nbad,1,3\n2026-11-23,1,6\n",
			[]string{
				"line 2, quality: must be a whole number",
				"line 2, water_ml: must be between 0 and 20000",
				`line 3, date: "bad" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-21`,
				"line 4, quality: must be between 1 and 5",
			}},
		{"header problems and row problems", "date,mood,water_ml\n2026-11-21,ok,-1\n",
			[]string{"line 1, mood: unknown column", "line 2, water_ml: must be between 0 and 20000"}},
		{"not CSV", "date,notes\n2026-11-21,a \"quoted\" word\n",
			[]string{`line 2, column 14: not valid CSV: bare " in non-quoted-field`}},
		{"empty", "",
			[]string{"line 1: the file is empty; the first line must name the columns"}},
	}
}

func TestDecodeNightsCSVProblems(t *testing.T) {
	for _, tt := range csvProblemCases() {
		t.Run(tt.name, func(t *testing.T) {
			nights, err := DecodeNightsCSV(strings.NewReader(tt.src))
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("got %v, %v; want Problems", nights, err)
			}
			if nights != nil {
				t.Errorf("returned nights with problems: %v", nights)
			}
			if got := strings.Split(ps.Error(), "\n"); !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDecodeNightsCSVReadError(t *testing.T) {
	_, err := DecodeNightsCSV(failingReader{})
	var ps Problems
	if err == nil || errors.As(err, &ps) || !errors.Is(err, errDiskGone) || !strings.HasPrefix(err.Error(), "decode nights CSV: ") {
		t.Errorf("err = %v, want the read error wrapped", err)
	}
}

// TestCSVCellsNeverRunAsFormulas: notes and medication names that begin
// like a spreadsheet formula are written with a leading "'", and come back
// from an import exactly as they were typed (SPEC §9).
func TestCSVCellsNeverRunAsFormulas(t *testing.T) {
	texts := []string{`=HYPERLINK("http://x","y")`, "+1 glass", "-2 hours", "@SUM(A1)", "'quoted", "''=", "=", "'"}
	var nights []Night
	for i, s := range texts {
		nights = append(nights, Night{Date: NewDate(2026, 11, 1).AddDays(i), Notes: s,
			Day: Day{Medications: []string{s, "x"}}})
	}
	var b strings.Builder
	if err := EncodeNightsCSV(&b, nights); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		for _, cell := range row {
			if cell != "" && cell != "-" && strings.IndexByte("=+-@", cell[0]) >= 0 {
				t.Errorf("cell %q would run as a formula", cell)
			}
		}
	}
	back, err := DecodeNightsCSV(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	for i := range nights {
		if back[i].Notes != nights[i].Notes || !slices.Equal(back[i].Day.Medications, nights[i].Day.Medications) {
			t.Errorf("%q came back as %q, %q", texts[i], back[i].Notes, back[i].Day.Medications)
		}
	}
	var e strings.Builder
	eps := []Night{{Date: NewDate(2026, 11, 1), Episodes: []Episode{{Muscle: "=cmd()"}}}}
	if err := EncodeEpisodesCSV(&e, eps); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(e.String(), ",'=cmd()") {
		t.Errorf("episodes table: %q", e.String())
	}
}
