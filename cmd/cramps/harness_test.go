package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/internal/goldenfile"
	"github.com/crampsdiary/cramps/store"
)

// The one harness of the command's in-process tests: a fixed clock, a
// throw-away diary, a command line run against it, and golden files.

// fixedNow is the morning every in-process test runs at: Sunday 22 November
// 2026, so last night is Saturday the 21st.
var fixedNow = time.Date(2026, 11, 22, 7, 30, 0, 0, time.Local)

type result struct {
	code           int
	stdout, stderr string
}

// cramps runs one command line in-process against the diary at db.
func cramps(t *testing.T, db string, args ...string) result {
	t.Helper()
	return crampsAt(t, db, fixedNow, args...)
}

// crampsAt runs one command line in-process at the time now.
func crampsAt(t *testing.T, db string, now time.Time, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(env{
		args:   append([]string{"--db", db}, args...),
		stdin:  strings.NewReader(""),
		stdout: &out,
		stderr: &errb,
		getenv: func(string) string { return "" },
		now:    func() time.Time { return now },
	})
	return result{code, out.String(), errb.String()}
}

func tempDB(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "cramps", "diary.db")
}

func mustOK(t *testing.T, r result) result {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	return r
}

// says checks that out, its white space folded, holds every one of want.
func says(t *testing.T, what, out string, want ...string) {
	t.Helper()
	folded := strings.Join(strings.Fields(out), " ")
	for _, w := range want {
		if !strings.Contains(folded, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, out)
		}
	}
}

// writeFile writes text to a new file called name in a folder of the test's
// own, and returns its path: a file to import, a file that is not a diary.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// openDiary opens the diary at db directly, past the command; the caller closes it.
func openDiary(tb testing.TB, db string, o store.Options) *store.Store {
	tb.Helper()
	s, err := store.Open(db, o)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// writeDiary writes a diary of p and nights at db, as import would.
func writeDiary(tb testing.TB, db string, p diary.Profile, nights []diary.Night) {
	tb.Helper()
	s := openDiary(tb, db, store.Options{NoSnapshot: true})
	defer s.Close()
	if err := s.Import(&p, nights); err != nil {
		tb.Fatal(err)
	}
}

func storedTrials(t *testing.T, db string) []diary.Trial {
	t.Helper()
	s := openDiary(t, db, store.Options{ReadOnly: true})
	defer s.Close()
	ts, err := s.Trials()
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// logNights logs n nights before fixedNow's tonight, a cramp on two of every three.
func logNights(t *testing.T, db string, n int) {
	t.Helper()
	for i := 1; i <= n; i++ {
		d := diary.DateOf(fixedNow).AddDays(-i).String()
		if i%3 == 0 {
			mustOK(t, cramps(t, db, "log", "--date", d, "--no-cramps"))
		} else {
			mustOK(t, cramps(t, db, "log", "--date", d, "--episode", "calf,left,2m,5"))
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), []byte(got), *update)
}
