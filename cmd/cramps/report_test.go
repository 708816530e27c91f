package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
	"github.com/crampsdiary/cramps/insights/report"
)

// reportDemoDB returns a diary holding the demo diary ending last night,
// imported through the command line, and the report `cramps report` should
// print for it by default.
func reportDemoDB(t *testing.T) (db string, want report.Report) {
	t.Helper()
	last := diary.LastNight(fixedNow)
	p, nights := demo.Default(last)
	var b bytes.Buffer
	if err := diary.EncodeJSON(&b, p, nights); err != nil {
		t.Fatal(err)
	}
	file := writeFile(t, "demo.json", b.String())
	db = tempDB(t)
	mustOK(t, cramps(t, db, "import", file))
	return db, report.Build(nights, p, report.Recent(last, report.DefaultWeeks, diary.Some(nights[0].Date)), fixedNow)
}

func TestReportPrintsMarkdown(t *testing.T) {
	db, rep := reportDemoDB(t)
	var want bytes.Buffer
	if err := rep.Markdown(&want); err != nil {
		t.Fatal(err)
	}
	r := mustOK(t, cramps(t, db, "report"))
	if r.stdout != want.String() {
		t.Errorf("cramps report printed\n%.400s…\nwant the report of the last 12 weeks\n%.400s…", r.stdout, want.String())
	}
	if !strings.Contains(r.stdout, "- **Period:** Sun 30 Aug 2026 to Sat 21 Nov 2026 (84 nights)") {
		t.Errorf("the default period is not the 84 nights from Sunday 30 August")
	}
}

func TestReportWritesFiles(t *testing.T) {
	db, rep := reportDemoDB(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"report.html", func(b *bytes.Buffer) error { return rep.HTML(b) }},
		{"Report.HTM", func(b *bytes.Buffer) error { return rep.HTML(b) }},
		{"report.md", func(b *bytes.Buffer) error { return rep.Markdown(b) }},
	} {
		path := filepath.Join(dir, tc.file)
		r := mustOK(t, cramps(t, db, "report", "-o", path))
		if want := "Wrote the report of Sun 30 Aug 2026 to Sat 21 Nov 2026 to " + path + ".\n"; r.stdout != want {
			t.Errorf("-o %s printed %q, want %q", tc.file, r.stdout, want)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := tc.write(&want); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s holds %.200q…, not the report", tc.file, got)
		}
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v (%v), want 0600: the report is health data", tc.file, fi.Mode().Perm(), err)
		}
	}
	if html, _ := os.ReadFile(filepath.Join(dir, "report.html")); !bytes.HasPrefix(html, []byte("<!DOCTYPE html>")) || !bytes.HasSuffix(html, []byte("</html>\n")) {
		t.Errorf("report.html is not a whole page")
	}
}

func TestReportRefusesOtherFormats(t *testing.T) {
	db, _ := reportDemoDB(t)
	dir := t.TempDir()
	for _, name := range []string{"report.pdf", "report", "report.html.txt"} {
		path := filepath.Join(dir, name)
		r := cramps(t, db, "report", "-o", path)
		if want := "-o " + path + ": the report is written as .md (Markdown) or .html"; r.code != exitUser || !strings.Contains(r.stderr, want) {
			t.Errorf("-o %s: exit %d, stderr %q; want exit 1 and %q", name, r.code, r.stderr, want)
		}
		if strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("-o %s: the error is not one line: %q", name, r.stderr)
		}
		if _, err := os.Stat(path); err == nil {
			t.Errorf("-o %s wrote a file", name)
		}
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("refused reports left %d files behind", len(left))
	}
}

func TestReportWithoutDiary(t *testing.T) {
	db := tempDB(t)
	r := cramps(t, db, "report")
	if r.code != exitUser || !strings.Contains(r.stderr, "there is no diary at") {
		t.Errorf("report on no diary: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("report created the diary")
	}
}

func TestReportPeriods(t *testing.T) {
	db, _ := reportDemoDB(t)
	for _, tc := range []struct {
		args   []string
		period string
	}{
		{[]string{"--weeks", "2"}, "Sun 8 Nov 2026 to Sat 21 Nov 2026 (14 nights)"},
		{[]string{"--from", "2026-11-01", "--to", "2026-11-14"}, "Sun 1 Nov 2026 to Sat 14 Nov 2026 (14 nights)"},
		{[]string{"--to", "2026-11-14", "--weeks", "1"}, "Sun 8 Nov 2026 to Sat 14 Nov 2026 (7 nights)"},
		{[]string{"--from", "2026-11-20"}, "Fri 20 Nov 2026 to Sat 21 Nov 2026 (2 nights)"},
		{[]string{"--to", "last-night", "--weeks", "52"}, "Sun 2 Aug 2026 to Sat 21 Nov 2026 (112 nights)"},
	} {
		r := mustOK(t, cramps(t, db, append([]string{"report"}, tc.args...)...))
		if want := "- **Period:** " + tc.period + "\n"; !strings.Contains(r.stdout, want) {
			t.Errorf("report %v: period line is not %q:\n%.300s", tc.args, want, r.stdout)
		}
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--to", "2026-11-22"}, exitUser, "--to 2026-11-22: that night has not ended yet"},
		{[]string{"--from", "2026-11-21", "--to", "2026-11-20"}, exitUser, "--from 2026-11-21 is after --to 2026-11-20"},
		{[]string{"--weeks", "0"}, exitUser, "--weeks must be from 1 to 520 (ten years), not 0"},
		{[]string{"--weeks", "4", "--from", "2026-11-01"}, exitUser, "cannot be given with --from"},
		{[]string{"--from", "1 Nov"}, exitUser, `--from: "1 Nov" is not a date`},
		{[]string{"--weeks", "many"}, exitUsage, "--weeks"},
		{[]string{"2026-11-01"}, exitUsage, "unknown command"},
	} {
		r := cramps(t, db, append([]string{"report"}, tc.args...)...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("report %v: exit %d, stderr %q; want exit %d and %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
	}
}

// TestReportOfANewDiary: the default period is the last 84 nights but never
// before the diary's first night (issue 11.6).
func TestReportOfANewDiary(t *testing.T) {
	db := tempDB(t)
	for i := 12; i >= 0; i-- {
		mustOK(t, cramps(t, db, "log", "--date", diary.LastNight(fixedNow).AddDays(-i).String(), "--no-cramps"))
	}
	r := mustOK(t, cramps(t, db, "report"))
	for _, want := range []string{"(13 nights)", "13 of 13 nights"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the report of a 13-night diary lacks %q:\n%s", want, r.stdout[:min(len(r.stdout), 1500)])
		}
	}
}
