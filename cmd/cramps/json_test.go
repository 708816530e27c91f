package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/cramps -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

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
	file := filepath.Join(t.TempDir(), "in.json")
	if err := os.WriteFile(file, []byte(jsonDiary), 0o600); err != nil {
		t.Fatal(err)
	}
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
