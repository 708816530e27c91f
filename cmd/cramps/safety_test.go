package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The promises of SPEC §9 as the command line keeps them (issue 12).

// damageNight flips a byte inside the stored value of the night of date in
// the diary at db, as a failing disk would.
func damageNight(t *testing.T, db, date string) {
	t.Helper()
	var v []byte
	patchDiary(t, db, func(tx *bolt.Tx) {
		if v = bytes.Clone(tx.Bucket([]byte("nights")).Get([]byte(date))); v == nil {
			t.Fatalf("no night %s", date)
		}
	}, func(b []byte, _ int) {
		// Every copy: a page the diary has since rewritten may still hold an
		// older one, and which copy bbolt reads is its business.
		found := false
		for off := 0; ; {
			i := bytes.Index(b[off:], v)
			if i < 0 {
				break
			}
			b[off+i+len(v)/2] ^= 0x10
			off += i + len(v)
			found = true
		}
		if !found {
			t.Fatal("the value is not in the file")
		}
	})
}

// patchDiary damages the diary at db as a failing disk would: look reads
// what it needs through bbolt, then patch changes the file's bytes (its
// pages pageSize bytes each) in place.
func patchDiary(t *testing.T, db string, look func(tx *bolt.Tx), patch func(b []byte, pageSize int)) {
	t.Helper()
	bdb, err := bolt.Open(db, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.View(func(tx *bolt.Tx) error {
		look(tx)
		return nil
	})
	pageSize := bdb.Info().PageSize
	bdb.Close()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	patch(b, pageSize)
	if err := os.WriteFile(db, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedDiaryIsReadButNeverWritten: with one night damaged, check names
// it and says how to restore; log and import write nothing and take no
// snapshot; export still writes every sound night, and says what it left out.
func TestDamagedDiaryIsReadButNeverWritten(t *testing.T) {
	db := tempDB(t)
	for _, d := range []string{"2026-11-19", "2026-11-20", "2026-11-21"} {
		mustOK(t, cramps(t, db, "log", "--no-cramps", "--date", d, "--notes", "night "+d))
	}
	damageNight(t, db, "2026-11-20")
	before, _ := os.ReadFile(db)
	backups := filepath.Join(filepath.Dir(db), "backups")
	snaps, _ := os.ReadDir(backups)

	r := cramps(t, db, "check")
	if r.code != exitUser || !strings.Contains(r.stderr, "night 2026-11-20: cannot be read: its checksum does not match") ||
		!strings.Contains(r.stderr, "1 damaged night") || !strings.Contains(r.stderr, "mv ") {
		t.Errorf("check: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, args := range [][]string{{"log", "--no-cramps", "--date", "2026-11-18"}, {"log", "--stress", "2"}} {
		r := cramps(t, db, args...)
		if r.code != exitUser || !strings.Contains(r.stderr, "is damaged, so nothing was written to it") ||
			!strings.Contains(r.stderr, "2026-11-20") || !strings.Contains(r.stderr, "To restore the snapshot of 2026-11-22") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	r = cramps(t, db, "export")
	if r.code != exitUser || !strings.Contains(r.stdout, `"2026-11-19"`) || !strings.Contains(r.stdout, `"2026-11-21"`) ||
		strings.Contains(r.stdout, `"2026-11-20"`) || !strings.Contains(r.stderr, "night 2026-11-20: cannot be read") {
		t.Errorf("export: exit %d, stderr %q, stdout %q", r.code, r.stderr, r.stdout)
	}
	r = cramps(t, db, "list")
	if r.code != exitOK || !strings.Contains(r.stdout, "2026-11-21") || !strings.Contains(r.stderr, "night 2026-11-20: cannot be read") {
		t.Errorf("list: exit %d, stderr %q", r.code, r.stderr)
	}
	r = cramps(t, db, "show", "2026-11-20")
	if r.code != exitUser || !strings.Contains(r.stderr, "the night of 2026-11-20 cannot be read") {
		t.Errorf("show: exit %d, stderr %q", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the damaged diary was written to")
	}
	if now, _ := os.ReadDir(backups); len(now) != len(snaps) {
		t.Errorf("backups went from %d to %d files", len(snaps), len(now))
	}
}

// TestEmptiedDiaryIsNotStartedAfresh: an emptied file beside its snapshots
// is refused with the way to restore, and stays empty.
func TestEmptiedDiaryIsNotStartedAfresh(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	mustOK(t, cramps(t, db, "log", "--stress", "2")) // the first open of a diary with a night takes the day's snapshot
	if err := os.Truncate(db, 0); err != nil {
		t.Fatal(err)
	}
	r := cramps(t, db, "log", "--no-cramps")
	if r.code != exitUser || !strings.Contains(r.stderr, "is empty, but snapshots of a diary lie beside it") || !strings.Contains(r.stderr, "cp ") {
		t.Errorf("log on an emptied diary: exit %d, stderr %q", r.code, r.stderr)
	}
	if fi, _ := os.Stat(db); fi.Size() != 0 {
		t.Error("the emptied diary was written")
	}
}

// failingWriter fails every write, as a full disk or a closed pipe does.
type failingWriter struct{ err error }

func (f failingWriter) Write([]byte) (int, error) { return 0, f.err }

// TestOutputThatCannotBeWrittenExitsOne: every command that prints exits 1
// when its output cannot be written.
func TestOutputThatCannotBeWrittenExitsOne(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	for _, args := range [][]string{{"show"}, {"show", "--json"}, {"list"}, {"week"}, {"week", "--json"}, {"check"},
		{"insights"}, {"export"}, {"log", "--stress", "2"}, {"report"}} {
		var errb bytes.Buffer
		code := run(env{
			args:   append([]string{"--db", db}, args...),
			stdin:  strings.NewReader(""),
			stdout: failingWriter{errors.New("no space left on device")},
			stderr: &errb,
			getenv: func(string) string { return "" },
			now:    func() time.Time { return fixedNow },
		})
		if code != exitUser || !strings.Contains(errb.String(), "cannot write the output: no space left on device") {
			t.Errorf("%v to a full disk: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// TestClosedPipeExitsOneQuietly: a reader that stops early, as head does,
// gets exit 1 (SPEC §9) and no line on stderr under the output it took.
func TestClosedPipeExitsOneQuietly(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	for _, args := range [][]string{{"list"}, {"export"}, {"insights", "--json"}} {
		var errb bytes.Buffer
		code := run(env{
			args:   append([]string{"--db", db}, args...),
			stdin:  strings.NewReader(""),
			stdout: failingWriter{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}},
			stderr: &errb,
			getenv: func(string) string { return "" },
			now:    func() time.Time { return fixedNow },
		})
		if code != exitUser || errb.Len() != 0 {
			t.Errorf("%v to a closed pipe: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// TestOutputFileNeverReplacesWhatItMustNot: -o refuses the diary, a
// snapshot, a link to either, a directory and a device, and follows a link
// to a plain file; no message names a temporary file.
func TestOutputFileNeverReplacesWhatItMustNot(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	mustOK(t, cramps(t, db, "log", "--stress", "2"))
	dir := filepath.Dir(db)
	snaps, _ := filepath.Glob(filepath.Join(dir, "backups", "diary-*.db"))
	if len(snaps) != 1 {
		t.Fatalf("snapshots %v", snaps)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	copyOf := filepath.Join(dir, "copy.db")
	mustOK(t, cramps(t, db, "backup", copyOf))
	diaryBytes, _ := os.ReadFile(db)
	for _, out := range []string{db, link, snaps[0], copyOf, dir, "/dev/null"} {
		r := cramps(t, db, "export", "-o", out)
		if r.code != exitUser || !strings.Contains(r.stderr, "nothing was written") {
			t.Errorf("export -o %s: exit %d, stderr %q", out, r.code, r.stderr)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(diaryBytes, after) {
		t.Fatal("the diary changed")
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link was replaced")
	}

	plain := filepath.Join(dir, "old.json")
	if err := os.WriteFile(plain, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	toPlain := filepath.Join(dir, "to-plain")
	if err := os.Symlink(plain, toPlain); err != nil {
		t.Fatal(err)
	}
	mustOK(t, cramps(t, db, "export", "-o", toPlain))
	if b, _ := os.ReadFile(plain); !bytes.HasPrefix(b, []byte("{")) {
		t.Errorf("the linked file holds %q", b)
	}
	if fi, err := os.Lstat(toPlain); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("a link to a plain file was replaced instead of followed")
	}

	r := cramps(t, db, "export", "-o", filepath.Join(dir, "no-such-dir", "x.json"))
	if r.code != exitUser || strings.Contains(r.stderr, ".x.json") || !strings.Contains(r.stderr, "there is no folder "+filepath.Join(dir, "no-such-dir")) {
		t.Errorf("export into a missing folder: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestImportKeepsTheRulesOfLog: nights after today and text that is not
// UTF-8 are refused, and every problem is listed, however many.
func TestImportKeepsTheRulesOfLog(t *testing.T) {
	db := tempDB(t)
	var nights []string
	for i := range 30 {
		nights = append(nights, `{"date":"2026-10-`+twoDigits(i+1)+`","sleep":{"quality":9}}`)
	}
	nights = append(nights, `{"date":"2027-01-01"}`, `{"date":"2026-11-15","notes":"caf`+"\xff"+`"}`)
	doc := `{"format":"cramps-diary","version":1,"nights":[` + strings.Join(nights, ",") + `]}`
	file := writeFile(t, "in.json", doc)
	r := cramps(t, db, "import", file)
	if r.code != exitUser || !strings.Contains(r.stderr, "has 31 problems") {
		t.Fatalf("import: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"nights[29].sleep.quality", "notes: is not valid UTF-8 text"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("import's list lacks %q", want)
		}
	}
	if strings.Contains(r.stderr, "more") {
		t.Errorf("import cut its list short: %q", r.stderr)
	}
	valid := `{"format":"cramps-diary","version":1,"nights":[{"date":"2026-11-21"},{"date":"2026-11-23"}]}`
	if err := os.WriteFile(file, []byte(valid), 0o600); err != nil {
		t.Fatal(err)
	}
	r = cramps(t, db, "import", file)
	if r.code != exitUser || !strings.Contains(r.stderr, "the night of 2026-11-23: has not begun yet") {
		t.Errorf("import of a night after today: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a refused import created the diary")
	}
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// TestFailedSnapshotIsReported: a snapshot that cannot be taken is said on
// stderr, and the save still happens.
func TestFailedSnapshotIsReported(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps", "--date", "2026-11-20"))
	if err := os.WriteFile(filepath.Join(filepath.Dir(db), "backups"), []byte("in the way"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := mustOK(t, cramps(t, db, "log", "--no-cramps"))
	if !strings.Contains(r.stderr, "cramps: warning: the daily snapshot was not taken: ") {
		t.Errorf("stderr %q", r.stderr)
	}
	mustOK(t, cramps(t, db, "show"))
}

// TestBackupOfADamagedDiaryIsRefused: an on-demand snapshot is a snapshot
// too, and a damaged diary is never copied into one.
func TestBackupOfADamagedDiaryIsRefused(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps", "--date", "2026-11-20"))
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	damageNight(t, db, "2026-11-20")
	out := filepath.Join(t.TempDir(), "copy.db")
	r := cramps(t, db, "backup", out)
	if r.code != exitUser || !strings.Contains(r.stderr, "is damaged, so no copy was made: the night 2026-11-20 cannot be read") {
		t.Errorf("backup: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Error("a copy of the damaged diary was made")
	}
}
