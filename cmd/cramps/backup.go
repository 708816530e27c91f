package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/store"
)

func (a *app) backupCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "backup FILE",
		Short: "Write a consistent snapshot of the diary file",
		Long: `Write a consistent copy of the diary file to FILE (a new, private file).

cramps also keeps a snapshot of its own on the first open of each day, the
last 7 in the backups folder beside the diary.`,
		Example: `  cramps backup ~/diary-before-holiday.db`,
		Args:    oneArg("FILE"),
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			s, err := a.openExisting()
			if err != nil {
				return err
			}
			defer s.Close()
			if r := s.Damage(); !r.Sound() {
				// A copy would carry the damage, and could one day be
				// restored in good faith: rescue what is sound instead.
				return fmt.Errorf("%s is damaged, so no copy was made: %s\n%s",
					s.Path(), damageWords(&store.DamageError{Report: r}), restoreAdvice(s.Path()))
			}
			if fi, err := os.Stat(args[0]); err == nil && fi.IsDir() {
				return fmt.Errorf("%s is a folder; no copy was made; give the name of a new file, e.g. %s", args[0], filepath.Join(args[0], "diary-backup.db"))
			}
			if err := s.BackupFile(args[0]); err != nil {
				return fmt.Errorf("cannot write %s: %s; no copy was made", args[0], fileWords(args[0], err))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Wrote a snapshot of %s to %s.\n", s.Path(), args[0])
			return nil
		}),
	}
}

func (a *app) checkCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Check the diary file's integrity",
		Long: `Check the diary file page by page and every value in it, and list every
problem found. Exit status 1 when there is one.`,
		Example: `  cramps check
  cramps check --json`,
		Args: cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			s, err := a.openExisting()
			if err != nil {
				return err
			}
			defer s.Close()
			r, err := s.Check()
			if err != nil && len(r.Problems) == 0 {
				return fmt.Errorf("the check of %s failed: %w", s.Path(), err)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := writeJSON(out, checkJSONOf(r)); err != nil {
					return err
				}
			}
			if !r.Sound() {
				return checkFailure(s.Path(), r)
			}
			if asJSON {
				return nil
			}
			if r.Nights == 0 {
				fmt.Fprintf(out, "%s is sound: schema %d, no nights yet.\n", s.Path(), r.SchemaVersion)
				return nil
			}
			fmt.Fprintf(out, "%s is sound: schema %d, %s from %s to %s.\n", s.Path(), r.SchemaVersion,
				words.Nouns(r.Nights, "night"), r.First, r.Last)
			return nil
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON (the format is in the README)")
	return cmd
}

// checkJSON is `cramps check --json`.
type checkJSON struct {
	Sound    bool                  `json:"sound"`
	Schema   int                   `json:"schema"`
	Nights   int                   `json:"nights"`
	First    diary.Opt[diary.Date] `json:"first"`
	Last     diary.Opt[diary.Date] `json:"last"`
	Problems []checkProblemJSON    `json:"problems"`
}

// checkProblemJSON is one problem: the night it is in, or null when it is
// not in a night (the profile, the file's structure).
type checkProblemJSON struct {
	Night   diary.Opt[diary.Date] `json:"night"`
	Problem string                `json:"problem"`
}

func checkJSONOf(r store.CheckReport) checkJSON {
	j := checkJSON{Sound: len(r.Problems) == 0, Schema: r.SchemaVersion, Nights: r.Nights, Problems: []checkProblemJSON{}}
	if r.Nights > 0 {
		j.First, j.Last = diary.Some(r.First), diary.Some(r.Last)
	}
	for _, p := range r.Problems {
		j.Problems = append(j.Problems, checkProblemJSON{Night: p.Night, Problem: p.Problem})
	}
	return j
}

// checkFailure is check's error when it found problems: every one of them,
// each damaged night by its date, and how to restore.
func checkFailure(path string, r store.CheckReport) error {
	lines := make([]string, len(r.Problems))
	for i, p := range r.Problems {
		lines[i] = p.String()
	}
	what := words.Nouns(len(r.Problems), "problem")
	if d := r.DamagedNights(); len(d) > 0 {
		what += " (" + words.Nouns(len(d), "damaged night") + ")"
	}
	return fmt.Errorf("%s has %s:\n  %s\n%s", path, what, strings.Join(lines, "\n  "), restoreAdvice(path))
}
