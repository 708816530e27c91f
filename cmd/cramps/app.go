package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
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
	// bulk, when set, runs before a command reads the whole diary, with
	// the size of its file; main readies the heap with it (memory.go),
	// tests leave it nil.
	bulk func(fileSize int64)
	// start is when the process started; a writer waiting for the diary
	// gives up within a second of it (SPEC §9). Zero: when the diary is opened.
	start time.Time
}

// app is one run of the command: the environment and the global flags.
type app struct {
	env
	db string
	// damaged lists what a reading command could not read of a damaged
	// diary and left out; readDiary fills it and has said so on stderr.
	damaged []store.CheckProblem
	// acks are the diary's acknowledged red flags; readDiary fills them.
	acks []diary.FlagAck
}

// userError marks an error that comes from running a command (exit 1), as
// against one from parsing the command line (exit 2).
type userError struct{ err error }

func (e userError) Error() string { return e.err.Error() }
func (e userError) Unwrap() error { return e.err }

// run executes one command line and returns the exit code.
func run(e env) int {
	out := &outputErrors{w: e.stdout}
	e.stdout = out
	a := &app{env: e}
	root := a.rootCmd()
	root.SetArgs(e.args)
	root.SetIn(e.stdin)
	root.SetOut(out)
	root.SetErr(e.stderr)
	c, err := root.ExecuteC()
	if out.err != nil {
		// A reader that stopped early, as `cramps list | head` does, took
		// what it wanted: the exit says the output was cut, and no line
		// under its output says so again.
		if !errors.Is(out.err, syscall.EPIPE) {
			fmt.Fprintln(e.stderr, "cramps: "+outputFailure(out.err))
		}
		return exitUser
	}
	if err == nil {
		return exitOK
	}
	var ue userError
	if errors.As(err, &ue) {
		fmt.Fprintln(e.stderr, "cramps: "+ue.Error())
		return exitUser
	}
	fmt.Fprintf(e.stderr, "cramps: %v\n%s\n", err, helpHint(c))
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
	s, err := store.Open(path, store.Options{Now: a.now, LockTimeout: a.lockTimeout()})
	if err != nil {
		return nil, explainOpen(path, err)
	}
	for _, w := range s.Warnings() {
		fmt.Fprintf(a.stderr, "cramps: warning: %v\n", w)
	}
	return s, nil
}

// lockTimeout is how long a writer may wait for the diary: what is left of
// the second since the process started, less a margin to say why it gave up.
func (a *app) lockTimeout() time.Duration {
	const answerWithin, margin = time.Second, 150 * time.Millisecond
	if a.start.IsZero() {
		return answerWithin - margin
	}
	return max(answerWithin-margin-time.Since(a.start), 10*time.Millisecond)
}

// openExisting opens the diary read-only for commands that only look; a
// diary that does not exist yet is a user error, not something to create.
func (a *app) openExisting() (*store.Store, error) {
	path, err := a.dbPath()
	if err != nil {
		return nil, err
	}
	if noFile(path) {
		return nil, noDiaryError(path)
	}
	s, err := store.Open(path, store.Options{Now: a.now, ReadOnly: true, LockTimeout: a.lockTimeout()})
	if err != nil {
		return nil, explainOpen(path, err)
	}
	return s, nil
}

// noFile reports whether there is no file at path: nothing there, or a
// part of the path is a file, so that nothing can be there.
func noFile(path string) bool {
	_, err := os.Stat(path)
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR)
}

// noDiaryError says that the diary at path does not exist yet.
func noDiaryError(path string) error {
	return fmt.Errorf("there is no diary at %s yet; log a night with 'cramps' or 'cramps log' first", path)
}

// prepareBulkRead readies the heap for a read of the whole diary (env.bulk).
func (a *app) prepareBulkRead() {
	if a.bulk == nil {
		return
	}
	if path, err := a.dbPath(); err == nil {
		if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
			a.bulk(fi.Size())
		}
	}
}

// readDiary opens the diary read-only, reads its profile and every night,
// and lets it go: the commands that only look need nothing more.
func (a *app) readDiary() (diary.Profile, []diary.Night, error) {
	a.prepareBulkRead()
	s, err := a.openExisting()
	if err != nil {
		return diary.Profile{}, nil, err
	}
	defer s.Close()
	p, pp, err := s.SoundProfile()
	if err != nil {
		return diary.Profile{}, nil, err
	}
	nights, np, err := s.SoundNights(diary.NewDate(diary.MinYear, 1, 1), diary.NewDate(diary.MaxYear, 12, 31))
	if err != nil {
		return diary.Profile{}, nil, err
	}
	a.noteDamage(s.Path(), append(np, pp...))
	if a.acks, err = s.Acks(); err != nil {
		a.acks = nil // damaged: the flags show as not acknowledged, which errs on the safe side
		fmt.Fprintf(a.stderr, "cramps: warning: %v; every red flag is shown as not acknowledged\n", err)
	}
	return p, nights, nil
}

// noteDamage records what a reading command could not read, and says so on
// stderr: which nights were left out, and how to restore.
func (a *app) noteDamage(path string, problems []store.CheckProblem) {
	if len(problems) == 0 {
		return
	}
	a.damaged = append(a.damaged, problems...)
	lines := make([]string, len(problems))
	for i, p := range problems {
		lines[i] = p.String()
	}
	fmt.Fprintf(a.stderr, "cramps: warning: %s is damaged; what cannot be read is left out:\n  %s\n%s\n",
		path, strings.Join(lines, "\n  "), restoreAdvice(path))
}

// explainOpen turns a store error into the one line the user reads.
func explainOpen(path string, err error) error {
	if fi, statErr := os.Stat(path); statErr == nil && fi.IsDir() {
		return fmt.Errorf("%s is a folder, not a diary file; give --db the diary file itself, e.g. %s", path, filepath.Join(path, "diary.db"))
	}
	if _, ok := store.IsDamaged(err); ok {
		return fmt.Errorf("%s is damaged, so nothing was written to it: %s\n%s", path, damageWords(err), restoreAdvice(path))
	}
	switch {
	case errors.Is(err, store.ErrLocked):
		return fmt.Errorf("the diary %s is open in another cramps that did not let go of it within a second; nothing was changed; try again in a moment", path)
	case errors.Is(err, store.ErrEmptied):
		return fmt.Errorf("%s is empty, but snapshots of a diary lie beside it, so no new diary was started there.\n%s", path, restoreAdvice(path))
	case errors.Is(err, store.ErrNotDiary):
		if _, _, ok := store.NewestSoundSnapshot(path); ok {
			return fmt.Errorf("%s is damaged or is not a cramps diary, so it was left untouched.\n%s", path, restoreAdvice(path))
		}
		// No snapshot beside it: most likely not a diary at all, and there is
		// nothing to restore from (a text file given as --db was told to).
		return fmt.Errorf("%s is damaged or is not a cramps diary, so it was left untouched; no snapshot of a diary lies beside it. Choose the diary file with --db", path)
	case errors.Is(err, store.ErrTooNew):
		return fmt.Errorf("%s was written by a newer cramps; update cramps to open it", path)
	}
	switch {
	case errors.Is(err, syscall.ENOTDIR), errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot make the diary %s: %s", path, noFolderWords(filepath.Dir(path)))
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("cannot open the diary %s: you may not read or write it, or its folder", path)
	case errors.Is(err, syscall.EROFS):
		return fmt.Errorf("cannot open the diary %s: the disk is read-only", path)
	}
	return fmt.Errorf("cannot open the diary %s: %w", path, store.WithoutFileName(err))
}

// today is the user's calendar date now.
func (a *app) today() diary.Date { return diary.DateOf(a.now()) }

// lastNight is the night a user means by "last night".
func (a *app) lastNight() diary.Date { return diary.LastNight(a.now()) }

// parseDay reads a date flag or argument: YYYY-MM-DD, or the words today,
// yesterday and last-night.
func (a *app) parseDay(s string) (diary.Date, error) {
	d, err := a.parseDayAnyYear(s)
	if err != nil {
		return 0, err
	}
	// A date the diary cannot hold is refused here, as --week refuses its
	// year, not by advice to log a night that log then refuses.
	if y, _, _ := d.YMD(); y < diary.MinYear || y > diary.MaxYear {
		return 0, fmt.Errorf("%q: the year must be between %d and %d", strings.TrimSpace(s), diary.MinYear, diary.MaxYear)
	}
	return d, nil
}

// parseDayAnyYear is parseDay for a caller that says more about a date
// out of its range than the diary's years do (trial start's --start).
func (a *app) parseDayAnyYear(s string) (diary.Date, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "today":
		return a.today(), nil
	case "yesterday", "last-night", "lastnight", "last_night":
		return a.lastNight(), nil
	}
	return diary.ParseDate(strings.TrimSpace(s))
}

// dateFlags are the flags that name a night or a week; each is unset when
// not given, so a value given empty is refused rather than read as unset.
var dateFlags = []string{"date", "from", "to", "start", "week"}

// emptyDateFlag refuses a date flag given an empty value: a script's
// --date "$D" with D unset would otherwise log over last night, or list
// every night instead of none.
func emptyDateFlag(cmd *cobra.Command) error {
	for _, name := range dateFlags {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed && strings.TrimSpace(f.Value.String()) == "" {
			what := "a date, YYYY-MM-DD"
			if name == "week" {
				what = "an ISO week, e.g. 2026-W47"
			}
			return userErr(fmt.Errorf("--%s is empty; give %s, or leave the flag out", name, what))
		}
	}
	return nil
}

// dayFlag reads the date the flag name gives as value, or is unset when
// the flag is not given; an error names the flag.
func (a *app) dayFlag(name, value string, unset diary.Date) (diary.Date, error) {
	return a.dayFlagWith(a.parseDay, name, value, unset)
}

// dayFlagWith is dayFlag reading the value with parse.
func (a *app) dayFlagWith(parse func(string) (diary.Date, error), name, value string, unset diary.Date) (diary.Date, error) {
	if value == "" {
		return unset, nil
	}
	d, err := parse(value)
	if err != nil {
		return 0, fmt.Errorf("--%s: %w", name, err)
	}
	return d, nil
}

// damageWords is what a store's damage error says, without the store's
// own prefixes.
func damageWords(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, store.ErrNotDiary.Error()+": "); i >= 0 {
		msg = msg[i+len(store.ErrNotDiary.Error())+2:]
	}
	return msg
}

// restoreAdvice says how to bring back a damaged or lost diary at path: from
// the newest snapshot that passes its checks, if there is one, and with
// 'cramps export' for the nights that can still be read.
func restoreAdvice(path string) string {
	snap, day, ok := store.NewestSoundSnapshot(path)
	if !ok {
		return "No sound snapshot lies beside it. 'cramps export' still writes every night that can be read; import that into a new diary with --db."
	}
	return fmt.Sprintf("To restore the snapshot of %s, close every cramps and run:\n  mv %s %s.damaged && cp %s %s\n"+
		"Nights logged after that day can be rescued first with 'cramps export' (it writes every night that can be read).",
		day, shellQuote(path), shellQuote(path), shellQuote(snap), shellQuote(path))
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r == '+' || r == ',' || r == ':' ||
			'0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
