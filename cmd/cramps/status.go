package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/store"
)

// statusWindowNights is how far back `cramps status` reads: the urgent red
// flags look at most at the last 8 weeks (SPEC §8: 4 weeks for a long cramp,
// 8 for the rules without a window of their own), so the nights before them
// cannot change what status says. A quinine medicine in the profile counts
// whenever it was taken; the profile is read whole.
const statusWindowNights = 8 * 7

// statusLockWait is how long status waits for a cramps that is writing the
// diary: one try, no wait. It runs on every shell prompt.
const statusLockWait = time.Millisecond

// statusJSON is `cramps status --json`.
type statusJSON struct {
	LastNight   diary.Date        `json:"last_night"`
	Logged      bool              `json:"logged"`
	Tonight     *trialTonightJSON `json:"tonight"`
	UrgentFlags int               `json:"urgent_flags"`
	// Damaged: something status read could not be read whole (cramps check says what).
	Damaged bool `json:"damaged"`
}

// trialTonightJSON is tonight's trial instruction, as `cramps trial tonight
// --json` prints it; nil outside a trial.
type trialTonightJSON struct {
	Trial       diary.Opt[string] `json:"trial"`
	Date        diary.Date        `json:"date"`
	Condition   diary.Opt[string] `json:"condition"`
	Scored      bool              `json:"scored"`
	Instruction string            `json:"instruction"`
}

// errStatusQuiet marks what status passes over in silence on a prompt: no
// diary yet, or another cramps writing it at this moment.
var errStatusQuiet = errors.New("status cannot be known now")

func (a *app) statusCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "One line for a shell prompt; nothing when nothing needs attention",
		Long: `Say in one short line what needs attention: the diary is damaged, last
night is not logged yet, tonight's instruction in a self-experiment, or an
urgent red flag that a doctor has not been said to have seen (cramps flags
ack). Print nothing at all when nothing needs attention, when there is no
diary yet, or when another cramps is writing the diary at that moment.

It reads only the profile and the last 8 weeks of nights, never waits and
never writes, so it can run on every prompt.`,
		Example: `  PROMPT_COMMAND='cramps status 2>/dev/null'   # bash: the line above the prompt
  cramps status --json`,
		Args: cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			st, err := a.readStatus()
			switch {
			case errors.Is(err, errStatusQuiet) && !asJSON:
				return nil
			case errors.Is(err, errUnreadable) && !asJSON:
				// The prompt is where one would see it; the details are check's.
				_, err := io.WriteString(cmd.OutOrStdout(), "cramps: cannot read the diary (cramps check)\n")
				return err
			case err != nil:
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, st)
			}
			if line := statusLine(st); line != "" {
				_, err := io.WriteString(out, line+"\n")
				return err
			}
			return nil
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON, even when nothing needs attention (the format is in the README)")
	return cmd
}

// quiet is an error status keeps to itself on a prompt and says with --json.
type quiet struct{ error }

func (quiet) Is(target error) bool { return target == errStatusQuiet }

// errUnreadable marks a diary that cannot be opened at all: damaged
// throughout, or not a cramps diary.
var errUnreadable = errors.New("the diary cannot be read")

type unreadable struct{ error }

func (unreadable) Is(target error) bool { return target == errUnreadable }

// readStatus reads what status needs, and nothing more. A missing diary,
// and a diary another cramps holds for writing, are errStatusQuiet.
func (a *app) readStatus() (statusJSON, error) {
	last := a.lastNight()
	st := statusJSON{LastNight: last}
	path, err := a.dbPath()
	if err != nil {
		return st, err
	}
	if noFile(path) {
		return st, quiet{noDiaryError(path)}
	}
	s, err := store.Open(path, store.Options{ReadOnly: true, LockTimeout: statusLockWait})
	if errors.Is(err, store.ErrLocked) {
		return st, quiet{fmt.Errorf("the diary %s is being written by another cramps; try again in a moment", path)}
	}
	if errors.Is(err, store.ErrNotDiary) {
		return st, unreadable{explainOpen(path, err)}
	}
	if err != nil {
		return st, explainOpen(path, err)
	}
	defer s.Close()
	// A damaged diary still says what its sound part says, and that it is damaged.
	p, damaged, err := s.SoundProfile()
	if err != nil {
		return st, err
	}
	nights, problems, err := s.SoundNights(statusFrom(last), last)
	if err != nil {
		return st, err
	}
	damaged = append(damaged, problems...)
	acks, err := s.Acks()
	if errors.Is(err, store.ErrNotDiary) {
		acks, damaged = nil, append(damaged, store.CheckProblem{Problem: err.Error()})
	} else if err != nil {
		return st, err
	}
	trials, problems, err := s.SoundTrials()
	if err != nil {
		return st, err
	}
	damaged = append(damaged, problems...)

	st.Damaged = len(damaged) > 0
	st.Logged = len(nights) > 0 && nights[len(nights)-1].Date == last
	for _, d := range damaged {
		// Logged, and damaged since: what it needs is a restore, not logging again.
		st.Logged = st.Logged || d.Night == diary.Some(last)
	}
	st.UrgentFlags = urgentFlags(nights, p, acks, last)
	st.Tonight = tonightOf(trials, a.today(), p)
	return st, nil
}

// statusFrom is the first night status reads when last night is last.
func statusFrom(last diary.Date) diary.Date { return last.AddDays(-(statusWindowNights - 1)) }

// urgentFlags counts the urgent red flags the nights raise as of last night
// and that are not acknowledged (SPEC §8): those the banners show.
func urgentFlags(nights []diary.Night, p diary.Profile, acks []diary.FlagAck, last diary.Date) int {
	n := 0
	for _, f := range redflags.Banners(redflags.Acknowledge(redflags.Check(nights, p, last), acks)) {
		if f.Level == redflags.LevelUrgent {
			n++
		}
	}
	return n
}

// tonightOf is the instruction for the evening of tonight from the trial
// that holds that night, or nil when none does (before a trial starts, after
// it ends or was stopped). It is the shape SPEC §11.3 gives `cramps trial
// tonight --json`.
func tonightOf(trials []diary.Trial, tonight diary.Date, p diary.Profile) *trialTonightJSON {
	for _, t := range trials {
		n, ok := t.Night(tonight)
		if !ok || n.AfterStop {
			continue
		}
		return &trialTonightJSON{Trial: diary.Some(t.ID), Date: tonight, Condition: diary.Some(string(n.Arm)),
			Scored: n.Scored, Instruction: t.Habit.Instruction(n.Arm, p)}
	}
	return nil
}

// statusLine says what needs attention in one line, or "" when nothing does.
func statusLine(st statusJSON) string {
	var parts []string
	if st.Damaged {
		parts = append(parts, "the diary is damaged (cramps check)")
	}
	if !st.Logged {
		parts = append(parts, "log last night")
	}
	if t := st.Tonight; t != nil {
		parts = append(parts, "tonight: "+t.Instruction)
	}
	if st.UrgentFlags > 0 {
		parts = append(parts, words.Plural(st.UrgentFlags, "urgent red flag", "urgent red flags")+" (cramps insights)")
	}
	if len(parts) == 0 {
		return ""
	}
	return "cramps: " + strings.Join(parts, " · ")
}
