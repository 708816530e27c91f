package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestEmptyDateFlagIsRefused: a date flag given an empty value, as a
// script's --date "$D" with D unset gives it, is refused and changes
// nothing. Before, log took it for "last night" and wrote over that night,
// and list, insights and week took it for no limit.
func TestEmptyDateFlagIsRefused(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--episode", "calf,left,2m,5"))
	for _, args := range [][]string{
		{"log", "--date", "", "--no-cramps"},
		{"log", "--date", " ", "--no-cramps"},
		{"list", "--from", ""},
		{"insights", "--to", ""},
		{"week", "--date", ""},
		{"week", "--week", ""},
		{"report", "--from", ""},
		{"trial", "start", "stretched", "--start", "", "--dry-run"},
	} {
		r := cramps(t, db, args...)
		flag := args[len(args)-2]
		if args[0] == "log" || args[0] == "trial" {
			flag = map[string]string{"log": "--date", "trial": "--start"}[args[0]]
		}
		if r.code != exitUser || !strings.HasPrefix(r.stderr, "cramps: "+flag+" is empty; give ") || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	if r := mustOK(t, cramps(t, db, "show")); !strings.Contains(r.stdout, "1 cramp") {
		t.Errorf("last night was changed:\n%s", r.stdout)
	}
}

// TestDateOutsideTheDiarysYears: a date the diary cannot hold is refused
// with the years it can, as --week refuses one. Before, show advised
// 'cramps log --date 1890-01-01', which log then refused, and week drew a
// week of 1889–1890.
func TestDateOutsideTheDiarysYears(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	for _, args := range [][]string{
		{"show", "1890-01-01"},
		{"week", "--date", "1890-01-01"},
		{"log", "--date", "1890-01-01", "--no-cramps"},
		{"list", "--to", "2201-01-01"},
	} {
		r := cramps(t, db, args...)
		if r.code != exitUser || !strings.Contains(r.stderr, `: the year must be between 1900 and 2200`) || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
}

// TestLogEpisodeWithNoCramps: --episode with --no-cramps is refused in
// words (cobra said "if any flags in the group [episode no-cramps] are set
// none of the others can be"), still a usage error (TestUsageErrorsExitTwo).
func TestLogEpisodeWithNoCramps(t *testing.T) {
	db := tempDB(t)
	r := cramps(t, db, "log", "--no-cramps", "--episode", "calf,left,2m,5")
	if r.code != exitUsage || r.stderr != "cramps: --no-cramps says the night had no cramps and --episode gives one; give one or the other; nothing was saved\nRun 'cramps log --help' for usage.\n" {
		t.Errorf("exit %d, %q", r.code, r.stderr)
	}
	if r := cramps(t, db, "show"); r.code != exitUser {
		t.Errorf("something was saved: %q", r.stdout)
	}
}

// TestWeekTrendUnloggedIsNotZero: in week's 12-week trend a week with
// nothing logged is a dot and "–", not "0" beside a dot: a diary begun this
// month read "(0 0 0 0 0 0 0 0 0 4 4 2)", as if nine quiet weeks were logged.
func TestWeekTrendUnloggedIsNotZero(t *testing.T) {
	db := tempDB(t)
	logNights(t, db, 9) // Fri 13 to Sat 21 Nov: cramps on 2 of 3 nights of Mon 9 – Sun 15, 4 of 6 since
	r := mustOK(t, cramps(t, db, "week"))
	says(t, "week", r.stdout, "12 weeks of cramp nights, oldest first: ··········▃▅ (– – – – – – – – – – 2 4)")
}

// TestTrialStopExampleRuns: trial stop's help names a trial by an id of the
// form trials have (habit-date; it said 2026-12-14-magnesium, which no
// trial is called), and the example runs as written. A planned trial's
// report does not offer --peek, which has nothing to show before it starts.
func TestTrialStopExampleRuns(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "trial", "start", "magnesium", "--start", "2026-12-14"))
	if r := mustOK(t, cramps(t, db, "trial", "report")); strings.Contains(r.stdout, "--peek") {
		t.Errorf("a planned trial's report offers --peek:\n%s", r.stdout)
	}
	help := mustOK(t, cramps(t, db, "trial", "stop", "--help")).stdout
	const example = "cramps trial stop magnesium-2026-12-14"
	if !strings.Contains(help, "  "+example+"\n") {
		t.Fatalf("trial stop --help lacks %q:\n%s", example, help)
	}
	mustOK(t, cramps(t, db, strings.Fields(example)[1:]...))
}

// TestPathsThatCannotBe: a --db or -o path under a file, or in a folder that
// takes no files, is named in words: before, log said "cannot open the
// diary …: open diary …: stat …: not a directory" (Go's error, twice the
// path), show and status treated it as a damaged diary instead of no diary,
// and -o in /proc said "there is no folder /proc".
func TestPathsThatCannotBe(t *testing.T) {
	file := writeFile(t, "notes.txt", "not a folder")
	under := filepath.Join(file, "diary.db")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"log", "--no-cramps"}, exitUser, "cramps: cannot make the diary " + under + ": " + file + " is a file, not a folder\n"},
		{[]string{"show"}, exitUser, "cramps: there is no diary at " + under + " yet; log a night with 'cramps' or 'cramps log' first\n"},
		{[]string{"status"}, exitOK, ""},
	} {
		if r := cramps(t, under, c.args...); r.code != c.code || r.stderr != c.want {
			t.Errorf("--db under a file, %q: exit %d, stderr %q; want %d, %q", c.args, r.code, r.stderr, c.code, c.want)
		}
	}
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps"))
	if r := cramps(t, db, "export", "-o", filepath.Join(file, "x.json")); r.code != exitUser || !strings.Contains(r.stderr, ": "+file+" is a file, not a folder;") {
		t.Errorf("-o under a file: exit %d, %q", r.code, r.stderr)
	}
	if runtime.GOOS == "linux" {
		if r := cramps(t, db, "export", "-o", "/proc/x.json"); r.code != exitUser || r.stderr != "cramps: cannot write /proc/x.json: no file can be made in /proc; nothing was written\n" {
			t.Errorf("-o in /proc: exit %d, %q", r.code, r.stderr)
		}
	}
}

// TestNoFigures for weeks and nights to come: week and insights refuse a
// period after last night, as report does. Before, week --date 2030-01-01
// showed "0 of 0 nights logged so far" under today's red flags, and
// insights --from 2030-01-01 analysed "Tue 1 Jan 2030 to Tue 1 Jan 2030".
func TestNoFiguresForNightsToCome(t *testing.T) {
	db := tempDB(t)
	logNights(t, db, 3)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"week", "--date", "2030-01-01"}, "cramps: --date 2030-01-01: the week of Mon 31 Dec 2029 has not begun yet; the latest is this week, which holds last night (2026-11-21)\n"},
		{[]string{"week", "--week", "2026-W49", "--json"}, "cramps: --week 2026-W49: the week of Mon 30 Nov 2026 has not begun yet; the latest is this week, which holds last night (2026-11-21)\n"},
		{[]string{"insights", "--from", "2030-01-01"}, "cramps: --from 2030-01-01: that night has not ended yet; the latest night to analyse is last night, 2026-11-21\n"},
		{[]string{"insights", "--to", "2026-11-22", "--json"}, "cramps: --to 2026-11-22: that night has not ended yet; the latest night to analyse is last night, 2026-11-21\n"},
	} {
		if r := cramps(t, db, c.args...); r.code != exitUser || r.stderr != c.want || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want %q", c.args, r.code, r.stdout, r.stderr, c.want)
		}
	}
	// The week holding last night, and one holding tonight, still show.
	mustOK(t, cramps(t, db, "week", "--date", "2026-11-22"))
	mustOK(t, cramps(t, db, "week", "--week", "2026-W47"))
	mustOK(t, cramps(t, db, "insights", "--to", "2026-11-21"))
}

// TestExportEpisodesSaysCramps: export -o of the episodes table, a row a
// cramp, says how many cramps it wrote; it said "Wrote 3 nights", the
// count of another table.
func TestExportEpisodesSaysCramps(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--episode", "calf,left,2m,5", "--episode", "foot,right,1m,4"))
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-21", "--no-cramps"))
	file := filepath.Join(t.TempDir(), "cramps.csv")
	if r := mustOK(t, cramps(t, db, "export", "--format", "csv", "--table", "episodes", "-o", file)); r.stdout != "Wrote 2 cramps from 2 nights to "+file+".\n" {
		t.Errorf("export of the episodes table said %q", r.stdout)
	}
	file = filepath.Join(t.TempDir(), "nights.csv")
	if r := mustOK(t, cramps(t, db, "export", "--format", "csv", "-o", file)); r.stdout != "Wrote 2 nights to "+file+".\n" {
		t.Errorf("export of the nights table said %q", r.stdout)
	}
}

// TestHelpFitsEightyColumns: every command's help is read in a terminal of
// 80 columns: its prose, commands list and examples fit (the flag lines of
// cobra's table, and cobra's own completion sub-commands, are not ours to
// wrap). Before, insights --help ran its caveat to 101 columns, trial's
// habits to 110 and log's --episode help to 122.
func TestHelpFitsEightyColumns(t *testing.T) {
	var walk func(path []string)
	db := tempDB(t)
	seen := 0
	walk = func(path []string) {
		r := mustOK(t, cramps(t, db, append(path, "--help")...))
		seen++
		inCommands := false
		for line := range strings.SplitSeq(r.stdout, "\n") {
			if w := len([]rune(line)); w > 80 && !strings.HasPrefix(line, "  -") && !strings.HasPrefix(line, "      --") {
				t.Errorf("cramps %s --help: a line of %d columns:\n%s", strings.Join(path, " "), w, line)
			}
			switch {
			case strings.HasPrefix(line, "Available Commands:"):
				inCommands = true
			case line == "":
				inCommands = false
			case inCommands && (len(path) == 0 || path[0] != "completion"):
				if name := strings.Fields(line)[0]; name != "help" {
					walk(append(append([]string{}, path...), name))
				}
			}
		}
	}
	walk(nil)
	if seen < 20 {
		t.Errorf("walked only %d commands' help", seen)
	}
}

// TestLogYesNoSpaced: log's help shows "--stretched yes|no", and
// "--stretched no" is taken as written. Before, pflag read --stretched
// alone as yes and cobra called the "no" left over an unknown command.
func TestLogYesNoSpaced(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--no-cramps", "--notes", "no", "--stretched", "no", "--legs_elevated", "yes", "--massage"))
	r := mustOK(t, cramps(t, db, "show", "--json"))
	says(t, "show --json", r.stdout, `"stretched": false,`, `"legs_elevated": true,`, `"massage": true`, `"notes": "no"`)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"log", "--stretched", "maybe"}, exitUser, "cramps: --stretched: \"maybe\" is not yes or no\n"},
		{[]string{"log", "--water-ml", "5", "no"}, exitUsage, "cramps: log takes no words of its own, only flags: \"no\" is not the value of a flag\nRun 'cramps log --help' for usage.\n"},
	} {
		if r := cramps(t, db, c.args...); r.code != c.code || r.stderr != c.want {
			t.Errorf("%q: exit %d, %q; want %d, %q", c.args, r.code, r.stderr, c.code, c.want)
		}
	}
	if r := mustOK(t, cramps(t, db, "show", "--json")); !strings.Contains(r.stdout, `"stretched": false,`) {
		t.Errorf("a refused log changed the night:\n%s", r.stdout)
	}
}

// TestEpisodePartGivenTwice: a part of --episode given twice is refused,
// not the last one silently kept ("calf,left,2m,5,time=03:10,time=04:00"
// saved 04:00; "…,5,pain=9" saved 9).
func TestEpisodePartGivenTwice(t *testing.T) {
	db := tempDB(t)
	for _, c := range []struct{ episode, want string }{
		{"calf,left,2m,5,time=03:10,time=04:00", `time is given twice (time=03:10 and time=04:00)`},
		{"calf,left,2m,5,intensity=9", `pain is given twice (5 and intensity=9)`},
		{"calf,left,2m,,woke_me=yes,woke=no", `woke_me is given twice (woke_me=yes and woke=no)`},
	} {
		r := cramps(t, db, "log", "--episode", c.episode)
		if r.code != exitUser || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%q: exit %d, %q; want %q", c.episode, r.code, r.stderr, c.want)
		}
	}
	if r := cramps(t, db, "show"); r.code != exitUser {
		t.Errorf("a refused --episode saved a night:\n%s", r.stdout)
	}
	mustOK(t, cramps(t, db, "log", "--episode", "calf,,,,side=left,pain=5,duration_s=120"))
}

// TestReportBeforeTheDiary: a report whose every night is before the
// diary's first is refused; it said "Diary kept since: no nights logged
// yet" of a diary that has nights.
func TestReportBeforeTheDiary(t *testing.T) {
	db := tempDB(t)
	logNights(t, db, 3) // 19 to 21 November
	r := cramps(t, db, "report", "--from", "2026-11-01", "--to", "2026-11-10")
	if r.code != exitUser || r.stderr != "cramps: --to 2026-11-10 is before the diary's first night, 2026-11-19; a report covers nights from then on\n" || r.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = mustOK(t, cramps(t, db, "report", "--from", "2026-11-01", "--to", "2026-11-19"))
	says(t, "report", r.stdout, "**Diary kept since:** Thu 19 Nov 2026")
}

// TestUnknownSubcommand: a word that names no sub-command of a group is a
// usage error (exit 2) naming the likely one. Before, 'cramps trial strat'
// and 'cramps completion foo' printed the group's help and exited 0, so a
// script took the typo for success; the group alone still prints its help.
func TestUnknownSubcommand(t *testing.T) {
	db := tempDB(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"trial", "strat"}, "cramps: unknown command \"strat\" for \"cramps trial\"; did you mean start?\nRun 'cramps trial --help' for usage.\n"},
		{[]string{"completion", "tcsh"}, "cramps: unknown command \"tcsh\" for \"cramps completion\"; did you mean bash or fish or zsh?\nRun 'cramps completion --help' for usage.\n"},
		{[]string{"flags", "ak", "long_episode"}, "cramps: unknown command \"ak\" for \"cramps flags\"; did you mean ack?\nRun 'cramps flags --help' for usage.\n"},
		{[]string{"lst"}, "cramps: unknown command \"lst\" for \"cramps\"; did you mean list or log?\nRun 'cramps --help' for usage.\n"},
	} {
		if r := cramps(t, db, c.args...); r.code != exitUsage || r.stderr != c.want || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want %q", c.args, r.code, r.stdout, r.stderr, c.want)
		}
	}
	if r := mustOK(t, cramps(t, db, "trial")); !strings.Contains(r.stdout, "Available Commands:") {
		t.Errorf("cramps trial alone does not print its help:\n%s", r.stdout)
	}
}

// TestImportStdinAndDiaryFile: import - reads standard input, as export
// writes to it, so a diary can be copied in one pipe; a diary file given
// to import is named as one. Before, '-' was "that file does not exist" and
// a diary file "not valid CSV: bare \" in non-quoted-field".
func TestImportStdinAndDiaryFile(t *testing.T) {
	db := tempDB(t)
	logNights(t, db, 3)
	exported := mustOK(t, cramps(t, db, "export")).stdout

	other := tempDB(t)
	var out, errb bytes.Buffer
	code := run(env{
		args:  []string{"--db", other, "import", "-"},
		stdin: strings.NewReader(exported), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" },
		now:    func() time.Time { return fixedNow },
	})
	if code != exitOK || out.String() != "Imported standard input: 3 nights new, 0 replaced, 0 already there.\n" {
		t.Fatalf("import -: exit %d, %q, %q", code, out.String(), errb.String())
	}
	if again := mustOK(t, cramps(t, other, "export")).stdout; again != exported {
		t.Errorf("import - did not bring the diary over whole:\n%s\nwant\n%s", again, exported)
	}

	r := cramps(t, other, "import", db)
	if r.code != exitUser || r.stderr != "cramps: cannot import "+db+": it is a cramps diary file, not an export; open it with --db "+db+
		", or export it first: cramps --db "+db+" export -o diary.json\n" {
		t.Errorf("import of a diary file: exit %d, %q", r.code, r.stderr)
	}
}

// TestLinesFitEightyColumns: human output fits 80 columns (the width when
// stdout is no terminal) and list keeps a row a night. Before, a word
// ending in a hyphen ran to column 81 (ansi.Wordwrap's overflow), a list
// row with a note was 92 columns, a note's line break split its row in
// two, and the lines under flags and above show --usual ran past 80.
func TestLinesFitEightyColumns(t *testing.T) {
	text := "Your diary shows no clear change in cramps after starting atorvastatin. A before-and-after comparison cannot separate"
	for line := range strings.SplitSeq(wordwrap(text, 80), "\n") {
		if w := len([]rune(line)); w > 80 {
			t.Errorf("wordwrap gave a line of %d columns: %q", w, line)
		}
	}
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--episode", "calf,left,14m,8", "--notes", "calf would not let go;\nwalked it off\tin the kitchen"))
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-21", "--no-cramps"))
	list := mustOK(t, cramps(t, db, "list")).stdout
	if want := "Fri 2026-11-20  1       14m         8      –      –           calf would not le…\n"; !strings.Contains(list, want) {
		t.Errorf("list:\n%s\nwant the row\n%s", list, want)
	}
	for _, args := range [][]string{{"list"}, {"flags"}, {"show", "--usual"}, {"show", "2026-11-20"}, {"insights"}, {"week"}} {
		out := mustOK(t, cramps(t, db, args...)).stdout
		for line := range strings.SplitSeq(out, "\n") {
			if w := len([]rune(line)); w > 80 {
				t.Errorf("%q: a line of %d columns:\n%s", args, w, line)
			}
		}
	}
}

// TestLogMedicationsFromTheProfile: --medications takes the profile's
// medicines, as its help says and as the Log screen offers them, in any
// case; a name the profile lacks is refused and nothing saved. Before, any
// word was saved ("furosemid"), a medicine no start date or report knows.
func TestLogMedicationsFromTheProfile(t *testing.T) {
	db := tempDB(t)
	file := writeFile(t, "profile.json", `{"format":"cramps-diary","version":1,
"profile":{"medications":[{"name":"furosemide","class":"diuretic"},{"name":"amlodipine"}]},"nights":[]}`)
	mustOK(t, cramps(t, db, "import", file))
	r := cramps(t, db, "log", "--no-cramps", "--medications", "furosemid")
	if r.code != exitUser || r.stderr != "cramps: --medications: \"furosemid\" is not a medicine in your profile (its medicines are furosemide and amlodipine); add it on the Profile screen ('cramps', key 5) first\n" {
		t.Errorf("a medicine not in the profile: exit %d, %q", r.code, r.stderr)
	}
	if r := cramps(t, db, "show"); r.code != exitUser {
		t.Errorf("the refused night was saved:\n%s", r.stdout)
	}
	mustOK(t, cramps(t, db, "log", "--no-cramps", "--medications", "Furosemide,amlodipine"))
	says(t, "show --json", mustOK(t, cramps(t, db, "show", "--json")).stdout, `"medications": [ "furosemide", "amlodipine" ]`)
}

// TestLogUsualOnALoggedNight: --usual fills in a new night only, and on a
// logged night log says it filled in nothing; it said only "Updated", as
// if the usual values had been filled in.
func TestLogUsualOnALoggedNight(t *testing.T) {
	db := tempDB(t)
	logNights(t, db, 3)
	r := mustOK(t, cramps(t, db, "log", "--no-cramps", "--usual"))
	if r.stdout != "Updated the night of Sat 21 Nov 2026: no cramps.\nIt was logged already, so --usual filled in nothing: it keeps its other values.\n" {
		t.Errorf("log --usual on a logged night said %q", r.stdout)
	}
	r = mustOK(t, cramps(t, db, "log", "--date", "2026-11-10", "--no-cramps", "--usual"))
	if r.stdout != "Saved the night of Tue 10 Nov 2026: no cramps.\n" {
		t.Errorf("log --usual on a new night said %q", r.stdout)
	}
}

// TestTrialDryRunNamesItsStart: the dry run ends with the command that
// starts the trial it planned, flags and all. It said 'cramps trial start
// stretched' after --pairs 5, which starts a trial of 42 pairs.
func TestTrialDryRunNamesItsStart(t *testing.T) {
	db := tempDB(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"stretched", "--pairs", "6"}, "'cramps trial start stretched --pairs 6' starts it."},
		{[]string{"magnesium", "--period", "3", "--start", "2026-12-10"}, "'cramps trial start magnesium --start 2026-12-10 --period 3 --washout 1' starts it."},
		{[]string{"magnesium", "--start", "today"}, "'cramps trial start magnesium' starts it."},
	} {
		out := mustOK(t, cramps(t, db, append(append([]string{"trial", "start"}, c.args...), "--dry-run")...)).stdout
		says(t, "trial start --dry-run "+strings.Join(c.args, " "), out, c.want)
		// And it starts the trial planned.
		start := strings.Fields(strings.Trim(strings.TrimSuffix(c.want, " starts it."), "'"))[1:]
		plan := mustOK(t, cramps(t, db, append(start, "--dry-run", "--json")...)).stdout
		want := mustOK(t, cramps(t, db, append(append([]string{"trial", "start"}, c.args...), "--dry-run", "--json")...)).stdout
		if plan != want {
			t.Errorf("%q plans\n%s\nnot the plan of %q:\n%s", start, plan, c.args, want)
		}
	}
}

// TestInsightsBeforeTheDiary: insights refuses a period that ends before
// the diary's first night, as report does; it printed "Insights — no
// nights, 0 nights logged with or without cramps" and "from": null.
func TestInsightsBeforeTheDiary(t *testing.T) {
	db := tempDB(t)
	logNights(t, db, 3) // 19 to 21 November
	for _, args := range [][]string{{"insights", "--to", "2026-11-10"}, {"insights", "--from", "2026-11-01", "--to", "2026-11-18", "--json"}} {
		r := cramps(t, db, args...)
		if r.code != exitUser || !strings.HasPrefix(r.stderr, "cramps: --to 2026-11-") || !strings.HasSuffix(r.stderr, " is before the diary's first night, 2026-11-19; there are no nights to analyse\n") || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	says(t, "insights", mustOK(t, cramps(t, db, "insights", "--to", "2026-11-19")).stdout, "Insights — Thu 19 Nov 2026 to Thu 19 Nov 2026, 1 night logged with or without cramps")
}

// TestWeekISOWeekFromSunday: with weeks from Sunday, --week names the week
// holding the ISO week's Monday, and its help says so; it said only "an
// ISO week", and showed Sun 22 to Sat 28 Nov for 2026-W48 (Mon 23 to Sun 29).
func TestWeekISOWeekFromSunday(t *testing.T) {
	db := tempDB(t)
	file := writeFile(t, "profile.json", `{"format":"cramps-diary","version":1,"profile":{"week_start":"sunday"},"nights":[{"date":"2026-11-20","episodes":[]}]}`)
	mustOK(t, cramps(t, db, "import", file))
	says(t, "week --week 2026-W47", mustOK(t, cramps(t, db, "week", "--week", "2026-W47")).stdout, "Week of Sun 15 Nov to Sat 21 Nov 2026")
	says(t, "week --help", mustOK(t, cramps(t, db, "week", "--help")).stdout, "an ISO week, e.g. 2026-W47 (with weeks from Sunday, the one holding its Monday)")
}

// TestExportFormatAnyCase: --format and --table take any case, as log's
// words do; --format CSV was refused ("use json or csv").
func TestExportFormatAnyCase(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--episode", "calf,left,2m,5"))
	want := mustOK(t, cramps(t, db, "export", "--format", "csv", "--table", "episodes")).stdout
	if got := mustOK(t, cramps(t, db, "export", "--format", "CSV", "--table", "Episodes")).stdout; got != want {
		t.Errorf("--format CSV --table Episodes wrote\n%s\nwant\n%s", got, want)
	}
}

// TestWeekTitleNightsWithoutCramps: a week whose nights are in the diary,
// some without their cramps, is titled as the Week screen titles it,
// "N of 7 nights' cramps logged"; "5 of 7 nights logged" read as if two
// nights were missing.
func TestWeekTitleNightsWithoutCramps(t *testing.T) {
	db := tempDB(t)
	for d := 9; d <= 15; d++ {
		date := fmt.Sprintf("2026-11-%02d", d)
		if d <= 10 {
			mustOK(t, cramps(t, db, "log", "--date", date, "--water-ml", "1500"))
		} else {
			mustOK(t, cramps(t, db, "log", "--date", date, "--no-cramps"))
		}
	}
	says(t, "week", mustOK(t, cramps(t, db, "week", "--week", "2026-W46")).stdout, "Week of Mon 9 Nov to Sun 15 Nov 2026 — 5 of 7 nights' cramps logged")
	says(t, "week", mustOK(t, cramps(t, db, "week")).stdout, "Week of Mon 16 Nov to Sun 22 Nov 2026 — 0 of 6 nights logged so far")
}

// TestHelpOfNoCommand: 'cramps help TOPIC' for a topic that names no
// command is a usage error naming the likely one, as an unknown command
// is; cobra printed cramps' help and exited 0.
func TestHelpOfNoCommand(t *testing.T) {
	db := tempDB(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"help", "lgo"}, "cramps: no help topic \"lgo\": it names no command; did you mean log?\n"},
		{[]string{"help", "trial", "strat"}, "cramps: no help topic \"trial strat\": it names no command; did you mean start?\n"},
	} {
		if r := cramps(t, db, c.args...); r.code != exitUsage || !strings.HasPrefix(r.stderr, c.want) || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want %q", c.args, r.code, r.stdout, r.stderr, c.want)
		}
	}
	for _, args := range [][]string{{"help"}, {"help", "log"}, {"help", "trial", "start"}} {
		if r := mustOK(t, cramps(t, db, args...)); !strings.Contains(r.stdout, "Usage:") {
			t.Errorf("%q printed no help:\n%s", args, r.stdout)
		}
	}
}
