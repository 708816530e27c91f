package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/store"
)

func TestVersion(t *testing.T) {
	r := mustOK(t, cramps(t, tempDB(t), "--version"))
	if !strings.HasPrefix(r.stdout, "cramps ") {
		t.Errorf("--version printed %q", r.stdout)
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	r := mustOK(t, cramps(t, tempDB(t), "--help"))
	for _, c := range []string{"demo", "log", "show", "list", "week", "insights", "report", "export", "import", "backup", "check", "status", "trial", "completion"} {
		if !strings.Contains(r.stdout, "\n  "+c+" ") {
			t.Errorf("--help does not list %q:\n%s", c, r.stdout)
		}
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	db := tempDB(t)
	for _, args := range [][]string{
		{"frobnicate"},
		{"show", "--no-such-flag"},
		{"show", "2026-11-01", "2026-11-02"},
		{"import"},
		{"log", "--episode", "calf", "--no-cramps"},
	} {
		r := cramps(t, db, args...)
		if r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", args, r.code, exitUsage, r.stderr)
		}
	}
}

func TestLogThenShow(t *testing.T) {
	db := tempDB(t)
	r := mustOK(t, cramps(t, db, "log", "--episode", "calf,left,4m,7,time=03:10,woke_me=yes,relief=stretch+walk",
		"--water-ml", "1250", "--caffeine_servings", "3", "--last-caffeine", "16:00", "--stretched=false",
		"--supplements", "none", "--sleep-position", "side", "--toes-pointed", "--notes", "long flight"))
	if want := "Saved the night of Sat 21 Nov 2026: 1 cramp (calf left, 4m, pain 7).\n"; r.stdout != want {
		t.Errorf("log printed %q, want %q", r.stdout, want)
	}
	s := openDiary(t, db, store.Options{ReadOnly: true})
	n, err := s.Night(diary.NewDate(2026, 11, 21))
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := diary.Night{Date: diary.NewDate(2026, 11, 21), Notes: "long flight"}
	want.Day.WaterML = diary.Some(1250)
	want.Day.CaffeineServings = diary.Some(3)
	want.Day.LastCaffeine = diary.Some(diary.NewClock(16, 0))
	want.Day.Stretched = diary.Some(false)
	want.Day.Supplements = []diary.Supplement{}
	want.Position.SleepPosition = diary.PositionSide
	want.Position.ToesPointed = diary.Some(true)
	want.Episodes = []diary.Episode{{
		Time: diary.Some(diary.NewClock(3, 10)), Muscle: diary.MuscleCalf, Side: diary.SideLeft,
		DurationS: diary.Some(240), Intensity: diary.Some(7), WokeMe: diary.Some(true),
		Relief: []diary.Relief{diary.ReliefStretch, diary.ReliefWalk},
	}}
	if !n.Equal(want) {
		t.Errorf("saved night\n%+v\nwant\n%+v", n, want)
	}

	r = mustOK(t, cramps(t, db, "show"))
	// show writes the night in the Log card's words (issue 11.7: one spelling).
	says(t, "show", r.stdout, "Night of Saturday 21 November 2026", "1 cramp, 4m, worst pain 7",
		"1. 03:10 calf, left, 4m, pain 7/10, woke me, eased by stretch, walk",
		"water 5 glasses", "caffeine 3, last 16:00", "did not stretch", "no supplements", "on the side, toes pointed", "long flight")
}

func TestLogAmendChangesOnlyGivenFields(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps", "--water-ml", "2000", "--stress", "2"))
	r := mustOK(t, cramps(t, db, "log", "--stress", "4", "--unset", "water_ml"))
	if !strings.HasPrefix(r.stdout, "Updated the night of Sat 21 Nov 2026: no cramps.") {
		t.Errorf("amend printed %q", r.stdout)
	}
	r = mustOK(t, cramps(t, db, "export"))
	if !strings.Contains(r.stdout, `"stress": 4`) || strings.Contains(r.stdout, "water_ml") || !strings.Contains(r.stdout, `"episodes": []`) {
		t.Errorf("amended night exported as:\n%s", r.stdout)
	}
}

func TestLogBadInputSavesNothing(t *testing.T) {
	db := tempDB(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--episode", "calf,left,0s,7"}, "--episode 1, duration: must be from 1s to 3h"},
		{[]string{"--episode", "calf,left,4h"}, "--episode 1, duration: must be from 1s to 3h"},
		{[]string{"--episode", "calf,left,2m,11"}, "--episode 1, pain: must be from 0 to 10"},
		{[]string{"--episode", "knee,left,4m"}, `--episode 1 ("knee,left,4m"): muscle: "knee" is not one of calf, foot`},
		{[]string{"--episode", "calf,left,4 fortnights"}, "duration: \"4 fortnights\" is not a duration"},
		{[]string{"--quality", "9"}, "--quality: must be between 1 and 5"},
		{[]string{"--bedtime", "25:00"}, `--bedtime: "25:00" is not a clock time`},
		{[]string{"--water-ml", "lots"}, `--water-ml: "lots" is not a whole number`},
		{[]string{"--stretched=maybe"}, `--stretched: "maybe" is not yes or no`},
		{[]string{"--date", "2026-11-23", "--no-cramps"}, "has not begun yet"},
		{[]string{"--unset", "colour"}, `--unset: "colour" is not a field`},
	} {
		r := cramps(t, db, append([]string{"log"}, tc.args...)...)
		if r.code != exitUser || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("log %v: exit %d, stderr %q; want exit 1 and %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		s := openDiary(t, db, store.Options{ReadOnly: true})
		defer s.Close()
		if all, _ := s.AllNights(); len(all) != 0 {
			t.Errorf("bad input saved %d nights", len(all))
		}
	}
}

func TestShowAndExportWithoutDiary(t *testing.T) {
	db := tempDB(t)
	for _, args := range [][]string{{"show"}, {"list"}, {"export"}, {"check"}} {
		r := cramps(t, db, args...)
		if r.code != exitUser || !strings.Contains(r.stderr, "there is no diary at") {
			t.Errorf("%v on no diary: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a read-only command created the diary")
	}
}

func TestShowNightNotLogged(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps", "--date", "2026-11-20"))
	r := cramps(t, db, "show")
	if r.code != exitUser || !strings.Contains(r.stderr, "no night is logged for Sat 21 Nov 2026") {
		t.Errorf("show: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestLockedDiaryAnswersQuickly(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	s := openDiary(t, db, store.Options{NoSnapshot: true})
	defer s.Close()
	start := time.Now()
	r := cramps(t, db, "log", "--stress", "3")
	if took := time.Since(start); took > time.Second {
		t.Errorf("a locked diary took %v to answer", took)
	}
	if r.code != exitUser || !strings.Contains(r.stderr, "is open in another cramps") {
		t.Errorf("locked: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestExportImportExportIsByteIdentical(t *testing.T) {
	src := tempDB(t)
	mustOK(t, cramps(t, src, "log", "--date", "2026-11-19", "--no-cramps", "--water-ml", "2000", "--supplements", "magnesium"))
	mustOK(t, cramps(t, src, "log", "--date", "2026-11-20", "--episode", "calf,left,4m,7", "--episode", "foot,,90s", "--stretched"))
	mustOK(t, cramps(t, src, "log", "--date", "2026-11-21", "--notes", "cramps not recorded this night"))
	first := mustOK(t, cramps(t, src, "export")).stdout
	file := writeFile(t, "diary.json", first)
	dst := tempDB(t)
	r := mustOK(t, cramps(t, dst, "import", file))
	if !strings.Contains(r.stdout, "3 nights new") {
		t.Errorf("import said %q", r.stdout)
	}
	second := mustOK(t, cramps(t, dst, "export")).stdout
	if first != second {
		t.Errorf("export → import → export differs:\n%s\n---\n%s", first, second)
	}
	// Importing the same file again changes nothing and is not a conflict.
	r = mustOK(t, cramps(t, dst, "import", file))
	if !strings.Contains(r.stdout, "Nothing to import") {
		t.Errorf("re-import said %q", r.stdout)
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	db := tempDB(t)
	doc := `{"format":"cramps-diary","version":1,"nights":[
 {"date":"2026-11-19","episodes":[]},
 {"date":"2026-11-20","episodes":[{"muscle":"calf","duration_s":0}]},
 {"date":"2026-11-21","day":{"watr_ml":100}}]}`
	file := writeFile(t, "bad.json", doc)
	r := cramps(t, db, "import", file)
	if r.code != exitUser {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"has 2 problems; nothing was imported", "nights[1].episodes[0].duration_s: must be between 1 and 10800", "nights[2].day.watr_ml"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if _, err := os.Stat(db); err == nil {
		s, _ := store.Open(db, store.Options{ReadOnly: true})
		if all, _ := s.AllNights(); len(all) != 0 {
			t.Errorf("a failed import wrote %d nights", len(all))
		}
		s.Close()
	}
}

func TestImportConflictsNeedOverwrite(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--no-cramps"))
	doc := `{"format":"cramps-diary","version":1,"nights":[
 {"date":"2026-11-20","episodes":[{"muscle":"calf","duration_s":60}]},
 {"date":"2026-11-21","episodes":[]}]}`
	file := writeFile(t, "in.json", doc)
	r := cramps(t, db, "import", file)
	if r.code != exitUser || !strings.Contains(r.stderr, "2026-11-20: episodes is no cramps in the diary, 1 cramp in the file") {
		t.Errorf("conflict: exit %d, stderr %q", r.code, r.stderr)
	}
	r = mustOK(t, cramps(t, db, "import", file, "--overwrite", "--dry-run"))
	if !strings.Contains(r.stdout, "Dry run, nothing written") || !strings.Contains(r.stdout, "1 night new, 1 replaced") {
		t.Errorf("dry run said %q", r.stdout)
	}
	if out := mustOK(t, cramps(t, db, "export")).stdout; strings.Contains(out, "2026-11-21") {
		t.Errorf("dry run wrote a night")
	}
	mustOK(t, cramps(t, db, "import", file, "--overwrite"))
	if out := mustOK(t, cramps(t, db, "show", "2026-11-20")).stdout; !strings.Contains(out, "calf, 1m") {
		t.Errorf("overwrite did not replace the night:\n%s", out)
	}
}

func TestExportCSVAndFile(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--episode", "calf,left,4m,7", "--episode", "foot,right,90s,5"))
	out := filepath.Join(t.TempDir(), "episodes.csv")
	mustOK(t, cramps(t, db, "export", "--format", "csv", "--table", "episodes", "-o", out))
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(string(b), "\n"); lines != 3 {
		t.Errorf("episodes CSV has %d lines, want a header and 2 rows:\n%s", lines, b)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("export file mode %v, want 0600", fi.Mode().Perm())
	}
	r := cramps(t, db, "export", "--format", "xml")
	if r.code != exitUser || !strings.Contains(r.stderr, `--format "xml": use json or csv`) {
		t.Errorf("bad format: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestBackupAndCheck(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	r := mustOK(t, cramps(t, db, "check"))
	if !strings.Contains(r.stdout, "is sound") || !strings.Contains(r.stdout, "1 night from 2026-11-21 to 2026-11-21") {
		t.Errorf("check said %q", r.stdout)
	}
	snap := filepath.Join(t.TempDir(), "snap.db")
	mustOK(t, cramps(t, db, "backup", snap))
	mustOK(t, cramps(t, snap, "check"))
	r = cramps(t, db, "backup", snap)
	if r.code != exitUser {
		t.Errorf("backup over an existing file: exit %d", r.code)
	}
}

func TestDamagedDiaryIsRefusedAndUntouched(t *testing.T) {
	db := filepath.Join(t.TempDir(), "notes.txt")
	text := []byte("shopping list: milk, eggs\n")
	if err := os.WriteFile(db, text, 0o600); err != nil {
		t.Fatal(err)
	}
	r := cramps(t, db, "log", "--no-cramps")
	if r.code != exitUser || !strings.Contains(r.stderr, "is damaged or is not a cramps diary") ||
		!strings.Contains(r.stderr, "no snapshot of a diary lies beside it") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(db); !bytes.Equal(b, text) {
		t.Errorf("the foreign file was changed")
	}
}

func FuzzParseEpisode(f *testing.F) {
	for _, s := range []string{"calf,left,4m,7", "foot,right,90s,5,time=03:10,woke_me=yes,relief=stretch+walk",
		"calf,,2m", ",,,", "thigh_back,both,1h,10,soreness_h=2.5,swelling=no", "calf,left,4m,7,8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := parseEpisode(s)
		if err != nil {
			return
		}
		n := diary.Night{Date: diary.NewDate(2026, 11, 21), Episodes: []diary.Episode{e}}
		_ = n.Validate()
	})
}

// TestEpisodeTakesTheScreensWords: what the Log card shows ("back thigh")
// can be typed, as can the id; a wrong word lists both (new-user trial).
func TestEpisodeTakesTheScreensWords(t *testing.T) {
	for _, s := range []string{"back thigh,left,2m,5", "thigh_back,left,2m,5", "Back  Thigh,left,2m,5", "thigh-back,left,2m,5"} {
		e, err := parseEpisode(s)
		if err != nil || e.Muscle != diary.MuscleThighBack {
			t.Errorf("%q: muscle %q, %v", s, e.Muscle, err)
		}
	}
	_, err := parseEpisode("hamstring,left")
	if err == nil || !strings.Contains(err.Error(), "thigh_back (back thigh)") {
		t.Errorf("a wrong muscle: %v", err)
	}
}

// TestEpisodeNeedsSomethingDescribed: ",,," describes no cramp, as "" does
// not, and is refused alike instead of saving a cramp the user never
// described; a relief list written with commas is told to use +.
func TestEpisodeNeedsSomethingDescribed(t *testing.T) {
	for _, s := range []string{"", ",,,", " , , "} {
		if _, err := parseEpisode(s); err == nil || !strings.Contains(err.Error(), "empty cramp") {
			t.Errorf("%q: %v, want an empty cramp refused", s, err)
		}
	}
	if e, err := parseEpisode(",,,,time=03:10"); err != nil || !e.Time.Known() {
		t.Errorf("a cramp with only its time: %+v, %v", e, err)
	}
	_, err := parseEpisode("calf,left,2m,5,relief=stretch,walk")
	if err == nil || err.Error() != `"walk": join several reliefs with +, as in relief=stretch+walk` {
		t.Errorf("reliefs with a comma: %v", err)
	}
	_, err = parseEpisode("calf,left,2m,5,8")
	if err == nil || !strings.Contains(err.Error(), "only key=value extras may follow") {
		t.Errorf("a fifth bare part: %v", err)
	}
}

// TestImpossibleSleepTimesAreRefused: the new-user trial's night (lights
// out before bed, up before awake, 10 hours awake in a 6-hour night) was
// saved; each problem is now named at its flag, and nothing is written.
func TestImpossibleSleepTimesAreRefused(t *testing.T) {
	db := tempDB(t)
	r := cramps(t, db, "log", "--date", "2026-11-20", "--no-cramps", "--bedtime", "23:00", "--lights-out", "22:00",
		"--sleep-latency-min", "20", "--waso-min", "600", "--final-wake", "06:00", "--out-of-bed", "05:00")
	for _, want := range []string{"--lights-out: 22:00 is before bedtime at 23:00", "--out-of-bed: 05:00 is before the final awakening at 06:00"} {
		if r.code != exitUser || !strings.Contains(r.stderr, want) {
			t.Errorf("exit %d, stderr %q; want %q", r.code, r.stderr, want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		if r := cramps(t, db, "show", "2026-11-20"); r.code == 0 {
			t.Errorf("the refused night was saved:\n%s", r.stdout)
		}
	}
	r = cramps(t, db, "log", "--date", "2026-11-20", "--no-cramps", "--lights-out", "23:00",
		"--sleep-latency-min", "20", "--waso-min", "600", "--final-wake", "05:00")
	if want := "--waso-min: 20 min to fall asleep and 600 min awake are more than the 6h00 from lights out (23:00) to the final awakening (05:00)"; r.code != exitUser || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want %q", r.code, r.stderr, want)
	}
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--no-cramps", "--bedtime", "20:30", "--lights-out", "21:00", "--final-wake", "10:00"))
}
