package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
	"github.com/crampsdiary/cramps/store"
)

// At fixedNow last night is Saturday 21 November 2026.

func TestStatusSilentWhenLastNightIsLogged(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--no-cramps"))
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	r := mustOK(t, cramps(t, db, "status"))
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("status with last night logged printed %q, stderr %q; want nothing", r.stdout, r.stderr)
	}
	r = mustOK(t, cramps(t, db, "status", "--json"))
	golden(t, "status-logged.json", r.stdout)
}

func TestStatusSaysLastNightIsNotLogged(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--no-cramps"))
	r := mustOK(t, cramps(t, db, "status"))
	if want := "cramps: log last night\n"; r.stdout != want {
		t.Errorf("status printed %q, want %q", r.stdout, want)
	}
	r = mustOK(t, cramps(t, db, "status", "--json"))
	golden(t, "status-not-logged.json", r.stdout)
}

func TestStatusNamesAnUrgentRedFlag(t *testing.T) {
	db := tempDB(t)
	// A cramp of 12 minutes is urgent (SPEC §8 long_episode); last night is logged.
	mustOK(t, cramps(t, db, "log", "--episode", "calf,left,12m,8"))
	r := mustOK(t, cramps(t, db, "status"))
	if want := "cramps: 1 urgent red flag (cramps insights)\n"; r.stdout != want {
		t.Errorf("status printed %q, want %q", r.stdout, want)
	}
	// Two urgent flags.
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-19", "--episode", "calf,left,1m,5,swelling=yes"))
	r = mustOK(t, cramps(t, db, "status"))
	if want := "cramps: 2 urgent red flags (cramps insights)\n"; r.stdout != want {
		t.Errorf("status printed %q, want %q", r.stdout, want)
	}
	var got statusJSON
	if err := json.Unmarshal([]byte(mustOK(t, cramps(t, db, "status", "--json")).stdout), &got); err != nil {
		t.Fatal(err)
	}
	if !got.Logged || got.UrgentFlags != 2 || got.LastNight != diary.NewDate(2026, 11, 21) || got.Tonight != nil {
		t.Errorf("status --json: %+v", got)
	}

	// Acknowledged today ("a doctor has seen this"), the flags leave the status.
	mustOK(t, cramps(t, db, "flags", "ack", "long_episode"))
	r = mustOK(t, cramps(t, db, "status"))
	if want := "cramps: 1 urgent red flag (cramps insights)\n"; r.stdout != want {
		t.Errorf("status after acknowledging long_episode printed %q, want %q", r.stdout, want)
	}
	mustOK(t, cramps(t, db, "flags", "ack", "swelling"))
	if r = mustOK(t, cramps(t, db, "status")); r.stdout != "" {
		t.Errorf("status after acknowledging both flags printed %q, want nothing", r.stdout)
	}

	// Acknowledged before a later night raised it again, it counts again.
	db = tempDB(t)
	mustOK(t, cramps(t, db, "import", writeFile(t, "in.json", `{"format":"cramps-diary","version":1,
 "nights":[{"date":"2026-11-19","episodes":[{"duration_s":700}]},{"date":"2026-11-21","episodes":[{"duration_s":720}]}],
 "acknowledged_flags":[{"id":"long_episode","date":"2026-11-20"}]}`)))
	if r = mustOK(t, cramps(t, db, "status")); r.stdout != "cramps: 1 urgent red flag (cramps insights)\n" {
		t.Errorf("status with a flag raised after its acknowledgement printed %q", r.stdout)
	}

	// Every part at once, in one line.
	db = tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--episode", "calf,left,12m,8"))
	r = mustOK(t, cramps(t, db, "status"))
	if want := "cramps: log last night · 1 urgent red flag (cramps insights)\n"; r.stdout != want {
		t.Errorf("status printed %q, want %q", r.stdout, want)
	}
}

func TestStatusWithoutDiary(t *testing.T) {
	db := tempDB(t)
	r := mustOK(t, cramps(t, db, "status"))
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("status without a diary printed %q, stderr %q; want nothing", r.stdout, r.stderr)
	}
	r = cramps(t, db, "status", "--json")
	if r.code != exitUser || r.stdout != "" || !strings.Contains(r.stderr, "there is no diary at") {
		t.Errorf("status --json without a diary: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(filepath.Dir(db)); err == nil {
		t.Errorf("status made the diary's folder")
	}
}

func TestStatusNeverWaitsNorWrites(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--no-cramps"))
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	mustOK(t, cramps(t, db, "status"))
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Errorf("status changed the diary file")
	}
	entries, _ := os.ReadDir(filepath.Dir(db))
	for _, e := range entries {
		if e.Name() != filepath.Base(db) {
			t.Errorf("status left %s beside the diary", e.Name())
		}
	}

	// A cramps holding the diary for writing: status answers at once, silently.
	s := openDiary(t, db, store.Options{NoSnapshot: true})
	defer s.Close()
	start := time.Now()
	r := mustOK(t, cramps(t, db, "status"))
	if took := time.Since(start); took > 200*time.Millisecond {
		t.Errorf("status waited %v on a diary open for writing", took)
	}
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("status on a busy diary printed %q, stderr %q", r.stdout, r.stderr)
	}
	r = cramps(t, db, "status", "--json")
	if r.code != exitUser || !strings.Contains(r.stderr, "being written by another cramps") {
		t.Errorf("status --json on a busy diary: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestStatusWindowSeesEveryUrgentFlag checks that reading only the nights
// from statusFrom loses nothing: on year-long demo diaries, with each urgent
// sign planted at every age around the edges of the rules' windows, the
// window raises the urgent flags the whole diary raises.
func TestStatusWindowSeesEveryUrgentFlag(t *testing.T) {
	last := diary.LastNight(fixedNow)
	plants := []func(*diary.Night){
		func(*diary.Night) {},
		func(n *diary.Night) { n.Episodes = []diary.Episode{{DurationS: diary.Some(11 * 60)}} },
		func(n *diary.Night) {
			n.Episodes = []diary.Episode{{DurationS: diary.Some(60), Swelling: diary.Some(true)}}
		},
		func(n *diary.Night) {
			n.Episodes = []diary.Episode{{DurationS: diary.Some(60), Weakness: diary.Some(true)}}
		},
		func(n *diary.Night) {
			n.Episodes = []diary.Episode{{DurationS: diary.Some(60), Twitching: diary.Some(true)}}
		},
		func(n *diary.Night) {
			n.Episodes = []diary.Episode{{DurationS: diary.Some(60)}}
			n.Day.FluidLoss = diary.Some(true)
		},
		func(n *diary.Night) { n.Day.Medications = []string{"quinine"} },
	}
	for seed := uint64(1); seed <= 4; seed++ {
		p, base := demo.Generate(seed, last, 52)
		for pi, plant := range plants {
			for _, age := range []int{0, 1, 20, 27, 28, 29, 54, 55, 56, 57, 200} {
				nights := make([]diary.Night, len(base))
				for i := range base {
					nights[i] = base[i].Clone()
					if nights[i].Date == last.AddDays(-age) {
						plant(&nights[i])
					}
				}
				for _, acks := range [][]diary.FlagAck{nil, acksOn(last.AddDays(-age)), acksOn(last.AddDays(-age + 1))} {
					want := urgentFlags(nights, p, acks, last)
					if got := urgentFlags(diary.NightsBetween(nights, statusFrom(last), last), p, acks, last); got != want {
						t.Errorf("seed %d, sign %d, %d nights back, acks %v: the window raises %d urgent flags, the whole diary %d",
							seed, pi, age, acks, got, want)
					}
				}
				want := urgentFlags(nights, p, nil, last)
				if seed == 1 && (age == 0 || age == 200) {
					if got := statusOfDiary(t, p, nights).UrgentFlags; got != want {
						t.Errorf("seed %d, sign %d, %d nights back: status says %d urgent flags, the whole diary raises %d",
							seed, pi, age, got, want)
					}
				}
			}
		}
	}
}

// acksOn acknowledges every red flag on date d.
func acksOn(d diary.Date) []diary.FlagAck {
	var acks []diary.FlagAck
	for _, id := range diary.FlagIDs {
		acks = append(acks, diary.FlagAck{ID: id, Date: d})
	}
	return acks
}

// statusOfDiary runs status --json on a diary holding p and nights.
func statusOfDiary(t *testing.T, p diary.Profile, nights []diary.Night) statusJSON {
	t.Helper()
	db := tempDB(t)
	writeDiary(t, db, p, nights)
	var got statusJSON
	if err := json.Unmarshal([]byte(mustOK(t, cramps(t, db, "status", "--json")).stdout), &got); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestStatusSaysTonightsTrialInstruction(t *testing.T) {
	// At fixedNow tonight is Sunday 22 November: night j = 2 of a trial that
	// began on the 20th with one-night periods, so pair 1 (order BA), its
	// first period: condition B. Tomorrow, its second period: condition A.
	const doc = `{"format":"cramps-diary","version":1,
 "nights":[{"date":"2026-11-21","episodes":[]}],
 "trials":[{"id":"stretched-2026-11-20","habit":"stretched","start":"2026-11-20","period_nights":1,
   "washout_nights":0,"pairs":5,"order":["AB","BA","AB","AB","BA"]%s}]}`
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", writeFile(t, "in.json", strings.Replace(doc, "%s", "", 1))))
	r := mustOK(t, cramps(t, db, "status"))
	if want := "cramps: tonight: no stretching before bed\n"; r.stdout != want {
		t.Errorf("status printed %q, want %q", r.stdout, want)
	}
	r = mustOK(t, cramps(t, db, "status", "--json"))
	golden(t, "status-trial.json", r.stdout)

	trials := []diary.Trial{{ID: "s", Habit: diary.HabitStretched, Start: diary.NewDate(2026, 11, 20), PeriodNights: 1,
		Pairs: 5, Order: []string{"AB", "BA", "AB", "AB", "BA"}}}
	if got := tonightOf(trials, diary.NewDate(2026, 11, 23), diary.Profile{}); got == nil || got.Condition != diary.Some("A") ||
		got.Instruction != "stretch your calves and hamstrings before bed" || !got.Scored {
		t.Errorf("tonight on the 23rd: %+v, want condition A, scored, the stretch", got)
	}
	for _, d := range []diary.Date{diary.NewDate(2026, 11, 19), diary.NewDate(2026, 11, 30)} {
		if got := tonightOf(trials, d, diary.Profile{}); got != nil {
			t.Errorf("tonight on %s, outside the trial of the 20th to the 29th: %+v", d, got)
		}
	}
	trials[0].Stopped = diary.Some(diary.NewDate(2026, 11, 22))
	if got := tonightOf(trials, diary.NewDate(2026, 11, 22), diary.Profile{}); got != nil {
		t.Errorf("tonight on the night a trial was stopped: %+v", got)
	}

	// A stopped trial says nothing: the status is silent again.
	db = tempDB(t)
	mustOK(t, cramps(t, db, "import", writeFile(t, "in.json", strings.Replace(doc, "%s", `,"stopped":"2026-11-22"`, 1))))
	if r := mustOK(t, cramps(t, db, "status")); r.stdout != "" {
		t.Errorf("status after the trial was stopped printed %q", r.stdout)
	}
}

func TestStatusSaysTheDiaryIsDamaged(t *testing.T) {
	// Written in one transaction, each value once in the file.
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", writeFile(t, "in.json", `{"format":"cramps-diary","version":1,"nights":[
 {"date":"2026-11-20","episodes":[],"notes":"the twentieth"},{"date":"2026-11-21","episodes":[],"notes":"the twenty-first"}]}`)))
	damageNight(t, db, "2026-11-20")
	r := mustOK(t, cramps(t, db, "status"))
	if want := "cramps: the diary is damaged (cramps check)\n"; r.stdout != want {
		t.Errorf("status on a damaged diary printed %q, want %q", r.stdout, want)
	}
	var got statusJSON
	if err := json.Unmarshal([]byte(mustOK(t, cramps(t, db, "status", "--json")).stdout), &got); err != nil {
		t.Fatal(err)
	}
	if !got.Damaged || !got.Logged {
		t.Errorf("status --json on a diary whose night before last is damaged: %+v", got)
	}
	// A file that cannot be opened as a diary at all: the line says so; --json
	// has nothing to show and says why, as every reading command does.
	foreign := writeFile(t, "notes.txt", "shopping list: milk, eggs\n")
	for _, path := range []string{foreign, t.TempDir()} {
		if r := mustOK(t, cramps(t, path, "status")); r.stdout != "cramps: cannot read the diary (cramps check)\n" {
			t.Errorf("status on %s, which is not a diary, printed %q", filepath.Base(path), r.stdout)
		}
	}
	if r := cramps(t, foreign, "status", "--json"); r.code != exitUser || r.stdout != "" || !strings.Contains(r.stderr, "is damaged or is not a cramps diary") {
		t.Errorf("status --json on a file that is not a diary: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}

	// Last night itself damaged: it was logged; what it needs is a restore.
	damageNight(t, db, "2026-11-21")
	if r := mustOK(t, cramps(t, db, "status")); r.stdout != "cramps: the diary is damaged (cramps check)\n" {
		t.Errorf("status with last night damaged printed %q", r.stdout)
	}
}
