package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) backupCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "backup FILE",
		Short: "Write a consistent snapshot of the diary file",
		Long: `Write a consistent copy of the diary file to FILE (a new, private file).

cramps also keeps a snapshot of its own on the first open of each day, the
last 7 in the backups folder beside the diary.`,
		Example: `  cramps backup ~/diary-before-holiday.db`,
		Args:    cobra.ExactArgs(1),
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			s, err := a.openExisting()
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.BackupFile(args[0]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Wrote a snapshot of %s to %s.\n", s.Path(), args[0])
			return nil
		}),
	}
}

func (a *app) checkCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Check the diary file's integrity",
		Args:  cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			s, err := a.openExisting()
			if err != nil {
				return err
			}
			defer s.Close()
			r, err := s.Check()
			if err != nil {
				return fmt.Errorf("the check of %s failed: %w", s.Path(), err)
			}
			out := cmd.OutOrStdout()
			if len(r.Problems) > 0 {
				return fmt.Errorf("%s has %s:\n  %s", s.Path(), count(len(r.Problems), "problem"), listed(r.Problems))
			}
			if r.Nights == 0 {
				fmt.Fprintf(out, "%s is sound: schema %d, no nights yet.\n", s.Path(), r.SchemaVersion)
				return nil
			}
			fmt.Fprintf(out, "%s is sound: schema %d, %s from %s to %s.\n", s.Path(), r.SchemaVersion,
				count(r.Nights, "night"), r.First, r.Last)
			return nil
		}),
	}
}
