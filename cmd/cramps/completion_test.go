package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"
)

// complete asks cramps, as the shells' scripts do, for the completions of
// the command line args (the last one is the word being typed), and returns
// them without their descriptions, and the directive.
func complete(t *testing.T, db string, args ...string) ([]string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(env{
		args:   append([]string{"__complete", "--db", db}, args...),
		stdout: &out,
		stderr: &errb,
		getenv: func(string) string { return "" },
		now:    func() time.Time { return fixedNow },
	})
	if code != 0 {
		t.Fatalf("__complete %v: exit %d, stderr %q", args, code, errb.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	var words []string
	for _, l := range lines[:len(lines)-1] {
		w, _, _ := strings.Cut(l, "\t")
		words = append(words, w)
	}
	return words, lines[len(lines)-1]
}

func TestCompletion(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	mustOK(t, cramps(t, db, "import", writeFile(t, "in.json", `{"format":"cramps-diary","version":1,
 "profile":{"medications":[{"name":"furosemide","class":"diuretic"},{"name":"amlodipine"}]},"nights":[]}`)))
	for _, tc := range []struct {
		args      []string
		want      []string
		directive string // cobra's ShellCompDirective, as __complete prints it
	}{
		{[]string{""}, []string{"backup", "check", "completion", "demo", "export", "flags", "help", "import", "insights", "list", "log", "report", "show", "status", "trial", "week"}, ":4"},
		{[]string{"trial", "start", ""}, []string{"stretched", "legs_elevated", "massage", "knees_supported", "tight_blankets", "alcohol", "late_caffeine", "magnesium"}, ":4"},
		{[]string{"trial", "start", "stretched", "--start", ""}, []string{"2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28"}, ":36"},
		{[]string{"trial", "start", "stretched", ""}, nil, ":4"},
		{[]string{"sh"}, []string{"show"}, ":4"},
		{[]string{"st"}, []string{"status"}, ":4"},
		{[]string{"status", "--"}, []string{"--help", "--json"}, ":4"},
		{[]string{"completion", ""}, []string{"bash", "fish", "powershell", "zsh"}, ":4"},
		{[]string{"show", "--"}, []string{"--help", "--json", "--usual"}, ":4"},
		{[]string{"list", "--"}, []string{"--figures", "--from", "--help", "--json", "--to"}, ":4"},
		{[]string{"export", "--format", ""}, []string{"json", "csv"}, ":4"},
		{[]string{"export", "--table", "e"}, []string{"nights", "episodes"}, ":4"},
		{[]string{"export", "-o", ""}, []string{"json", "csv"}, ":8"},
		{[]string{"report", "--output", ""}, []string{"md", "html", "htm"}, ":8"},
		{[]string{"import", ""}, []string{"json", "csv"}, ":8"},
		{[]string{"--db", ""}, []string{"db"}, ":8"},
		{[]string{"show", ""}, []string{"2026-11-21", "2026-11-20", "2026-11-19", "2026-11-18", "2026-11-17", "2026-11-16", "2026-11-15", "today", "yesterday", "last-night"}, ":36"},
		{[]string{"show", "2026-11-21", ""}, nil, ":4"},
		{[]string{"list", "--from", ""}, []string{"2026-11-21", "2026-11-20", "2026-11-19", "2026-11-18", "2026-11-17", "2026-11-16", "2026-11-15", "today", "yesterday", "last-night"}, ":36"},
		{[]string{"week", "--week", ""}, []string{"2026-W47", "2026-W46", "2026-W45", "2026-W44", "2026-W43"}, ":36"},
		{[]string{"log", "--sleep-position", ""}, []string{"back", "side", "stomach", "mixed"}, ":4"},
		{[]string{"log", "--exercise_intensity", ""}, []string{"none", "light", "moderate", "strenuous"}, ":4"},
		{[]string{"log", "--supplements", "magnesium,"}, []string{"magnesium,potassium", "magnesium,calcium", "magnesium,electrolytes", "magnesium,vitamin_b"}, ":6"},
		{[]string{"log", "--medications", ""}, []string{"furosemide", "amlodipine", "none"}, ":6"},
		{[]string{"log", "--episode", ""}, []string{"calf,", "foot,", "toes,", "shin,", "thigh_front,", "thigh_back,", "other,"}, ":6"},
		{[]string{"log", "--episode", "calf,"}, []string{"calf,left,", "calf,right,", "calf,both,"}, ":6"},
		{[]string{"log", "--episode", "calf,left,"}, nil, ":6"},
		{[]string{"log", "--stretched", ""}, []string{"yes", "no"}, ":4"},
		{[]string{"log", "--legs_elevated", "n"}, []string{"yes", "no"}, ":4"},
		{[]string{"log", "--notes", "x", ""}, nil, ":4"},
	} {
		got, dir := complete(t, db, tc.args...)
		if !slices.Equal(got, tc.want) || dir != tc.directive {
			t.Errorf("cramps %s<TAB>: %q %s, want %q %s", strings.Join(tc.args, " "), got, dir, tc.want, tc.directive)
		}
	}
	got, _ := complete(t, db, "log", "--unset", "")
	for _, key := range []string{"water_ml", "stretched", "notes", "episodes", "sleep_position"} {
		if !slices.Contains(got, key) {
			t.Errorf("log --unset <TAB> lacks %s: %q", key, got)
		}
	}
}

// TestCompletionScripts checks that each shell's script is printed and names cramps.
func TestCompletionScripts(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		r := mustOK(t, cramps(t, tempDB(t), "completion", shell))
		if !strings.Contains(r.stdout, "cramps") || !strings.Contains(r.stdout, "__complete") {
			t.Errorf("completion %s printed no script:\n%.300s", shell, r.stdout)
		}
	}
	r := mustOK(t, cramps(t, tempDB(t), "--help"))
	if !strings.Contains(r.stdout, "\n  completion ") {
		t.Errorf("--help does not list completion:\n%s", r.stdout)
	}
}

// TestCompletionOfIDs checks the completions the trial and flags commands
// take: the habits a trial can test, the diary's trials, the raised red flags.
func TestCompletionOfIDs(t *testing.T) {
	var habits []string
	for _, c := range habitChoices() {
		w, _, _ := strings.Cut(c, "\t")
		habits = append(habits, w)
	}
	if want := []string{"stretched", "legs_elevated", "massage", "knees_supported", "tight_blankets", "alcohol", "late_caffeine", "magnesium"}; !slices.Equal(habits, want) {
		t.Errorf("trial start <TAB>: %q, want %q", habits, want)
	}

	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", writeFile(t, "in.json", `{"format":"cramps-diary","version":1,
 "nights":[{"date":"2026-11-21","episodes":[{"muscle":"calf","duration_s":720}]}],
 "trials":[{"id":"stretched-2026-09-01","habit":"stretched","start":"2026-09-01","period_nights":1,"washout_nights":0,"pairs":5,"order":["AB","BA","AB","AB","BA"]},
   {"id":"massage-2026-11-20","habit":"massage","start":"2026-11-20","period_nights":1,"washout_nights":0,"pairs":5,"order":["AB","BA","AB","AB","BA"]}]}`)))
	a := &app{env: env{now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}, db: db}
	if got, want := a.trialIDs(), []string{"massage-2026-11-20\tleg massage", "stretched-2026-09-01\tstretching"}; !slices.Equal(got, want) {
		t.Errorf("trial report <TAB>: %q, want %q", got, want)
	}
	if got, want := a.raisedFlagIDs(), []string{"long_episode\turgent: a cramp over 10 minutes"}; !slices.Equal(got, want) {
		t.Errorf("flags ack <TAB>: %q, want %q", got, want)
	}
	if got, dir := complete(t, db, "trial", "report", ""); !slices.Equal(got, []string{"massage-2026-11-20", "stretched-2026-09-01"}) || dir != ":4" {
		t.Errorf("cramps trial report <TAB>: %q %s, want the two trials, newest first", got, dir)
	}
	if got, dir := complete(t, db, "flags", "ack", ""); !slices.Equal(got, []string{"long_episode"}) || dir != ":4" {
		t.Errorf("cramps flags ack <TAB>: %q %s, want the one flag raised", got, dir)
	}
	if got, _ := complete(t, db, "flags", "ack", "long_episode", ""); len(got) != 0 {
		t.Errorf("cramps flags ack long_episode <TAB>: %q, want nothing more", got)
	}
	// No diary: nothing, and no diary made.
	a.db = tempDB(t)
	if got := append(a.trialIDs(), a.raisedFlagIDs()...); len(got) != 0 {
		t.Errorf("completions from no diary: %q", got)
	}
}
