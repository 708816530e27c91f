package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// jsonDiary is a small diary with the values that are easy to get wrong in
// JSON: a note with <, > and &, an empty list ("took none"), a night whose
// cramps were not recorded, and two cramps with every detail.
const jsonDiary = `{
  "format": "cramps-diary",
  "version": 1,
  "profile": { "water_goal_ml": 2000, "caffeine_cutoff": "14:00", "medications": [] },
  "nights": [
    { "date": "2026-11-18", "day": { "water_ml": 2100 }, "episodes": [] },
    { "date": "2026-11-19", "notes": "cramps not recorded" },
    { "date": "2026-11-20",
      "sleep": { "bedtime": "22:40", "lights_out": "23:00", "sleep_latency_min": 15, "awakenings": 2,
                 "waso_min": 25, "final_wake": "06:30", "out_of_bed": "06:45", "quality": 3 },
      "day": { "water_ml": 1250, "caffeine_servings": 3, "last_caffeine": "16:00", "sitting_h": 9.5,
               "stretched": false, "supplements": [], "medications": ["furosemide"] },
      "position": { "sleep_position": "side", "toes_pointed": true },
      "episodes": [
        { "time": "03:10", "muscle": "calf", "side": "left", "duration_s": 240, "intensity": 7,
          "woke_me": true, "relief": ["stretch", "walk"], "soreness_h": 5 },
        { "muscle": "foot", "duration_s": 90 }
      ],
      "notes": "<2 glasses & a cramp>" },
    { "date": "2026-11-21", "episodes": [] }
  ]
}
`

// jsonDB returns a diary holding jsonDiary.
func jsonDB(t *testing.T) string {
	t.Helper()
	file := writeFile(t, "in.json", jsonDiary)
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", file))
	return db
}

// exportedNights returns each night of the export as the export wrote it, compacted.
func exportedNights(t *testing.T, db string) []string {
	t.Helper()
	var doc struct{ Nights []json.RawMessage }
	if err := json.Unmarshal([]byte(mustOK(t, cramps(t, db, "export")).stdout), &doc); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range doc.Nights {
		out = append(out, compact(t, string(n)))
	}
	return out
}

// compact removes the layout of a JSON text, keeping every byte of its values.
func compact(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(s)); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	return b.String()
}

func TestShowJSONIsTheExportedNight(t *testing.T) {
	db := jsonDB(t)
	r := mustOK(t, cramps(t, db, "show", "2026-11-20", "--json"))
	golden(t, "show.json", r.stdout)
	if got, want := compact(t, r.stdout), exportedNights(t, db)[2]; got != want {
		t.Errorf("show --json is not the night as exported:\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(r.stdout, `"notes": "<2 glasses & a cramp>"`) {
		t.Errorf("the note is escaped, unlike the export:\n%s", r.stdout)
	}
	// The default is last night, as for the human form.
	r = mustOK(t, cramps(t, db, "show", "--json"))
	if got, want := compact(t, r.stdout), exportedNights(t, db)[3]; got != want {
		t.Errorf("show --json without a date printed %s, want last night %s", got, want)
	}
	// A night not logged is the same error, and nothing on stdout.
	r = cramps(t, db, "show", "2026-11-17", "--json")
	if r.code != exitUser || r.stdout != "" || !strings.Contains(r.stderr, "no night is logged for Tue 17 Nov 2026") {
		t.Errorf("show --json of a night not logged: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	// A night still to come is not offered to log (log would refuse it);
	// tonight, which log takes, still is.
	r = cramps(t, db, "show", "2026-11-23")
	if r.code != exitUser || r.stderr != "cramps: no night is logged for Mon 23 Nov 2026: it has not begun yet\n" {
		t.Errorf("show of a night to come: exit %d, stderr %q", r.code, r.stderr)
	}
	if r = cramps(t, db, "show", "today"); r.code != exitUser || !strings.Contains(r.stderr, "log it with 'cramps' or 'cramps log --date 2026-11-22'") {
		t.Errorf("show today: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestListJSONIsTheExportedNightsInRange(t *testing.T) {
	db := jsonDB(t)
	all := exportedNights(t, db)
	r := mustOK(t, cramps(t, db, "list", "--json"))
	golden(t, "list.json", r.stdout)
	if got, want := compact(t, r.stdout), "["+strings.Join(all, ",")+"]"; got != want {
		t.Errorf("list --json is not the exported nights:\n%s\nwant\n%s", got, want)
	}
	r = mustOK(t, cramps(t, db, "list", "--from", "2026-11-19", "--to", "2026-11-20", "--json"))
	golden(t, "list-from-to.json", r.stdout)
	if got, want := compact(t, r.stdout), "["+all[1]+","+all[2]+"]"; got != want {
		t.Errorf("list --from --to --json:\n%s\nwant\n%s", got, want)
	}
	// An empty range is an empty array, not null and not the human sentence.
	r = mustOK(t, cramps(t, db, "list", "--from", "2026-10-01", "--to", "2026-10-31", "--json"))
	if r.stdout != "[]\n" {
		t.Errorf("list --json of an empty range printed %q, want []", r.stdout)
	}
	r = cramps(t, db, "list", "--from", "2026-11-21", "--to", "2026-11-20", "--json")
	if r.code != exitUser || r.stdout != "" {
		t.Errorf("a backward range: exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestCheckJSONSound(t *testing.T) {
	db := jsonDB(t)
	r := mustOK(t, cramps(t, db, "check", "--json"))
	golden(t, "check.json", r.stdout)
	var got struct {
		Sound    *bool
		Schema   *int
		Nights   *int
		Problems []any
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Sound == nil || !*got.Sound || got.Schema == nil || *got.Schema < 1 || got.Nights == nil || *got.Nights != 4 || got.Problems == nil || len(got.Problems) != 0 {
		t.Errorf("check --json on a sound diary of 4 nights:\n%s", r.stdout)
	}
}

func TestCheckJSONNamesTheDamagedNight(t *testing.T) {
	db := jsonDB(t)
	// Damage one stored night behind the store's back.
	bdb, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("nights")).Put([]byte("2026-11-20"), []byte{0xff, 0xfe, 0xfd})
	})
	if cerr := bdb.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	r := cramps(t, db, "check", "--json")
	if r.code != exitUser {
		t.Errorf("check --json on a damaged diary: exit %d, want 1; stderr %q", r.code, r.stderr)
	}
	var got struct {
		Sound    bool
		Problems []struct {
			Night   *string
			Problem string
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("check --json on a damaged diary printed no JSON: %v\n%s", err, r.stdout)
	}
	if got.Sound || len(got.Problems) == 0 {
		t.Fatalf("check --json says sound, or no problems:\n%s", r.stdout)
	}
	var named bool
	for _, p := range got.Problems {
		if p.Problem == "" {
			t.Errorf("a problem without words: %+v", p)
		}
		named = named || p.Night != nil && *p.Night == "2026-11-20"
	}
	if !named {
		t.Errorf("no problem names the night 2026-11-20:\n%s", r.stdout)
	}
}

func TestListJSONFigures(t *testing.T) {
	db := jsonDB(t)
	r := mustOK(t, cramps(t, db, "list", "--json", "--figures"))
	golden(t, "list-figures.json", r.stdout)
	var got []struct {
		Night   json.RawMessage
		Figures struct {
			Episodes        *int
			CrampMinutes    *float64 `json:"cramp_minutes"`
			MaxIntensity    *int     `json:"max_intensity"`
			WokeByCramp     *bool    `json:"woke_by_cramp"`
			TotalSleepMin   *int     `json:"total_sleep_min"`
			SleepEfficiency *float64 `json:"sleep_efficiency"`
			Factors         []string
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	exported := exportedNights(t, db)
	if len(got) != len(exported) {
		t.Fatalf("list --json --figures has %d nights, the diary %d", len(got), len(exported))
	}
	for i := range got {
		if n := compact(t, string(got[i].Night)); n != exported[i] {
			t.Errorf("night %d is not as exported:\n%s\nwant\n%s", i, n, exported[i])
		}
	}
	// 2026-11-18: no cramps, water 2100 of a 2000 goal: nothing present.
	f := got[0].Figures
	if f.Episodes == nil || *f.Episodes != 0 || f.CrampMinutes == nil || *f.CrampMinutes != 0 || f.MaxIntensity != nil ||
		f.WokeByCramp == nil || *f.WokeByCramp || f.TotalSleepMin != nil || len(f.Factors) != 0 || f.Factors == nil {
		t.Errorf("figures of a night without cramps: %+v", f)
	}
	// 2026-11-19: cramps not recorded: every cramp figure unknown, not zero.
	f = got[1].Figures
	if f.Episodes != nil || f.CrampMinutes != nil || f.MaxIntensity != nil || f.WokeByCramp != nil {
		t.Errorf("figures of a night whose cramps were not recorded: %+v", f)
	}
	// 2026-11-20, worked by hand: cramps of 240 s and 90 s are 330/60 = 5.5
	// minutes, the worst pain 7, the first woke; asleep from lights out 23:00
	// to 06:30 = 450 min, less 15 to fall asleep and 25 awake = 410 min, in
	// bed from 22:40 to 06:45 = 485 min, so an efficiency of 410/485. Water
	// 1250 < ¾ of 2000, 3 caffeine servings, the last at 16:00 after the
	// 14:00 cutoff, 9.5 h sitting, toes pointed.
	f = got[2].Figures
	if f.Episodes == nil || *f.Episodes != 2 || *f.CrampMinutes != 5.5 || *f.MaxIntensity != 7 || !*f.WokeByCramp ||
		*f.TotalSleepMin != 410 || *f.SleepEfficiency != 410.0/485 {
		t.Errorf("figures of 2026-11-20: %+v", f)
	}
	if want := []string{"low_water", "high_caffeine", "late_caffeine", "long_sitting", "toes_pointed"}; !slices.Equal(f.Factors, want) {
		t.Errorf("factors present on 2026-11-20: %q, want %q", f.Factors, want)
	}
	// A cramp whose waking is not recorded leaves woke_by_cramp unknown.
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-18", "--episode", "calf,left,1m"))
	r = mustOK(t, cramps(t, db, "list", "--json", "--figures", "--from", "2026-11-18", "--to", "2026-11-18"))
	if !strings.Contains(r.stdout, `"woke_by_cramp": null`) {
		t.Errorf("a cramp with no waking recorded:\n%s", r.stdout)
	}
	if r := cramps(t, db, "list", "--figures"); r.code != exitUser || !strings.Contains(r.stderr, "--figures goes with --json") {
		t.Errorf("list --figures without --json: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestShowUsualJSON(t *testing.T) {
	// Three nights: the usual values are each field's most common value,
	// ties to the latest, for the fields all three recorded (stress and
	// the sleep position, recorded on two and one, have none). During the
	// trial of stretching that holds tonight's night (the 21st), stretching
	// is asked each morning, never prefilled.
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", writeFile(t, "in.json", `{"format":"cramps-diary","version":1,"nights":[
 {"date":"2026-11-17","day":{"water_ml":1500,"stretched":true,"stress":2},"episodes":[{"duration_s":60}]},
 {"date":"2026-11-18","day":{"water_ml":2000,"stretched":true,"stress":3},"episodes":[]},
 {"date":"2026-11-19","day":{"water_ml":2000,"stretched":false},"position":{"sleep_position":"side"},"notes":"x"}],
 "trials":[{"id":"stretched-2026-11-21","habit":"stretched","start":"2026-11-21","period_nights":1,"washout_nights":0,"pairs":5,"order":["AB","BA","AB","AB","BA"]}]}`)))
	r := mustOK(t, cramps(t, db, "show", "--usual", "--json"))
	golden(t, "show-usual.json", r.stdout)
	want := `{"date":"2026-11-21","day":{"water_ml":2000},"episodes":[]}`
	if got := compact(t, r.stdout); got != want {
		t.Errorf("show --usual --json in the trial:\n%s\nwant\n%s", got, want)
	}
	// Before the trial, stretching is prefilled as usual: true on 2 of 3 nights.
	r = mustOK(t, cramps(t, db, "show", "--usual", "--json", "2026-11-20"))
	want = `{"date":"2026-11-20","day":{"water_ml":2000,"stretched":true},"episodes":[]}`
	if got := compact(t, r.stdout); got != want {
		t.Errorf("show --usual --json before the trial:\n%s\nwant\n%s", got, want)
	}
	r = mustOK(t, cramps(t, db, "show", "--usual"))
	says(t, "show --usual", r.stdout, "as the Log screen fills in the night of Sat 21 Nov 2026 (nothing is saved)") // wrapped to 80 columns
}
