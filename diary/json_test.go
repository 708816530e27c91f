package diary

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/internal/goldenfile"
)

// updateGolden is -update: rewrite the golden files instead of comparing.
// It reuses a flag of that name when another test file has defined one.
var updateGolden = updateFlag()

func updateFlag() func() bool {
	if f := flag.Lookup("update"); f != nil {
		return func() bool { return f.Value.String() == "true" }
	}
	b := flag.Bool("update", false, "rewrite golden files in testdata")
	return func() bool { return *b }
}

// wrapNights makes a version 1 document around the given night objects.
func wrapNights(nights ...string) string {
	return `{"format":"cramps-diary","version":1,"nights":[` + strings.Join(nights, ",") + `]}`
}

// decodeProblems decodes src and returns its problems, failing when it is accepted.
func decodeProblems(t *testing.T, src string) Problems {
	t.Helper()
	doc, err := DecodeJSON(strings.NewReader(src))
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("DecodeJSON(%s) = %+v, %v; want Problems", src, doc, err)
	}
	if !reflect.DeepEqual(doc, Document{}) {
		t.Errorf("DecodeJSON returned a document with its problems: %+v", doc)
	}
	return ps
}

func mustDecode(t *testing.T, src string) Document {
	t.Helper()
	doc, err := DecodeJSON(strings.NewReader(src))
	if err != nil {
		t.Fatalf("DecodeJSON(%s): %v", src, err)
	}
	return doc
}

func mustEncode(t testing.TB, p Profile, nights []Night) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := EncodeJSON(&b, p, nights); err != nil {
		t.Fatalf("EncodeJSON: %v", err)
	}
	return b.Bytes()
}

func TestEncodeJSONEmptyDiary(t *testing.T) {
	got := string(mustEncode(t, Profile{}, nil))
	want := "{\n  \"format\": \"cramps-diary\",\n  \"version\": 1,\n  \"profile\": {},\n  \"nights\": []\n}\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Recorded zeroes, false and empty lists are written; absent values are not.
func TestEncodeJSONRecordedZeroes(t *testing.T) {
	n := Night{
		Date:     NewDate(2026, 11, 21),
		Sleep:    Sleep{Awakenings: Some(0), Bedtime: Some(Clock(0))},
		Day:      Day{WaterML: Some(0), SittingH: Some(0.0), Stretched: Some(false), Supplements: []Supplement{}, Medications: []string{}},
		Position: Position{ToesPointed: Some(false)},
		Episodes: []Episode{},
		Notes:    "<2 glasses & \"one\" cramp>",
	}
	got := string(mustEncode(t, Profile{Medications: []Medication{}}, []Night{n}))
	want := `{
  "format": "cramps-diary",
  "version": 1,
  "profile": {
    "medications": []
  },
  "nights": [
    {
      "date": "2026-11-21",
      "sleep": {
        "bedtime": "00:00",
        "awakenings": 0
      },
      "day": {
        "water_ml": 0,
        "sitting_h": 0,
        "stretched": false,
        "supplements": [],
        "medications": []
      },
      "position": {
        "toes_pointed": false
      },
      "episodes": [],
      "notes": "<2 glasses & \"one\" cramp>"
    }
  ]
}
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestEncodeJSONSortsByDate(t *testing.T) {
	a, b, c := Night{Date: NewDate(2026, 1, 3)}, Night{Date: NewDate(2026, 1, 1)}, Night{Date: NewDate(2026, 1, 2)}
	in := []Night{a, b, c}
	doc := mustDecode(t, string(mustEncode(t, Profile{}, in)))
	if want := []Night{b, c, a}; !reflect.DeepEqual(doc.Nights, want) {
		t.Errorf("nights = %v, want %v", doc.Nights, want)
	}
	if !in[0].Equal(a) || !in[1].Equal(b) || !in[2].Equal(c) {
		t.Errorf("EncodeJSON reordered the caller's slice: %v", in)
	}
}

func TestEncodeJSONRefusesWhatCannotBeReadBack(t *testing.T) {
	d := NewDate(2026, 11, 21)
	for name, nights := range map[string][]Night{
		"two nights on one date": {{Date: d}, {Date: d.AddDays(1)}, {Date: d}},
		"clock out of range":     {{Date: d, Sleep: Sleep{Bedtime: Some(Clock(1500))}}},
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			err := EncodeJSON(&b, Profile{}, nights)
			if err == nil || !strings.HasPrefix(err.Error(), "encode diary JSON: ") {
				t.Fatalf("err = %v, want an encode diary JSON error", err)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes before failing", b.Len())
			}
		})
	}
}

// Export, decode, export again: the same bytes and the same nights, for a few
// hundred random valid diaries.
func TestJSONRoundTripRandomDiaries(t *testing.T) {
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 0x63726d70))
		p, nights := randDiary(r, r.IntN(25))
		first := mustEncode(t, p, nights)
		doc, err := DecodeJSON(bytes.NewReader(first))
		if err != nil {
			t.Fatalf("seed %d: decoding our own export: %v\n%s", seed, err, first)
		}
		if doc.Profile == nil || !reflect.DeepEqual(*doc.Profile, p) {
			t.Fatalf("seed %d: profile = %+v, want %+v", seed, doc.Profile, p)
		}
		want, _ := byDate(nights)
		if len(doc.Nights) != len(want) {
			t.Fatalf("seed %d: %d nights back, want %d", seed, len(doc.Nights), len(want))
		}
		for i := range want {
			if !doc.Nights[i].Equal(want[i]) {
				t.Fatalf("seed %d: night %d =\n%+v\nwant\n%+v", seed, i, doc.Nights[i], want[i])
			}
		}
		if second := mustEncode(t, *doc.Profile, doc.Nights); !bytes.Equal(first, second) {
			t.Fatalf("seed %d: second export differs:\n%s\n---\n%s", seed, first, second)
		}
	}
}

// The random diaries must really reach the cases the round trip is about.
func TestRandDiaryCoversEdgeCases(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	_, nights := randDiary(r, 400)
	var absentEpisodes, noEpisodes, manyEpisodes, emptySupplements, absentSupplements, falseStretched, zeroWater bool
	muscles := map[Muscle]bool{}
	for _, n := range nights {
		if errs := n.Validate(); len(errs) > 0 {
			t.Fatalf("randNight made an invalid night: %v", errs)
		}
		absentEpisodes = absentEpisodes || n.Episodes == nil
		noEpisodes = noEpisodes || n.Episodes != nil && len(n.Episodes) == 0
		manyEpisodes = manyEpisodes || len(n.Episodes) > 2
		emptySupplements = emptySupplements || n.Day.Supplements != nil && len(n.Day.Supplements) == 0
		absentSupplements = absentSupplements || n.Day.Supplements == nil
		falseStretched = falseStretched || n.Day.Stretched == Some(false)
		zeroWater = zeroWater || n.Day.WaterML == Some(0)
		for _, e := range n.Episodes {
			muscles[e.Muscle] = true
		}
	}
	if !(absentEpisodes && noEpisodes && manyEpisodes && emptySupplements && absentSupplements && falseStretched && zeroWater) {
		t.Errorf("missing cases: absent episodes %v, none %v, many %v, empty supplements %v, absent supplements %v, false %v, zero %v",
			absentEpisodes, noEpisodes, manyEpisodes, emptySupplements, absentSupplements, falseStretched, zeroWater)
	}
	for _, m := range append(Muscles, "") {
		if !muscles[m] {
			t.Errorf("no episode with muscle %q", m)
		}
	}
	if p := randProfile(r); p.Validate() != nil {
		t.Errorf("randProfile made an invalid profile: %v", p.Validate())
	}
}

const goldenDir = "testdata/interchange"

// The SPEC §4 example decodes, and its canonical export is checked in.
func TestDecodeJSONSpecExampleGolden(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(goldenDir, "example.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc := mustDecode(t, string(src))
	want := Night{
		Date: NewDate(2026, 11, 21),
		Sleep: Sleep{
			Bedtime: Some(NewClock(22, 40)), LightsOut: Some(NewClock(23, 0)), SleepLatencyMin: Some(15),
			Awakenings: Some(2), WASOMin: Some(25), FinalWake: Some(NewClock(6, 30)),
			OutOfBed: Some(NewClock(6, 45)), Quality: Some(3),
		},
		Day: Day{
			WaterML: Some(1250), CaffeineServings: Some(3), LastCaffeine: Some(NewClock(16, 0)),
			AlcoholDrinks: Some(0), ExerciseMin: Some(0), ExerciseIntensity: IntensityNone,
			SittingH: Some(9.0), StandingH: Some(1.5), HeavySweating: Some(false), Stress: Some(4),
			Stretched: Some(false), Supplements: []Supplement{}, Medications: []string{"furosemide"},
		},
		Position: Position{SleepPosition: PositionSide, ToesPointed: Some(true), TightBlankets: Some(false)},
		Episodes: []Episode{{
			Time: Some(NewClock(3, 10)), Muscle: MuscleCalf, Side: SideLeft, DurationS: Some(240),
			Intensity: Some(7), WokeMe: Some(true), Relief: []Relief{ReliefStretch, ReliefWalk}, SorenessH: Some(5.0),
		}},
		Notes: "long flight",
	}
	if len(doc.Nights) != 1 || !doc.Nights[0].Equal(want) {
		t.Fatalf("nights = %+v\nwant %+v", doc.Nights, want)
	}
	wantProfile := Profile{WaterGoalML: Some(2000), CaffeineCutoff: Some(NewClock(14, 0)), Medications: []Medication{}}
	if doc.Profile == nil || !reflect.DeepEqual(*doc.Profile, wantProfile) {
		t.Fatalf("profile = %+v, want %+v", doc.Profile, wantProfile)
	}

	got := mustEncode(t, *doc.Profile, doc.Nights)
	path := filepath.Join(goldenDir, "example.golden")
	goldenfile.Check(t, path, got, updateGolden())
	// The canonical form is a fixed point.
	again := mustDecode(t, string(got))
	if !bytes.Equal(mustEncode(t, *again.Profile, again.Nights), got) {
		t.Errorf("re-exporting %s changes it", path)
	}
}

// interchangeCase is a file and the problems it must give, one a line.
type interchangeCase struct {
	name string
	src  string
	want []string
}

// jsonProblemCases are files DecodeJSON must refuse, with every problem's
// exact path and message. FuzzDecodeJSON starts from them too.
func jsonProblemCases() []interchangeCase {
	const d = `"date":"2026-11-21"`
	return []interchangeCase{
		{"duration out of range", wrapNights(`{` + d + `,"episodes":[{"duration_s":0}]}`),
			[]string{"nights[0].episodes[0].duration_s: must be between 1 and 10800"}},
		{"unknown key with a suggestion", wrapNights(`{` + d + `,"day":{"watr_ml":1200}}`),
			[]string{"nights[0].day.watr_ml: unknown key (did you mean water_ml?)"}},
		{"unknown key, wrong case", wrapNights(`{"Date":"2026-11-21"}`),
			[]string{"nights[0].Date: unknown key (did you mean date?)", "nights[0].date: missing"}},
		{"unknown key without a near one", wrapNights(`{` + d + `,"position":{"pillow":{"soft":[1,2,{"x":null}]}}}`),
			[]string{"nights[0].position.pillow: unknown key"}},
		{"unknown key needing quotes", wrapNights(`{` + d + `,"we ird":1}`),
			[]string{`nights[0]."we ird": unknown key`}},
		{"unknown top-level key", `{"format":"cramps-diary","version":1,"nigths":[],"nights":[]}`,
			[]string{"nigths: unknown key (did you mean nights?)"}},
		{"fraction for a whole number", wrapNights(`{` + d + `,"sleep":{"quality":3.5}}`),
			[]string{"nights[0].sleep.quality: must be a whole number"}},
		{"string for a whole number", wrapNights(`{` + d + `,"sleep":{"quality":"3"}}`),
			[]string{"nights[0].sleep.quality: must be a whole number"}},
		{"huge whole number", wrapNights(`{` + d + `,"day":{"water_ml":99999999999999999999,"exercise_min":1e30}}`),
			[]string{"nights[0].day.water_ml: 99999999999999999999 is too large a number", "nights[0].day.exercise_min: 1e30 is too large a number"}},
		{"tiny fraction for a whole number", wrapNights(`{` + d + `,"day":{"stress":1e-400}}`),
			[]string{"nights[0].day.stress: must be a whole number"}},
		{"number out of float range", wrapNights(`{` + d + `,"day":{"sitting_h":1e400}}`),
			[]string{"nights[0].day.sitting_h: 1e400 is too large a number"}},
		{"string for a number", wrapNights(`{` + d + `,"day":{"sitting_h":"9"}}`),
			[]string{"nights[0].day.sitting_h: must be a number"}},
		{"bad clock", wrapNights(`{` + d + `,"sleep":{"bedtime":"25:00"}}`),
			[]string{`nights[0].sleep.bedtime: "25:00" is not a clock time; use 24-hour HH:MM, e.g. 23:30 or 06:45`}},
		{"number for a clock", wrapNights(`{` + d + `,"sleep":{"bedtime":2230}}`),
			[]string{`nights[0].sleep.bedtime: must be a clock time as a string, "HH:MM"`}},
		{"string for a bool", wrapNights(`{` + d + `,"episodes":[{"woke_me":"yes"}]}`),
			[]string{"nights[0].episodes[0].woke_me: must be true or false"}},
		{"missing date", wrapNights(`{"notes":"x"}`),
			[]string{"nights[0].date: missing"}},
		{"null date", wrapNights(`{"date":null}`),
			[]string{"nights[0].date: missing"}},
		{"bad date", wrapNights(`{"date":"21/11/2026"}`),
			[]string{`nights[0].date: "21/11/2026" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-21`}},
		{"date out of range", wrapNights(`{"date":"1899-12-31"}`),
			[]string{"nights[0].date: must be a date between 1900 and 2200"}},
		{"the same date three times", wrapNights(`{`+d+`}`, `{"date":"2026-11-22"}`, `{`+d+`}`, `{`+d+`}`),
			[]string{"nights[2].date: 2026-11-21 appears twice (also nights[0])", "nights[3].date: 2026-11-21 appears twice (also nights[0])"}},
		{"empty enumeration word", wrapNights(`{` + d + `,"day":{"exercise_intensity":""}}`),
			[]string{"nights[0].day.exercise_intensity: must not be empty; leave the key out when it is not known"}},
		{"unknown enumeration word", wrapNights(`{` + d + `,"position":{"sleep_position":"upright"}}`),
			[]string{`nights[0].position.sleep_position: "upright" is not one of back, side, stomach, mixed`}},
		{"empty word in a list", wrapNights(`{` + d + `,"day":{"supplements":["magnesium",""]}}`),
			[]string{"nights[0].day.supplements[1]: must not be empty; use one of magnesium, potassium, calcium, electrolytes, vitamin_b"}},
		{"null in a list", wrapNights(`{` + d + `,"day":{"supplements":[null],"medications":["a",null]}}`),
			[]string{"nights[0].day.supplements[0]: must not be null", "nights[0].day.medications[1]: must not be null"}},
		{"number in a list of words", wrapNights(`{` + d + `,"episodes":[{"relief":["walk",7]}]}`),
			[]string{"nights[0].episodes[0].relief[1]: must be a string"}},
		{"word for a list", wrapNights(`{` + d + `,"day":{"supplements":"magnesium"}}`),
			[]string{"nights[0].day.supplements: must be a list [...]"}},
		{"object for a list", wrapNights(`{` + d + `,"episodes":{"muscle":"calf"}}`),
			[]string{"nights[0].episodes: must be a list [...]"}},
		{"null episode", wrapNights(`{` + d + `,"episodes":[null]}`),
			[]string{"nights[0].episodes[0]: must not be null"}},
		{"word for a section", wrapNights(`{` + d + `,"sleep":"fine"}`),
			[]string{"nights[0].sleep: must be an object {...}"}},
		{"null night", wrapNights(`null`),
			[]string{"nights[0]: must be a night, not null"}},
		{"number for a night", wrapNights(`5`),
			[]string{"nights[0]: must be an object {...}"}},
		{"key twice", wrapNights(`{` + d + `,"notes":"a","notes":"b"}`),
			[]string{"nights[0].notes: appears twice"}},
		{"sitting and standing over a day", wrapNights(`{` + d + `,"day":{"sitting_h":20,"standing_h":10}}`),
			[]string{"nights[0].day.standing_h: sitting and standing add up to 30 hours, more than a day"}},
		{"problems reading a night come before the checks of what was read", wrapNights(`{` + d + `,"sleep":{"quality":"good"},"day":{"water_ml":-5,"watr":1}}`),
			[]string{"nights[0].sleep.quality: must be a whole number", "nights[0].day.watr: unknown key", "nights[0].day.water_ml: must be between 0 and 20000"}},
		{"profile medication class", `{"format":"cramps-diary","version":1,"profile":{"medications":[{"name":"x","class":"antibiotic"},{"name":"y","class":""},{"class":"statin"}]},"nights":[]}`,
			[]string{
				"profile.medications[1].class: must not be empty; leave the key out when it is not known",
				"profile.medications[2].name: missing",
				`profile.medications[0].class: "antibiotic" is not one of diuretic, statin, asthma_laba, blood_pressure, oral_contraceptive, estrogen, raloxifene, naproxen, teriparatide, iron_iv, quinine, other`,
			}},
		{"profile of the wrong type", `{"format":"cramps-diary","version":1,"profile":[],"nights":[]}`,
			[]string{"profile: must be an object {...}"}},
		{"profile range", `{"format":"cramps-diary","version":1,"profile":{"water_goal_ml":0,"birth_year":1850},"nights":[]}`,
			[]string{"profile.birth_year: must be between 1900 and 2100", "profile.water_goal_ml: must be between 1 and 20000"}},
		{"wrong format wins over everything else", `{"format":"other-diary","version":1,"nights":[{"date":"x"}],"extra":1}`,
			[]string{`format: must be "cramps-diary"; this is not a cramps diary export`}},
		{"format of the wrong type", `{"format":1,"version":1,"nights":[]}`,
			[]string{`format: must be "cramps-diary"; this is not a cramps diary export`}},
		{"newer version wins over everything else", `{"format":"cramps-diary","version":2,"nights":[{"sleep":{"dreams":3}}]}`,
			[]string{"version: 2 is newer than this cramps reads (1); update cramps to import this file"}},
		{"version zero", `{"format":"cramps-diary","version":0,"nights":[]}`,
			[]string{"version: 0 is not a version of the format; the first is 1"}},
		{"version as a string", `{"format":"cramps-diary","version":"1","nights":[]}`,
			[]string{"version: must be a whole number"}},
		{"missing header and nights", `{}`,
			[]string{"format: missing", "version: missing", "nights: missing"}},
		{"null nights", `{"format":"cramps-diary","version":1,"nights":null}`,
			[]string{"nights: missing"}},
		{"nights of the wrong type", `{"format":"cramps-diary","version":1,"nights":{}}`,
			[]string{"nights: must be a list of nights [...]"}},
		{"top-level key twice", `{"format":"cramps-diary","version":1,"version":1,"nights":[]}`,
			[]string{"version: appears twice"}},
		{"top-level key twice, the first null", `{"format":"cramps-diary","version":1,"nights":null,"nights":[]}`,
			[]string{"nights: missing", "nights: appears twice"}},
		{"not an object", `[]`,
			[]string{`the file must hold one JSON object with "format", "version", "profile" and "nights"`}},
	}
}

func TestDecodeJSONProblems(t *testing.T) {
	for _, tt := range jsonProblemCases() {
		t.Run(tt.name, func(t *testing.T) {
			ps := decodeProblems(t, tt.src)
			got := strings.Split(ps.Error(), "\n")
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// Every problem in the file is listed, not only the first.
func TestDecodeJSONListsAllProblems(t *testing.T) {
	src := wrapNights(
		`{"date":"2026-11-01","episodes":[{"duration_s":0}]}`,
		`{"date":"2026-11-02"}`,
		`{"date":"2026-11-03","day":{"watr_ml":1}}`,
		`{"date":"2026-11-04","sleep":{"quality":0.5}}`,
	)
	want := Problems{
		{Path: "nights[0].episodes[0].duration_s", Msg: "must be between 1 and 10800"},
		{Path: "nights[2].day.watr_ml", Msg: "unknown key (did you mean water_ml?)"},
		{Path: "nights[3].sleep.quality", Msg: "must be a whole number"},
	}
	if got := decodeProblems(t, src); !reflect.DeepEqual(got, want) {
		t.Errorf("problems = %v, want %v", got, want)
	}
}

func TestDecodeJSONSyntaxErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      Problem
	}{
		{"stray brace", "{\"format\": \"cramps-diary\",\n  \"version\": 1,\n  \"nights\": [}",
			Problem{"line 3, column 14", `not valid JSON: expected a value, found '}'`}},
		{"missing comma", "{\"format\": \"cramps-diary\"\n\"version\": 1}",
			Problem{"line 2, column 1", `not valid JSON: expected a comma or } after an object value, found '"'`}},
		{"cut short", `{"format": "cramps-diary", "nights": [{"date": "2026-`,
			Problem{"line 1, column 54", "not valid JSON: the file ends inside a string"}},
		{"cut after a value", `{"format": "cramps-diary"`,
			Problem{"line 1, column 26", "not valid JSON: the file ends in the middle of the document"}},
		{"trailing data", "{\"format\":\"cramps-diary\",\"version\":1,\"nights\":[]}\n{}",
			Problem{"line 2, column 1", "not valid JSON: more data after the end of the document"}},
		{"trailing data after a non-object", "[] x",
			Problem{"line 1, column 4", "not valid JSON: more data after the end of the document"}},
		{"single quotes", `{'format': 1}`,
			Problem{"line 1, column 2", `not valid JSON: expected a key in double quotes, found '\''`}},
		{"column counts characters", `{"notes": "müde", x}`,
			Problem{"line 1, column 19", `not valid JSON: expected a key in double quotes, found 'x'`}},
		{"raw newline in a string", "{\"a\": \"x\ny\"}",
			Problem{"line 1, column 9", `not valid JSON: a control character inside a string; write it as an escape such as \n`}},
		{"bad escape", `{"a": "\x"}`,
			Problem{"line 1, column 9", `not valid JSON: an unknown escape \x inside a string`}},
		{"leading zero", `{"version": 01}`,
			Problem{"line 1, column 14", `not valid JSON: expected a comma or } after an object value, found '1'`}},
		{"bare minus", `{"version": -}`,
			Problem{"line 1, column 14", `not valid JSON: a malformed number`}},
		{"trailing comma", `{"version": 1,}`,
			Problem{"line 1, column 15", `not valid JSON: expected a key in double quotes, found '}'`}},
		{"empty", " \n",
			Problem{"", "the file is empty; expected a cramps JSON export"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decodeProblems(t, tt.src)
			if want := (Problems{tt.want}); !reflect.DeepEqual(got, want) {
				t.Errorf("problems = %#v, want %#v", got, want)
			}
		})
	}
}

// null reads as absent everywhere, and absent stays absent.
func TestDecodeJSONNullIsAbsent(t *testing.T) {
	src := wrapNights(`{"date":"2026-11-21","sleep":{"bedtime":null,"quality":null},` +
		`"day":{"supplements":null,"exercise_intensity":null,"sitting_h":null},` +
		`"position":null,"episodes":null,"notes":null}`)
	doc := mustDecode(t, src)
	if want := []Night{{Date: NewDate(2026, 11, 21)}}; !reflect.DeepEqual(doc.Nights, want) {
		t.Errorf("nights = %#v, want %#v", doc.Nights, want)
	}
	if doc.Profile != nil {
		t.Errorf("profile = %+v, want nil for a file without one", doc.Profile)
	}
}

func TestDecodeJSONProfilePresence(t *testing.T) {
	for src, want := range map[string]*Profile{
		`{"format":"cramps-diary","version":1,"nights":[]}`:                            nil,
		`{"format":"cramps-diary","version":1,"profile":null,"nights":[]}`:             nil,
		`{"format":"cramps-diary","version":1,"profile":{},"nights":[]}`:               {},
		`{"nights":[],"profile":{"sex":"female"},"version":1,"format":"cramps-diary"}`: {Sex: SexFemale},
	} {
		doc := mustDecode(t, src)
		if !reflect.DeepEqual(doc.Profile, want) {
			t.Errorf("%s: profile = %+v, want %+v", src, doc.Profile, want)
		}
		if doc.Nights == nil || len(doc.Nights) != 0 {
			t.Errorf("%s: nights = %#v, want an empty list", src, doc.Nights)
		}
	}
}

// Whole numbers may be written 3.0 or 1e2; clocks as ParseClock reads them;
// a byte-order mark and CRLF line ends are fine; nights come back sorted.
func TestDecodeJSONAcceptedSpellings(t *testing.T) {
	src := "\xef\xbb\xbf" + strings.ReplaceAll(wrapNights(
		`{"date":"2026-11-22","day":{"water_ml":1e3,"caffeine_servings":3.0,"last_caffeine":"7:05","alcohol_drinks":-0}}`,
		`{"date":"2026-11-21","notes":"caf\u00e9 \ud83e\uddb5 \"x\"\n"}`,
	), ",", ",\r\n")
	doc := mustDecode(t, src)
	want := []Night{
		{Date: NewDate(2026, 11, 21), Notes: "café 🦵 \"x\"\n"},
		{Date: NewDate(2026, 11, 22), Day: Day{WaterML: Some(1000), CaffeineServings: Some(3), LastCaffeine: Some(NewClock(7, 5)), AlcoholDrinks: Some(0)}},
	}
	if !reflect.DeepEqual(doc.Nights, want) {
		t.Errorf("nights = %+v\nwant %+v", doc.Nights, want)
	}
}

// Keys may be written with escapes; text with invalid UTF-8 is a problem at
// its path, each one listed, as `cramps log` refuses it (SPEC §9), never
// silently replaced with U+FFFD.
func TestDecodeJSONStringsAsEncodingJSON(t *testing.T) {
	doc := mustDecode(t, wrapNights(`{"d\u0061te":"2026-11-21","notes":"caf\u00e9!"}`))
	want := []Night{{Date: NewDate(2026, 11, 21), Notes: "café!"}}
	if !reflect.DeepEqual(doc.Nights, want) {
		t.Errorf("nights = %#v, want %#v", doc.Nights, want)
	}
	got := decodeProblems(t, wrapNights(
		`{"date":"2026-11-21","notes":"caf`+"\xe9\xff"+`!"}`,
		`{"date":"2026-11-22","day":{"medications":["ok","`+"\xc3"+`"]}}`,
	))
	wantPs := Problems{
		{Path: "nights[0].notes", Msg: "is not valid UTF-8 text"},
		{Path: "nights[1].day.medications[1]", Msg: "is not valid UTF-8 text"},
	}
	if !reflect.DeepEqual(got, wantPs) {
		t.Errorf("problems = %v, want %v", got, wantPs)
	}
}

// Nesting deeper than encoding/json allows is refused, not a stack overflow.
func TestDecodeJSONDeepNesting(t *testing.T) {
	deep := strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1)
	got := decodeProblems(t, wrapNights(`{"date":"2026-11-21","x":`+deep+`}`))
	// 72 characters lead up to the deep list, inside three open containers:
	// the 9,998th "[" would be the 10,001st level.
	want := Problems{{Path: "line 1, column 10070", Msg: "not valid JSON: lists and objects nested too deeply"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems = %v, want %v", got, want)
	}
	// One level less is JSON, to both readers.
	deep = strings.Repeat("[", maxDepth-3) + strings.Repeat("]", maxDepth-3)
	src := wrapNights(`{"date":"2026-11-21","x":` + deep + `}`)
	got = decodeProblems(t, src)
	if want := (Problems{{Path: "nights[0].x", Msg: "unknown key"}}); !reflect.DeepEqual(got, want) || !json.Valid([]byte(src)) {
		t.Errorf("problems = %v, want %v; json.Valid = %v", got, want, json.Valid([]byte(src)))
	}
}

// A reader that fails is an error of its own, not a Problems.
func TestDecodeJSONReadError(t *testing.T) {
	_, err := DecodeJSON(failingReader{})
	var ps Problems
	if err == nil || errors.As(err, &ps) || !errors.Is(err, errDiskGone) {
		t.Errorf("err = %v, want the read error wrapped", err)
	}
}

var errDiskGone = errors.New("disk gone")

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errDiskGone }

// benchDiary is ten years of random nights, heavier than a real diary (every
// night has most fields, up to four cramps and notes).
func benchDiary(b *testing.B) (Profile, []Night, []byte) {
	p, nights := randDiary(rand.New(rand.NewPCG(10, 3650)), 3650)
	return p, nights, mustEncode(b, p, nights)
}

func BenchmarkDecodeJSON3650(b *testing.B) {
	_, _, data := benchDiary(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeJSON(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeJSON3650(b *testing.B) {
	p, nights, data := benchDiary(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := EncodeJSON(&buf, p, nights); err != nil {
			b.Fatal(err)
		}
	}
}
