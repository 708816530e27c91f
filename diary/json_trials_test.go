package diary

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// randTrials returns up to n valid trials that never overlap, in a shuffled
// order so the encoder must sort them; some are stopped.
func randTrials(r *rand.Rand, n int) []Trial {
	var ts []Trial
	start := NewDate(2000+r.IntN(100), 1, 1+r.IntN(365))
	for range r.IntN(n + 1) {
		p := 1 + r.IntN(MaxPeriodNights)
		d := TrialDesign{PeriodNights: p, WashoutNights: r.IntN(p), Pairs: MinTrialPairs + r.IntN(MaxTrialNights/(2*p)-MinTrialPairs+1)}
		if d.Nights() > MaxTrialNights {
			d.Pairs = MinTrialPairs
			d.PeriodNights = min(p, MaxTrialNights/(2*MinTrialPairs))
			d.WashoutNights = r.IntN(d.PeriodNights)
		}
		coins := make([]byte, d.Pairs)
		for i := range coins {
			coins[i] = byte(r.Uint32())
		}
		t, err := NewTrial(TrialHabits[r.IntN(len(TrialHabits))], start, d, bytes.NewReader(coins))
		if err != nil {
			panic(err)
		}
		if r.IntN(3) == 0 {
			t.Stopped = Some(t.Start.AddDays(r.IntN(d.Nights())))
		}
		ts = append(ts, t)
		start = t.End().AddDays(1 + r.IntN(30))
	}
	r.Shuffle(len(ts), func(i, j int) { ts[i], ts[j] = ts[j], ts[i] })
	return ts
}

func mustEncodeDoc(t testing.TB, doc Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := EncodeDocument(&b, doc); err != nil {
		t.Fatalf("EncodeDocument: %v", err)
	}
	return b.Bytes()
}

// Export, decode, export again with trials: the same bytes, the same trials in start order.
func TestJSONRoundTripTrials(t *testing.T) {
	sawStopped, sawSeveral := false, false
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 0x747269))
		p, nights := randDiary(r, r.IntN(10))
		trials := randTrials(r, 4)
		first := mustEncodeDoc(t, Document{Profile: &p, Nights: nights, Trials: trials})
		doc, err := DecodeJSON(bytes.NewReader(first))
		if err != nil {
			t.Fatalf("seed %d: decoding our own export: %v\n%s", seed, err, first)
		}
		want := byStart(trials)
		if !reflect.DeepEqual(doc.Trials, want) {
			t.Fatalf("seed %d: trials =\n%+v\nwant\n%+v", seed, doc.Trials, want)
		}
		for i := 1; i < len(doc.Trials); i++ {
			if doc.Trials[i].Start <= doc.Trials[i-1].Start {
				t.Fatalf("seed %d: trials out of start order", seed)
			}
		}
		for _, tr := range doc.Trials {
			sawStopped = sawStopped || tr.Stopped.Known()
		}
		sawSeveral = sawSeveral || len(doc.Trials) > 1
		if second := mustEncodeDoc(t, doc); !bytes.Equal(first, second) {
			t.Fatalf("seed %d: second export differs:\n%s\n---\n%s", seed, first, second)
		}
		if len(trials) == 0 && bytes.Contains(first, []byte(`"trials"`)) {
			t.Fatalf("seed %d: a diary without trials exports a trials key", seed)
		}
	}
	if !sawStopped || !sawSeveral {
		t.Errorf("the generator never made a stopped trial (%v) or several (%v)", sawStopped, sawSeveral)
	}
}

// The exact bytes of the SPEC §11.4 example: trials come last, washout 0 is written out.
func TestEncodeTrialsLayout(t *testing.T) {
	tr := Trial{ID: "stretched-2026-12-01", Habit: HabitStretched, Start: NewDate(2026, 12, 1), PeriodNights: 7,
		WashoutNights: 0, Pairs: 6, Order: []string{"AB", "BA", "BA", "AB", "AB", "BA"}, Stopped: Some(NewDate(2027, 1, 10))}
	got := string(mustEncodeDoc(t, Document{Profile: &Profile{}, Nights: nil, Trials: []Trial{tr}}))
	want := `{
  "format": "cramps-diary",
  "version": 1,
  "profile": {},
  "nights": [],
  "trials": [
    {
      "id": "stretched-2026-12-01",
      "habit": "stretched",
      "start": "2026-12-01",
      "period_nights": 7,
      "washout_nights": 0,
      "pairs": 6,
      "order": [
        "AB",
        "BA",
        "BA",
        "AB",
        "AB",
        "BA"
      ],
      "stopped": "2027-01-10"
    }
  ]
}
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, empty := range []string{`,"trials":[]`, `,"trials":null`, ``} {
		doc := mustDecode(t, `{"format":"cramps-diary","version":1,"nights":[]`+empty+`}`)
		if doc.Trials != nil {
			t.Errorf("%q: trials = %#v, want nil", empty, doc.Trials)
		}
	}
}

func wrapTrials(trials ...string) string {
	return `{"format":"cramps-diary","version":1,"nights":[],"trials":[` + strings.Join(trials, ",") + `]}`
}

const goodTrial = `"id":"stretched-2026-12-01","habit":"stretched","start":"2026-12-01","period_nights":7,"washout_nights":1,"pairs":6`
const goodOrder = `"order":["AB","BA","BA","AB","AB","BA"]`

// trialProblemCases are trial lists DecodeJSON must refuse, with each problem's path.
func trialProblemCases() []interchangeCase {
	return []interchangeCase{
		{"bad order word", wrapTrials(`{` + goodTrial + `,"order":["AB","BA","ab","AB","AB","BA"]}`),
			[]string{"trials[0].order[2]: must be AB or BA"}},
		{"too few pairs", wrapTrials(`{"id":"a","habit":"massage","start":"2026-12-01","period_nights":1,"washout_nights":0,"pairs":4,"order":["AB","AB","AB","AB"]}`),
			[]string{"trials[0].pairs: must be at least 5: with fewer pairs the exact test can never reach p ≤ 0.05"}},
		{"period and washout", wrapTrials(`{"id":"a","habit":"massage","start":"2026-12-01","period_nights":29,"washout_nights":-1,"pairs":5,"order":["AB","AB","AB","AB","BA"]}`),
			[]string{"trials[0].period_nights: must be between 1 and 28", "trials[0].washout_nights: must be at least 0 and fewer than period_nights (29)"}},
		{"washout as long as the period", wrapTrials(`{"id":"a","habit":"massage","start":"2026-12-01","period_nights":3,"washout_nights":3,"pairs":5,"order":["AB","AB","AB","AB","BA"]}`),
			[]string{"trials[0].washout_nights: must be at least 0 and fewer than period_nights (3)"}},
		{"too many nights", wrapTrials(`{"id":"a","habit":"magnesium","start":"2026-12-01","period_nights":14,"washout_nights":7,"pairs":14,"order":["AB","AB","AB","AB","BA","AB","AB","AB","AB","BA","AB","AB","AB","AB"]}`),
			[]string{"trials[0].pairs: must be at most 13 with 14-night periods: 14 pairs of two such periods is 392 nights, and a trial holds at most 366"}},
		{"order too short", wrapTrials(`{` + goodTrial + `,"order":["AB"]}`),
			[]string{"trials[0].order: must hold one AB or BA for each of the 6 pairs, not 1"}},
		{"unknown habit", wrapTrials(`{"id":"a","habit":"quinine","start":"2026-12-01","period_nights":1,"washout_nights":0,"pairs":5,"order":["AB","AB","AB","AB","BA"]}`),
			[]string{`trials[0].habit: "quinine" is not a habit a trial can test; use one of stretched, legs_elevated, massage, knees_supported, tight_blankets, alcohol, late_caffeine, magnesium`}},
		{"stopped outside", wrapTrials(`{` + goodTrial + `,` + goodOrder + `,"stopped":"2026-11-30"}`),
			[]string{"trials[0].stopped: must be within the trial, from its first night 2026-12-01 to its last 2027-02-22"}},
		{"overlap", wrapTrials(`{`+goodTrial+`,`+goodOrder+`}`, `{"id":"b","habit":"alcohol","start":"2027-02-22","period_nights":1,"washout_nights":0,"pairs":5,"order":["AB","AB","AB","AB","BA"]}`),
			[]string{"trials[1].start: overlaps trials[0] (stretched-2026-12-01, nights 2026-12-01 to 2027-02-22): one trial at a time"}},
		{"overlap found in start order", wrapTrials(`{"id":"b","habit":"alcohol","start":"2027-02-22","period_nights":1,"washout_nights":0,"pairs":5,"order":["AB","AB","AB","AB","BA"]}`, `{`+goodTrial+`,`+goodOrder+`}`),
			[]string{"trials[0].start: overlaps trials[1] (stretched-2026-12-01, nights 2026-12-01 to 2027-02-22): one trial at a time"}},
		{"stopped frees the rest", wrapTrials(`{`+goodTrial+`,`+goodOrder+`,"stopped":"2027-01-10"}`, `{"id":"a","habit":"stretched","start":"2027-01-09","period_nights":1,"washout_nights":0,"pairs":5,"order":["AB","AB","AB","AB","AB"]}`),
			[]string{"trials[1].start: overlaps trials[0] (stretched-2026-12-01, nights 2026-12-01 to 2027-01-09): one trial at a time"}},
		{"duplicate id", wrapTrials(`{`+goodTrial+`,`+goodOrder+`}`, `{`+strings.Replace(goodTrial, "2026-12-01\",\"period", "2027-12-01\",\"period", 1)+`,`+goodOrder+`}`),
			[]string{`trials[1].id: "stretched-2026-12-01" is also the id of trials[0]`}},
		{"missing keys and a stray one", wrapTrials(`{"id":"a","habit":"massage","start":"2026-12-01","pairs":5,"order":["AB","AB","AB","AB","BA"],"arms":2}`),
			[]string{"trials[0].arms: unknown key", "trials[0].period_nights: missing", "trials[0].washout_nights: missing"}},
		{"wrong shapes", `{"format":"cramps-diary","version":1,"nights":[],"trials":[null,3,{"id":7,"habit":"","start":"1 Dec","period_nights":1.5,"washout_nights":0,"pairs":5,"order":"AB"}]}`,
			[]string{"trials[0]: must be a trial, not null", "trials[1]: must be an object {...}",
				"trials[2].id: must be a string", "trials[2].habit: must not be empty; leave the key out when it is not known",
				`trials[2].start: "1 Dec" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-21`,
				"trials[2].period_nights: must be a whole number", "trials[2].order: must be a list [...]"}},
		{"pairs not a number says nothing of the order", wrapTrials(`{"id":"a","habit":"massage","start":"2026-12-01","period_nights":1,"washout_nights":0,"pairs":"5","order":["AB","AB","AB","AB","BA"]}`),
			[]string{"trials[0].pairs: must be a whole number"}},
		{"not a list", `{"format":"cramps-diary","version":1,"nights":[],"trials":{}}`,
			[]string{"trials: must be a list of trials [...]"}},
		{"unknown top-level key near trials", `{"format":"cramps-diary","version":1,"nights":[],"trails":[]}`,
			[]string{"trails: unknown key (did you mean trials?)"}},
	}
}

func TestDecodeJSONTrialProblems(t *testing.T) {
	for _, tt := range trialProblemCases() {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Split(decodeProblems(t, tt.src).Error(), "\n")
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// The decoder finds exactly what ValidateTrials finds in trials it could read.
func TestDecodeJSONTrialsAgreeWithValidateTrials(t *testing.T) {
	for seed := range uint64(200) {
		r := rand.New(rand.NewPCG(seed, 99))
		ts := randTrials(r, 3)
		for i := range ts {
			switch r.IntN(6) {
			case 0:
				ts[i].Start = ts[i].Start.AddDays(-r.IntN(400))
			case 1:
				ts[i].Order[r.IntN(len(ts[i].Order))] = "BB"
			case 2:
				ts[i].Pairs--
			}
		}
		var b bytes.Buffer
		enc := exportFile{Format: FormatName, Version: FormatVersion, Nights: []Night{}, Trials: ts}
		if err := jsonEncodeForTest(&b, enc); err != nil {
			t.Fatal(err)
		}
		want := ValidateTrials(ts)
		_, err := DecodeJSON(&b)
		if len(want) == 0 {
			if err != nil {
				t.Fatalf("seed %d: refused: %v", seed, err)
			}
			continue
		}
		got := checkProblems(t, err)
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d:\n%v\nwant\n%v", seed, got, want)
		}
	}
}

func jsonEncodeForTest(b *bytes.Buffer, v any) error {
	return json.NewEncoder(b).Encode(v)
}
