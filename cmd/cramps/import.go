package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/store"
)

func (a *app) importCmd() *cobra.Command {
	var dryRun, overwrite bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Read nights from a JSON export or a nights CSV",
		Long: `Read a diary exported by cramps (JSON), or a nights table (CSV); FILE -
reads standard input.

Import is all or nothing: if any night in the file is invalid, nothing is
written and every problem is listed with where it is. Nights already in the
diary with different contents are conflicts, listed and not written, unless
--overwrite. --dry-run says what would change and changes nothing.`,
		Example: `  cramps import diary.json --dry-run
  cramps import diary.json
  cramps import nights.csv --overwrite
  cramps export | cramps --db other.db import -   # - reads standard input`,
		Args: oneArg("FILE"),
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			return a.runImport(cmd.OutOrStdout(), args[0], dryRun, overwrite)
		}),
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "say what would change, change nothing")
	cmd.Flags().BoolVar(&overwrite, "overwrite", false, "replace nights (and the profile) that differ from the file")
	return cmd
}

// readImport reads FILE as JSON or as a nights CSV, by its extension or, when
// that says nothing, its first character; "-" is stdin, as export's -o - is
// stdout, so that 'cramps export | cramps --db new.db import -' works.
func readImport(path string, stdin io.Reader) (diary.Document, error) {
	var b []byte
	var err error
	if path == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	if err == nil && path != "-" && isBoltFile(path) {
		return diary.Document{}, fmt.Errorf("cannot import %s: it is a cramps diary file, not an export; open it with --db %s, or export it first: cramps --db %s export -o diary.json",
			path, shellQuote(path), shellQuote(path))
	}
	if err != nil {
		why := fileWords(path, err)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			why = "that file does not exist"
		case errors.Is(err, syscall.EISDIR):
			why = "it is a folder; give the file 'cramps export' wrote"
		case errors.Is(err, fs.ErrPermission):
			why = "you may not read it"
		}
		return diary.Document{}, fmt.Errorf("cannot read %s: %s; nothing was imported", path, why)
	}
	ext := strings.ToLower(filepath.Ext(path))
	isJSON := ext == ".json" || (ext != ".csv" && bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")))
	if isJSON {
		return diary.DecodeJSON(bytes.NewReader(b))
	}
	nights, err := diary.DecodeNightsCSV(bytes.NewReader(b))
	return diary.Document{Nights: nights}, err
}

// importPlan is what an import would change.
type importPlan struct {
	add, replace, same []diary.Night
	conflicts          []string // "2026-11-20: day.water_ml is 1500 in the diary, 2000 in the file"
	setProfile         bool
	profileConflict    string          // what differs, when the profiles do
	acks               []diary.FlagAck // the diary's acknowledged flags after the import
	setAcks            bool
}

// importDiary is what an import reads of the diary it imports into.
type importDiary interface {
	Night(diary.Date) (diary.Night, error)
	Profile() (diary.Profile, error)
	Acks() ([]diary.FlagAck, error)
}

// emptyDiary stands for a diary not made yet, so that a dry run on a new
// path can say what would happen without creating the file.
type emptyDiary struct{}

func (emptyDiary) Night(diary.Date) (diary.Night, error) {
	return diary.Night{}, errors.New("no such night")
}
func (emptyDiary) Profile() (diary.Profile, error) { return diary.NewProfile(), nil }
func (emptyDiary) Acks() ([]diary.FlagAck, error)  { return nil, nil }

func (a *app) runImport(out io.Writer, path string, dryRun, overwrite bool) error {
	doc, err := readImport(path, a.stdin)
	if path == "-" {
		path = "standard input"
	}
	var ps diary.Problems
	if err == nil {
		ps = append(notBegun(doc.Nights, a.today()), bornToCome(doc.Profile, a.now().Year())...)
		if len(ps) > 0 {
			err = ps
		}
	}
	if errors.As(err, &ps) {
		return fmt.Errorf("%s has %s; nothing was imported:\n  %s", path, words.Nouns(len(ps), "problem"), listed(problemLines(ps)))
	}
	if err != nil {
		return err
	}
	var into importDiary = emptyDiary{}
	var s *store.Store
	dbPath, err := a.dbPath()
	if err != nil {
		return err
	}
	if _, statErr := os.Stat(dbPath); dryRun && errors.Is(statErr, os.ErrNotExist) {
		// A dry run creates nothing: the diary that is not there is empty.
	} else {
		if dryRun {
			s, err = a.openExisting()
		} else {
			s, err = a.open()
		}
		if err != nil {
			return err
		}
		defer s.Close()
		into = s
	}

	plan, err := planImport(into, doc, overwrite)
	if err != nil {
		return err
	}
	var trials []diary.Trial
	var trialConflicts []string
	if s != nil {
		if trials, trialConflicts, err = planTrials(s, doc.Trials); err != nil {
			return err
		}
	} else {
		trials = doc.Trials
	}
	if !overwrite && (len(plan.conflicts) > 0 || plan.profileConflict != "" || len(trialConflicts) > 0) {
		what := append(plan.conflicts, trialConflicts...)
		if plan.profileConflict != "" {
			what = append(what, plan.profileConflict)
		}
		return fmt.Errorf("%s conflicts with the diary in %s; nothing was imported (use --overwrite to replace them):\n  %s",
			path, words.Nouns(len(what), "place"), listed(what))
	}

	summary := fmt.Sprintf("%s new, %s replaced, %s already there", words.Nouns(len(plan.add), "night"),
		words.Count(len(plan.replace)), words.Count(len(plan.same)))
	if plan.setProfile {
		summary += "; the profile set from the file"
	}
	if len(trials) > 0 {
		// Each conflict is a trial the file replaces (with --overwrite).
		summary += "; " + words.Nouns(len(trials)-len(trialConflicts), "trial") + " new"
		if len(trialConflicts) > 0 {
			summary += ", " + words.Count(len(trialConflicts)) + " replaced"
		}
	}
	if dryRun {
		fmt.Fprintf(out, "Dry run, nothing written. Importing %s would give: %s.\n", path, summary)
		return nil
	}
	write := append(plan.add, plan.replace...)
	var p *diary.Profile
	if plan.setProfile {
		p = doc.Profile
	}
	if len(write) == 0 && p == nil && !plan.setAcks && len(trials) == 0 {
		what := "every night"
		if len(doc.Trials) > 0 {
			what = "every night and trial"
		}
		fmt.Fprintf(out, "Nothing to import: %s in %s is already in the diary.\n", what, path)
		return nil
	}
	if err := s.Import(p, write, trials...); err != nil {
		return fmt.Errorf("nothing was imported: %w", err)
	}
	if plan.setAcks {
		if err := s.PutAcks(plan.acks); err != nil {
			return fmt.Errorf("the nights were imported, but not the acknowledged red flags: %w", err)
		}
	}
	fmt.Fprintf(out, "Imported %s: %s.\n", path, summary)
	return nil
}

// planImport compares the file with the diary: new nights, nights that
// differ (each conflict naming the fields), the profile, and the
// acknowledged red flags (a flag acknowledged on another date conflicts).
func planImport(into importDiary, doc diary.Document, overwrite bool) (importPlan, error) {
	plan := importPlan{}
	for _, n := range doc.Nights {
		old, err := into.Night(n.Date)
		switch {
		case err != nil:
			plan.add = append(plan.add, n)
		case old.Equal(n):
			plan.same = append(plan.same, n)
		default:
			plan.replace = append(plan.replace, n)
			plan.conflicts = append(plan.conflicts, n.Date.String()+": "+differences(old, n))
		}
	}
	if doc.Profile != nil {
		cur, err := into.Profile()
		if err != nil {
			return plan, err
		}
		switch {
		case reflect.DeepEqual(cur, *doc.Profile):
		case reflect.DeepEqual(cur, diary.NewProfile()) || overwrite:
			plan.setProfile = true
		default:
			plan.profileConflict = "profile: " + differences(cur, *doc.Profile)
		}
	}
	acks, err := into.Acks()
	if err != nil {
		return plan, err
	}
	plan.acks = slices.Clone(acks)
	for _, fa := range doc.Acks {
		i := slices.IndexFunc(plan.acks, func(a diary.FlagAck) bool { return a.ID == fa.ID })
		switch {
		case i < 0:
			plan.acks = diary.SetAck(plan.acks, fa.ID, fa.Date)
			plan.setAcks = true
		case plan.acks[i].Date == fa.Date:
		case overwrite:
			plan.acks[i].Date = fa.Date
			plan.setAcks = true
		default:
			plan.conflicts = append(plan.conflicts, fmt.Sprintf("acknowledged_flags: %s is acknowledged on %s in the diary, %s in the file",
				fa.ID, plan.acks[i].Date, fa.Date))
		}
	}
	return plan, nil
}

// maxDiffs is how many differing fields a conflict names.
const maxDiffs = 3

// differences names the fields in which two values of the interchange
// format differ, with both values: "day.water_ml is 1500 in the diary, 2000
// in the file". Both are compared as the export writes them.
func differences(old, new any) string {
	var a, b any
	for _, x := range []struct {
		v   any
		out *any
	}{{old, &a}, {new, &b}} {
		raw, err := json.Marshal(x.v)
		if err != nil || json.Unmarshal(raw, x.out) != nil {
			return "differs from the diary"
		}
	}
	var diffs []string
	diffPaths("", a, b, &diffs)
	if len(diffs) == 0 {
		return "differs from the diary"
	}
	if len(diffs) > maxDiffs {
		diffs = append(diffs[:maxDiffs:maxDiffs], words.Plural(len(diffs)-maxDiffs, "more field", "more fields"))
	}
	return strings.Join(diffs, "; ")
}

// diffPaths appends a line for each path at which a and b (decoded JSON) differ.
func diffPaths(path string, a, b any, out *[]string) {
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	// A section on one side only is compared field by field against nothing,
	// so the conflict names the fields: "day.water_ml is 1500 in the diary,
	// not recorded in the file".
	if (aok || a == nil) && (bok || b == nil) && (aok || bok) {
		keys := slices.Sorted(maps.Keys(am))
		for k := range bm {
			if _, ok := am[k]; !ok {
				keys = append(keys, k)
			}
		}
		for _, k := range keys {
			p := k
			if path != "" {
				p = path + "." + k
			}
			diffPaths(p, am[k], bm[k], out)
		}
		return
	}
	al, aok := a.([]any)
	bl, bok := b.([]any)
	if aok && bok && len(al) == len(bl) && len(al) > 0 {
		for i := range al {
			diffPaths(fmt.Sprintf("%s[%d]", path, i), al[i], bl[i], out)
		}
		return
	}
	if reflect.DeepEqual(a, b) {
		return
	}
	say := jsonWords
	if path == "episodes" {
		say = crampWords
	}
	*out = append(*out, fmt.Sprintf("%s is %s in the diary, %s in the file", path, say(a), say(b)))
}

// crampWords writes a decoded episodes list as a count of cramps.
func crampWords(v any) string {
	l, ok := v.([]any)
	switch {
	case v == nil:
		return "not recorded"
	case !ok:
		return jsonWords(v)
	case len(l) == 0:
		return "no cramps"
	}
	return words.Nouns(len(l), "cramp")
}

// jsonWords writes a decoded JSON value briefly; absent values say so.
func jsonWords(v any) string {
	if v == nil {
		return "not recorded"
	}
	raw, _ := json.Marshal(v)
	if s := string(raw); len(s) <= 40 {
		return s
	}
	return string(raw[:37]) + "…"
}

func problemLines(ps diary.Problems) []string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return lines
}

// listed joins lines for an indented list: every one of them.
func listed(lines []string) string {
	return strings.Join(lines, "\n  ")
}

// bornToCome refuses a profile's birth year after this one, as the Profile
// screen does: the diary's own bound (diary.MaxBirthYear) cannot know the
// date, and the report printed "Born 2050".
func bornToCome(p *diary.Profile, thisYear int) diary.Problems {
	if p == nil {
		return nil
	}
	if y, ok := p.BirthYear.Get(); ok && y > thisYear {
		return diary.Problems{{Path: "profile.birth_year", Msg: fmt.Sprintf("must not be after %d", thisYear)}}
	}
	return nil
}

// notBegun lists the nights dated after today, which `log` refuses too: a
// night that has not begun cannot have been slept.
func notBegun(nights []diary.Night, today diary.Date) diary.Problems {
	var ps diary.Problems
	for _, n := range nights {
		if n.Date > today {
			ps = append(ps, diary.Problem{Path: "the night of " + n.Date.String(), Msg: "has not begun yet (today is " + today.String() + ")"})
		}
	}
	return ps
}
