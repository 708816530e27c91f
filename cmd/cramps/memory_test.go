package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// TestWholeDiaryReadsReadyTheHeap: the commands that read every night call
// env.bulk once, with the size of the diary's file, before they read; the
// prompt's status, which reads a few weeks, never does.
func TestWholeDiaryReadsReadyTheHeap(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	fi, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args  []string
		calls int
	}{
		{[]string{"insights", "--json"}, 1},
		{[]string{"week", "--json"}, 1},
		{[]string{"export"}, 1},
		{[]string{"report"}, 1},
		{[]string{"status"}, 0},
		{[]string{"--version"}, 0},
	} {
		var sizes []int64
		var out, errb bytes.Buffer
		code := run(env{
			args:   append([]string{"--db", db}, c.args...),
			stdin:  strings.NewReader(""),
			stdout: &out,
			stderr: &errb,
			getenv: func(string) string { return "" },
			now:    func() time.Time { return fixedNow },
			bulk:   func(n int64) { sizes = append(sizes, n) },
		})
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, errb.String())
		}
		if len(sizes) != c.calls {
			t.Errorf("%v readied the heap %d times, want %d", c.args, len(sizes), c.calls)
		}
		for _, n := range sizes {
			if n != fi.Size() {
				t.Errorf("%v readied the heap for %d bytes, want the file's %d", c.args, n, fi.Size())
			}
		}
	}
}
