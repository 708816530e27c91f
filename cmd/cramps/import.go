package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
)

// maxListed is how many conflicts or problems a message names before it
// says how many more there are.
const maxListed = 20

func (a *app) importCmd() *cobra.Command {
	var dryRun, overwrite bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Read nights from a JSON export or a nights CSV",
		Long: `Read a diary exported by cramps (JSON), or a nights table (CSV).

Import is all or nothing: if any night in the file is invalid, nothing is
written and every problem is listed with where it is. Nights already in the
diary with different contents are conflicts, listed and not written, unless
--overwrite. --dry-run says what would change and changes nothing.`,
		Example: `  cramps import diary.json --dry-run
  cramps import diary.json
  cramps import nights.csv --overwrite`,
		Args: cobra.ExactArgs(1),
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			return a.runImport(cmd.OutOrStdout(), args[0], dryRun, overwrite)
		}),
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "say what would change, change nothing")
	cmd.Flags().BoolVar(&overwrite, "overwrite", false, "replace nights (and the profile) that differ from the file")
	return cmd
}

// readImport reads FILE as JSON or as a nights CSV, by its extension or, when
// that says nothing, its first character.
func readImport(path string) (diary.Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return diary.Document{}, fmt.Errorf("cannot read %s: %w", path, errors.Unwrap(err))
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
	conflicts          []diary.Date
	setProfile         bool
	profileConflict    bool
}

func (a *app) runImport(out io.Writer, path string, dryRun, overwrite bool) error {
	doc, err := readImport(path)
	var ps diary.Problems
	if errors.As(err, &ps) {
		return fmt.Errorf("%s has %s; nothing was imported:\n  %s", path, count(len(ps), "problem"), listed(problemLines(ps)))
	}
	if err != nil {
		return err
	}
	s, err := a.open()
	if err != nil {
		return err
	}
	defer s.Close()

	plan := importPlan{}
	for _, n := range doc.Nights {
		old, err := s.Night(n.Date)
		switch {
		case err != nil:
			plan.add = append(plan.add, n)
		case old.Equal(n):
			plan.same = append(plan.same, n)
		default:
			plan.replace = append(plan.replace, n)
			plan.conflicts = append(plan.conflicts, n.Date)
		}
	}
	if doc.Profile != nil {
		cur, err := s.Profile()
		if err != nil {
			return err
		}
		switch {
		case reflect.DeepEqual(cur, *doc.Profile):
		case reflect.DeepEqual(cur, diary.NewProfile()) || overwrite:
			plan.setProfile = true
		default:
			plan.profileConflict = true
		}
	}
	trials, trialConflicts, err := planTrials(s, doc.Trials)
	if err != nil {
		return err
	}
	if !overwrite && (len(plan.conflicts) > 0 || plan.profileConflict || len(trialConflicts) > 0) {
		var what []string
		for _, d := range plan.conflicts {
			what = append(what, d.String()+": already in the diary with different values")
		}
		what = append(what, trialConflicts...)
		if plan.profileConflict {
			what = append(what, "profile: differs from the diary's profile")
		}
		return fmt.Errorf("%s conflicts with the diary in %s; nothing was imported (use --overwrite to replace them):\n  %s",
			path, count(len(what), "place"), listed(what))
	}

	summary := fmt.Sprintf("%s new, %s replaced, %s already there", count(len(plan.add), "night"),
		fmt.Sprint(len(plan.replace)), fmt.Sprint(len(plan.same)))
	if plan.setProfile {
		summary += "; the profile set from the file"
	}
	if len(trials) > 0 {
		summary += "; " + count(len(trials), "trial") + " written"
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
	if len(write) == 0 && p == nil && len(trials) == 0 {
		fmt.Fprintf(out, "Nothing to import: every night in %s is already in the diary.\n", path)
		return nil
	}
	if err := s.Import(p, write, trials...); err != nil {
		return fmt.Errorf("nothing was imported: %w", err)
	}
	fmt.Fprintf(out, "Imported %s: %s.\n", path, summary)
	return nil
}

func problemLines(ps diary.Problems) []string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return lines
}

// listed joins lines for an indented list, naming how many were left out.
func listed(lines []string) string {
	if len(lines) > maxListed {
		more := len(lines) - maxListed
		lines = append(lines[:maxListed:maxListed], fmt.Sprintf("… and %d more", more))
	}
	return strings.Join(lines, "\n  ")
}

// count writes "1 night", "3 nights".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
