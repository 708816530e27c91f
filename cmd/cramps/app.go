package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/store"
)

// Exit codes of SPEC §5.
const (
	exitOK    = 0
	exitUser  = 1 // the user asked for something that cannot be done; one clear line says why
	exitUsage = 2 // the command line itself is wrong
)

// env is everything a run of cramps takes from the outside world, so tests
// can run it in-process with a fixed clock and captured output.
type env struct {
	args           []string
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time
	// batch, when set, runs before a one-shot command (every command but
	// the diary screens); main tunes the runtime with it, tests leave it nil.
	batch func()
}

// app is one run of the command: the environment and the global flags.
type app struct {
	env
	db string
}

// userError marks an error that comes from running a command (exit 1), as
// against one from parsing the command line (exit 2).
type userError struct{ err error }

func (e userError) Error() string { return e.err.Error() }
func (e userError) Unwrap() error { return e.err }

// run executes one command line and returns the exit code.
func run(e env) int {
	a := &app{env: e}
	root := a.rootCmd()
	root.SetArgs(e.args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	_, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	var ue userError
	if errors.As(err, &ue) {
		fmt.Fprintln(e.stderr, "cramps: "+ue.Error())
		return exitUser
	}
	fmt.Fprintf(e.stderr, "cramps: %v\nRun 'cramps --help' for usage.\n", err)
	return exitUsage
}

// userErr wraps the error a command's body returns so it exits 1.
func userErr(err error) error {
	if err == nil {
		return nil
	}
	var ue userError
	if errors.As(err, &ue) {
		return err
	}
	return userError{err}
}

// runE adapts a command body so its errors are user errors (exit 1).
func runE(f func(cmd *cobra.Command, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error { return userErr(f(cmd, args)) }
}

// dashes lets every flag be written with underscores too, as the JSON keys
// are: --water_ml is --water-ml.
func dashes(_ *pflag.FlagSet, name string) pflag.NormalizedName {
	return pflag.NormalizedName(strings.ReplaceAll(name, "_", "-"))
}

// dbPath returns the diary file: --db, then CRAMPS_DB, then the XDG default.
func (a *app) dbPath() (string, error) {
	p := a.db
	if p == "" {
		p = a.getenv("CRAMPS_DB")
	}
	if p == "" {
		return store.DefaultPath()
	}
	if strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[2:])
		}
	}
	return p, nil
}

// open opens the diary for writing, creating it when it does not exist.
func (a *app) open() (*store.Store, error) {
	path, err := a.dbPath()
	if err != nil {
		return nil, err
	}
	s, err := store.Open(path, store.Options{Now: a.now})
	if err != nil {
		return nil, explainOpen(path, err)
	}
	return s, nil
}

// openExisting opens the diary read-only for commands that only look; a
// diary that does not exist yet is a user error, not something to create.
func (a *app) openExisting() (*store.Store, error) {
	path, err := a.dbPath()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("there is no diary at %s yet; log a night with 'cramps' or 'cramps log' first", path)
	}
	s, err := store.Open(path, store.Options{Now: a.now, ReadOnly: true})
	if err != nil {
		return nil, explainOpen(path, err)
	}
	return s, nil
}

// readDiary opens the diary read-only, reads its profile and every night,
// and lets it go: the commands that only look need nothing more.
func (a *app) readDiary() (diary.Profile, []diary.Night, error) {
	s, err := a.openExisting()
	if err != nil {
		return diary.Profile{}, nil, err
	}
	defer s.Close()
	p, err := s.Profile()
	if err != nil {
		return diary.Profile{}, nil, err
	}
	nights, err := s.AllNights()
	if err != nil {
		return diary.Profile{}, nil, err
	}
	return p, nights, nil
}

// explainOpen turns a store error into the one line the user reads.
func explainOpen(path string, err error) error {
	switch {
	case errors.Is(err, store.ErrLocked):
		return fmt.Errorf("the diary %s is open in another cramps; close that one and try again", path)
	case errors.Is(err, store.ErrNotDiary):
		return fmt.Errorf("%s is damaged or is not a cramps diary, so it was left untouched; restore a copy from the backups folder beside it, or choose another file with --db", path)
	case errors.Is(err, store.ErrTooNew):
		return fmt.Errorf("%s was written by a newer cramps; update cramps to open it", path)
	}
	return fmt.Errorf("cannot open the diary %s: %w", path, err)
}

// today is the user's calendar date now.
func (a *app) today() diary.Date { return diary.DateOf(a.now()) }

// lastNight is the night a user means by "last night".
func (a *app) lastNight() diary.Date { return diary.LastNight(a.now()) }

// parseDay reads a date flag or argument: YYYY-MM-DD, or the words today,
// yesterday and last-night.
func (a *app) parseDay(s string) (diary.Date, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "today":
		return a.today(), nil
	case "yesterday", "last-night", "lastnight", "last_night":
		return a.lastNight(), nil
	}
	return diary.ParseDate(strings.TrimSpace(s))
}
