package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestFlagsAck: `cramps flags ack ID` records that a doctor has seen a flag;
// the flag then stays in insights as acknowledged and leaves week's banners;
// the export carries it and an import brings it back (SPEC §8).
func TestFlagsAck(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--episode", "calf,left,14m,7"))
	if r := cramps(t, db, "week"); !strings.Contains(r.stdout, "URGENT") {
		t.Fatalf("week shows no banner for a 14-minute cramp:\n%s", r.stdout)
	}
	if r := cramps(t, db, "flags", "ack", "long_epsode"); r.code != 1 || !strings.Contains(r.stderr, `"long_epsode" is not a red flag; the ids are long_episode,`) {
		t.Fatalf("an unknown id: exit %d, %q", r.code, r.stderr)
	}
	// cramps flags lists what the diary raises with the ids ack takes.
	if r := mustOK(t, cramps(t, db, "flags")); !strings.HasPrefix(r.stdout, "long_episode  URGENT — contact a doctor today: a cramp over 10 minutes\n") ||
		!strings.Contains(r.stdout, "'cramps flags ack ID' once a doctor has seen one.") {
		t.Errorf("flags listed:\n%s", r.stdout)
	}
	r := mustOK(t, cramps(t, db, "flags", "ack", "long_episode"))
	if want := "Noted: a doctor has seen long_episode (a cramp over 10 minutes), on Sunday 22 November 2026."; !strings.HasPrefix(r.stdout, want) {
		t.Fatalf("ack said %q, want %q…", r.stdout, want)
	}
	if r := mustOK(t, cramps(t, db, "week")); strings.Contains(r.stdout, "URGENT") {
		t.Errorf("week still shows the acknowledged flag:\n%s", r.stdout)
	}
	if r := mustOK(t, cramps(t, db, "insights")); !strings.Contains(r.stdout, "(a doctor has seen this: acknowledged Sun 22 Nov 2026)") {
		t.Errorf("insights does not list the flag as acknowledged:\n%s", r.stdout)
	}
	if r := mustOK(t, cramps(t, db, "flags")); !strings.Contains(r.stdout, "a cramp over 10 minutes (a doctor has seen it: acknowledged Sun 22 Nov 2026)") {
		t.Errorf("flags after ack:\n%s", r.stdout)
	}
	quiet := tempDB(t)
	mustOK(t, cramps(t, quiet, "log", "--no-cramps"))
	if r := mustOK(t, cramps(t, quiet, "flags")); r.stdout != "None of the warning patterns that cramps checks for shows in the diary.\n" {
		t.Errorf("flags on a quiet diary: %q", r.stdout)
	}
	if r := mustOK(t, cramps(t, db, "insights", "--json")); !strings.Contains(r.stdout, `"acknowledged": "2026-11-22"`) {
		t.Errorf("insights --json lacks the acknowledgement:\n%s", r.stdout)
	}

	file := filepath.Join(t.TempDir(), "diary.json")
	r = mustOK(t, cramps(t, db, "export", "-o", file))
	if r.stdout != "Wrote 1 night to "+file+".\n" {
		t.Errorf("export -o said %q; it should confirm as report -o does", r.stdout)
	}
	other := tempDB(t)
	mustOK(t, cramps(t, other, "import", file))
	if r := mustOK(t, cramps(t, other, "week")); strings.Contains(r.stdout, "URGENT") {
		t.Errorf("the acknowledgement did not come through export and import:\n%s", r.stdout)
	}
}

// TestImportConflictNamesTheField (issue 11.14) and a dry run on a new path
// that creates no file (11.16).
func TestImportConflictNamesTheField(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--no-cramps", "--water-ml", "1500"))
	file := filepath.Join(t.TempDir(), "diary.json")
	mustOK(t, cramps(t, db, "export", "-o", file))

	fresh := tempDB(t)
	r := mustOK(t, cramps(t, fresh, "import", file, "--dry-run"))
	if !strings.Contains(r.stdout, "Dry run, nothing written") {
		t.Errorf("dry run said %q", r.stdout)
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("a dry run made the diary file %s (stat: %v)", fresh, err)
	}

	other := tempDB(t)
	mustOK(t, cramps(t, other, "log", "--date", "2026-11-20", "--no-cramps", "--water-ml", "2000"))
	r = cramps(t, other, "import", file)
	if want := "2026-11-20: day.water_ml is 2000 in the diary, 1500 in the file"; r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("conflict: exit %d, %q; want it to say %q", r.code, r.stderr, want)
	}
	// A section the file lacks is named field by field, not as a JSON object.
	bare := tempDB(t)
	mustOK(t, cramps(t, bare, "log", "--date", "2026-11-20", "--no-cramps"))
	bareFile := filepath.Join(t.TempDir(), "bare.json")
	mustOK(t, cramps(t, bare, "export", "-o", bareFile))
	r = cramps(t, other, "import", bareFile)
	if want := "2026-11-20: day.water_ml is 2000 in the diary, not recorded in the file"; r.code != 1 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "{") {
		t.Errorf("conflict with a section absent: exit %d, %q; want it to say %q", r.code, r.stderr, want)
	}
}

// TestCommandLineErrorsInWords: Go's parser messages never reach the user,
// usage errors point at the sub-command's help, and a folder given as --db
// is called a folder, not a damaged diary (issue 11.14).
func TestCommandLineErrorsInWords(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"report", "--weeks", "abc"}, exitUsage, "cramps: --weeks abc: give a whole number\nRun 'cramps report --help' for usage.\n"},
		{[]string{"report", "--bogus"}, exitUsage, "Run 'cramps report --help' for usage."},
		{[]string{"flags", "ack"}, exitUsage, "Run 'cramps flags ack --help' for usage."},
		{[]string{"frobnicate"}, exitUsage, "Run 'cramps --help' for usage."},
		// An argument missing or too many: what it needs, in words, not cobra's "accepts 1 arg(s)".
		{[]string{"trial", "start"}, exitUsage, "cramps: trial start needs HABIT: cramps trial start HABIT\nRun 'cramps trial start --help' for usage.\n"},
		{[]string{"import", "a.json", "b.json"}, exitUsage, "cramps: import takes one FILE, not 2 (a.json b.json): cramps import FILE\n"},
		{[]string{"show", "2026-11-01", "2026-11-02"}, exitUsage, "cramps: show takes one DATE, not 2"},
		// Files that cannot be written: the file the user named and why, never a
		// temporary file's name or Go's "open …: no such file or directory".
		{[]string{"report", "-o", "/nonexistent/dir/r.html"}, exitUser, "cramps: cannot write /nonexistent/dir/r.html: there is no folder /nonexistent/dir; nothing was written\n"},
		{[]string{"export", "-o", "/nonexistent/dir/e.json"}, exitUser, "cramps: cannot write /nonexistent/dir/e.json: there is no folder /nonexistent/dir; nothing was written\n"},
		{[]string{"backup", "/nonexistent/dir/b.db"}, exitUser, "cramps: cannot write /nonexistent/dir/b.db: there is no folder /nonexistent/dir; no copy was made\n"},
		{[]string{"backup", db}, exitUser, "cramps: cannot write " + db + ": a file is already there (a backup never replaces one); no copy was made\n"},
		{[]string{"import", "/nonexistent/e.json"}, exitUser, "cramps: cannot read /nonexistent/e.json: that file does not exist; nothing was imported\n"},
		{[]string{"import", filepath.Dir(db)}, exitUser, "cramps: cannot read " + filepath.Dir(db) + ": it is a folder; give the file 'cramps export' wrote; nothing was imported\n"},
		{[]string{"backup", filepath.Dir(db)}, exitUser, "cramps: " + filepath.Dir(db) + " is a folder; no copy was made; give the name of a new file, e.g. " + filepath.Join(filepath.Dir(db), "diary-backup.db") + "\n"},
	} {
		r := cramps(t, db, tc.args...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) || strings.Contains(r.stderr, "strconv") ||
			strings.Contains(r.stderr, "arg(s)") || strings.Contains(r.stderr, "/.") || strings.Contains(r.stderr, "no such file") {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
	}
	dir := t.TempDir()
	r := cramps(t, dir, "show")
	if r.code != exitUser || !strings.Contains(r.stderr, "is a folder, not a diary file") || strings.Contains(r.stderr, "damaged") {
		t.Errorf("--db a folder: exit %d, %q", r.code, r.stderr)
	}
}

// TestInsightsGathersWhatWasNeverRecorded: on a young diary that records
// only water, the factors no night records are named in one line, not a
// paragraph each of what is missing (new-user trial: 120 lines on 15 nights).
func TestInsightsGathersWhatWasNeverRecorded(t *testing.T) {
	db := tempDB(t)
	for i := range 15 {
		args := []string{"log", "--date", fmt.Sprintf("2026-11-%02d", 1+i), "--water-ml", "2000", "--no-cramps"}
		if i%3 == 0 {
			args = []string{"log", "--date", fmt.Sprintf("2026-11-%02d", 1+i), "--water-ml", "1500", "--episode", "calf,left,2m,5"}
		}
		mustOK(t, cramps(t, db, args...))
	}
	out := mustOK(t, cramps(t, db, "insights")).stdout
	flat := strings.Join(strings.Fields(out), " ")
	if !strings.Contains(flat, "Not recorded on any night yet, so not judged: plenty of caffeine, late caffeine, alcohol,") ||
		strings.Contains(flat, "Not enough nights yet to judge plenty of caffeine") ||
		!strings.Contains(flat, "Not enough nights yet to judge low water: about 13 more nights") {
		t.Errorf("insights on 15 nights of water:\n%s", out)
	}
}

// TestFlagsJSON: `cramps flags --json` gives a script the red flags the
// diary raises, each as in insights --json, acknowledged or not.
func TestFlagsJSON(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	if r := mustOK(t, cramps(t, db, "flags", "--json")); r.stdout != "[]\n" {
		t.Errorf("flags --json with no flag raised: %q, want []", r.stdout)
	}
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--episode", "calf,left,14m,7"))
	for _, acked := range []bool{false, true} {
		if acked {
			mustOK(t, cramps(t, db, "flags", "ack", "long_episode"))
		}
		var flags []map[string]any
		if err := json.Unmarshal([]byte(mustOK(t, cramps(t, db, "flags", "--json")).stdout), &flags); err != nil {
			t.Fatal(err)
		}
		if len(flags) != 1 || flags[0]["id"] != "long_episode" || flags[0]["level"] != "urgent" ||
			fmt.Sprint(flags[0]["nights"]) != "[2026-11-20]" || (flags[0]["acknowledged"] == "2026-11-22") != acked {
			t.Errorf("acknowledged %v: flags --json %v", acked, flags)
		}
		var ins struct {
			RedFlags []map[string]any `json:"red_flags"`
		}
		if err := json.Unmarshal([]byte(mustOK(t, cramps(t, db, "insights", "--json")).stdout), &ins); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(flags, ins.RedFlags) {
			t.Errorf("acknowledged %v: flags --json %v, insights --json's red_flags %v", acked, flags, ins.RedFlags)
		}
	}
}

// TestFlagsAckOnlyRaised: ack takes only a flag the diary raises. Before, it
// created a diary where there was none and recorded the flag as seen, so the
// first night that raised it never showed its banner.
func TestFlagsAckOnlyRaised(t *testing.T) {
	none := tempDB(t)
	if r := cramps(t, none, "flags", "ack", "long_episode"); r.code != exitUser || !strings.Contains(r.stderr, "there is no diary at "+none+" yet") {
		t.Errorf("ack on no diary: exit %d, %q", r.code, r.stderr)
	}
	if _, err := os.Stat(none); !os.IsNotExist(err) {
		t.Errorf("ack on no diary made a file there: %v", err)
	}

	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--episode", "calf,left,2m,5"))
	r := cramps(t, db, "flags", "ack", "long_episode")
	if r.code != exitUser || r.stderr != "cramps: the diary does not raise long_episode (a cramp over 10 minutes) as of last night, "+
		"so there is nothing for a doctor to have seen; nothing was changed ('cramps flags' lists the red flags it raises)\n" {
		t.Errorf("ack of a flag not raised: exit %d, %q", r.code, r.stderr)
	}
	// The flag raised later shows in the banners: nothing was recorded.
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-21", "--episode", "calf,left,14m,7"))
	if r := mustOK(t, cramps(t, db, "week")); !strings.Contains(r.stdout, "URGENT") {
		t.Errorf("a refused ack hid the flag raised later:\n%s", r.stdout)
	}
	mustOK(t, cramps(t, db, "flags", "ack", "long_episode"))
}
