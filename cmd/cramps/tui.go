package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary/demo"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/store"
	"github.com/crampsdiary/cramps/tui"
)

// runTUI opens the diary screens on the user's diary.
func (a *app) runTUI(cmd *cobra.Command, _ []string) error {
	path, err := a.dbPath()
	if err != nil {
		return err
	}
	a.prepareBulkRead()
	// The screens hold no lock while they sit open: they open the diary to
	// read it and to save each change, so the other commands never wait on
	// them (store.File).
	f, warnings, err := store.OpenFile(path, store.Options{Now: a.now, LockTimeout: a.lockTimeout()})
	if err != nil {
		return explainOpen(path, err)
	}
	var said []string
	for _, w := range warnings {
		said = append(said, capitalise(w.Error())+".")
	}
	return tui.Run(tui.Options{Diary: f, Now: a.now, Warnings: said})
}

// capitalise makes the first letter of s upper case, for a sentence.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (a *app) demoCmd() *cobra.Command {
	weeks := demo.DefaultWeeks
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Open the diary screens on 16 weeks of sample nights",
		Long: `Open the diary screens on a throw-away diary of 16 weeks of realistic
sample nights (--weeks for more, up to thirty years). Your own diary is never
opened or touched; the sample diary is deleted when you quit.`,
		Example: `  cramps demo
  cramps demo --weeks 522    # ten years`,
		Args: cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			if weeks < 1 || weeks > maxDemoWeeks {
				return userError{fmt.Errorf("--weeks must be from 1 to %s (thirty years), not %d", words.Count(maxDemoWeeks), weeks)}
			}
			// A closed terminal (SIGHUP) or a kill (SIGTERM) ends the demo
			// like q does, so the throw-away diary below is removed.
			ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGHUP, syscall.SIGTERM)
			defer stop()
			dir, err := os.MkdirTemp("", "cramps-demo-")
			if err != nil {
				return fmt.Errorf("cannot make the demo diary: %w", err)
			}
			defer os.RemoveAll(dir)
			s, err := store.Open(dir+"/demo.db", store.Options{Now: a.now, NoSnapshot: true})
			if err != nil {
				return fmt.Errorf("cannot make the demo diary: %w", err)
			}
			defer s.Close()
			p, nights := demo.Generate(demo.DefaultSeed, a.lastNight(), weeks)
			if err := s.Import(&p, nights); err != nil {
				return fmt.Errorf("cannot fill the demo diary: %w", err)
			}
			err = tui.Run(tui.Options{Diary: s, Now: a.now, Demo: true, Context: ctx})
			if ctx.Err() != nil {
				return nil // ended by the signal: nothing to report to a terminal that has gone
			}
			return err
		}),
	}
	cmd.Flags().IntVar(&weeks, "weeks", demo.DefaultWeeks, "how many weeks of sample nights, ending last night")
	return cmd
}

// maxDemoWeeks is the longest sample diary: thirty years, the longest the
// speed targets name.
const maxDemoWeeks = 1565
