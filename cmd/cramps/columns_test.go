package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/charmbracelet/x/ansi"
)

// TestColumnsAlignWhatTheTerminalShows: a table whose cells are coloured
// or bold lines up on screen exactly as the same table in plain text, and
// plain text comes out as text/tabwriter (padding 2) lays it out, without
// trailing spaces.
func TestColumnsAlignWhatTheTerminalShows(t *testing.T) {
	rows := [][]string{
		{"", "this week", "last week", "", "4-week average", ""},
		{"cramp nights", "2", "2", "=", "0.5", "↑1.5"},
		{"cramp time", "1m40s", "15m20s", "↓13m40s", "3m50s", "↓2m10s"},
		{"sleep efficiency", "90%", "90%", "=", "91%", "↓1 pt"},
	}
	paint := map[string]string{"↑1.5": "\x1b[33m", "↓13m40s": "\x1b[32m", "↓2m10s": "\x1b[32m", "this week": "\x1b[1m"}
	write := func(w interface{ Write([]byte) (int, error) }, colour bool) {
		for _, r := range rows {
			cells := make([]string, len(r))
			for i, c := range r {
				if code, ok := paint[c]; ok && colour {
					c = code + c + "\x1b[0m"
				}
				cells[i] = c
			}
			fmt.Fprintln(w, strings.Join(cells, "\t"))
		}
	}
	var plain, coloured, tw bytes.Buffer
	c := table(&plain)
	write(c, false)
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	c = table(&coloured)
	write(c, true)
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(coloured.String(), "\x1b[33m↑1.5\x1b[0m") {
		t.Fatalf("the colour is gone:\n%q", coloured.String())
	}
	if got := ansi.Strip(coloured.String()); got != plain.String() {
		t.Errorf("coloured, as the terminal shows it:\n%s\nplain:\n%s", got, plain.String())
	}
	w := tabwriter.NewWriter(&tw, 0, 0, 2, ' ', 0)
	write(w, false)
	w.Flush()
	var want []string
	for line := range strings.SplitSeq(strings.TrimSuffix(tw.String(), "\n"), "\n") {
		want = append(want, strings.TrimRight(line, " "))
	}
	if got := strings.TrimSuffix(plain.String(), "\n"); got != strings.Join(want, "\n") {
		t.Errorf("plain:\n%s\ntabwriter:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestOutputOfSeesThroughTheWatch: colour and width are asked of the
// command's own stdout, not of the watch on its write errors around it.
func TestOutputOfSeesThroughTheWatch(t *testing.T) {
	var b bytes.Buffer
	if outputOf(&outputErrors{w: &b}) != &b || outputOf(&b) != &b {
		t.Fatal("outputOf does not give the writer underneath")
	}
}
