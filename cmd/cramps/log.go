package main

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/store"
)

func (a *app) logCmd() *cobra.Command {
	var (
		date     string
		episodes []string
		noCramps bool
		usual    bool
		notes    string
		unset    []string
	)
	fields := nightFields()
	values := make([]string, len(fields))
	cmd := &cobra.Command{
		Use:   "log [flags]",
		Short: "Log or amend a night without the diary screen",
		Long: `Log or amend one night from the command line.

A new night starts empty (or from your usual values with --usual); an
existing night keeps everything you do not give. Flags are named after the
export keys: --water-ml 1500 or --water_ml 1500. Times are HH:MM (24 h),
yes/no flags accept --stretched or --stretched=false, lists are
comma-separated ("none" for none).

--episode "MUSCLE,SIDE,DURATION,PAIN" is one cramp, e.g. "calf,left,4m,7",
followed by any of the extras time=HH:MM, woke_me=yes, relief=stretch+walk
(joined by +), soreness_h=2, swelling=yes, numbness=yes, weakness=yes,
twitching=yes: "foot,right,90s,5,time=03:10,woke_me=yes". Leave a leading
part empty to skip it ("calf,,2m"). Give --episode once for each cramp; it
replaces the night's cramps.`,
		Example: `  cramps log --no-cramps --usual
  cramps log --episode "calf,left,4m,7" --episode "foot,right,90s,5,woke_me=yes"
  cramps log --date 2026-11-20 --water-ml 1250 --caffeine-servings 3 \
             --last-caffeine 16:00
  cramps log --stretched --unset sitting_h`,
	}
	f := cmd.Flags()
	f.SortFlags = false
	f.Var(textValue{&date, "DATE"}, "date", "the night, by the date of its evening (default: last night)")
	f.Var(&repeated{&episodes, "CRAMP"}, "episode", episodeHelp)
	f.BoolVar(&noCramps, "no-cramps", false, "no cramps that night")
	f.BoolVar(&usual, "usual", false, "start a new night from your usual values")
	for i, fl := range fields {
		f.Var(textValue{&values[i], fl.typ}, fl.flag(), fl.usage)
		if fl.isBool {
			f.Lookup(fl.flag()).NoOptDefVal = "true"
		}
	}
	f.Var(textValue{&notes, "TEXT"}, "notes", "a note about the night")
	f.Var(&repeated{&unset, "KEY"}, "unset", "forget a field's value (its key, e.g. water_ml or notes); repeatable")

	// The help shows "--stretched yes|no", so "--stretched no" is taken as
	// written: pflag reads a yes/no flag alone as yes and leaves "no" over,
	// which cobra called an unknown command.
	cmd.Args = func(cmd *cobra.Command, args []string) error {
		return spacedAnswers(cmd, a.args, args, fields, values)
	}
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		changed := false
		cmd.Flags().Visit(func(fl *pflag.Flag) {
			if fl.Name != "date" && fl.Name != "db" {
				changed = true
			}
		})
		if !changed {
			return fmt.Errorf("nothing to log: give a field such as --no-cramps, --episode or --water-ml (see cramps log --help)")
		}
		if noCramps && len(episodes) > 0 {
			// A usage error (exit 2), in words, not cobra's "if any flags
			// in the group [episode no-cramps] are set …".
			return fmt.Errorf("--no-cramps says the night had no cramps and --episode gives one; give one or the other; nothing was saved")
		}
		return userErr(a.runLog(cmd, logRequest{
			date: date, episodes: episodes, noCramps: noCramps, usual: usual,
			notes: notes, notesSet: cmd.Flags().Changed("notes"), unset: unset,
			fields: fields, values: values,
		}))
	}
	return cmd
}

// logRequest is what the flags of one `cramps log` asked for.
type logRequest struct {
	date     string
	episodes []string
	noCramps bool
	usual    bool
	notes    string
	notesSet bool
	unset    []string
	fields   []nightField
	values   []string
}

func (a *app) runLog(cmd *cobra.Command, r logRequest) error {
	d := a.lastNight()
	if r.date != "" {
		var err error
		if d, err = a.parseDay(r.date); err != nil {
			return fmt.Errorf("--date: %w", err)
		}
	}
	if d > a.today() {
		return fmt.Errorf("--date: the night of %s has not begun yet", d)
	}
	s, err := a.open()
	if err != nil {
		return err
	}
	defer s.Close()

	ts, err := s.Trials()
	if err != nil {
		return err
	}
	inTrial, trialHolds := trialOn(ts, d)
	n, err := s.Night(d)
	isNew := errors.Is(err, store.ErrNotFound)
	switch {
	case isNew:
		n = diary.Night{Date: d}
		if r.usual {
			all, err := s.Nights(d.AddDays(-90), d.AddDays(-1))
			if err != nil {
				return err
			}
			n = diary.Usual(all)
			n.Date = d
			if trialHolds {
				inTrial.Habit.Forget(&n) // never prefilled during a trial (SPEC §11.3)
			}
		}
	case err != nil:
		return err
	}

	before := slices.Clone(n.Day.Medications)
	for _, key := range r.unset {
		if err := unsetKey(&n, r.fields, key); err != nil {
			return err
		}
	}
	for i, fl := range r.fields {
		if !cmd.Flags().Changed(fl.flag()) {
			continue
		}
		if err := fl.set(&n, r.values[i]); err != nil {
			return fmt.Errorf("--%s: %w", fl.flag(), err)
		}
	}
	if cmd.Flags().Changed("medications") {
		p, err := s.Profile()
		if err != nil {
			return err
		}
		if err := profileMedications(n.Day.Medications, before, p); err != nil {
			return err
		}
	}
	if r.notesSet {
		n.Notes = strings.TrimSpace(r.notes)
	}
	if r.noCramps {
		n.Episodes = []diary.Episode{}
	}
	if len(r.episodes) > 0 {
		n.Episodes = make([]diary.Episode, 0, len(r.episodes))
		for i, v := range r.episodes {
			e, err := parseEpisode(v)
			if err != nil {
				return fmt.Errorf("--episode %d (%q): %w", i+1, v, err)
			}
			n.Episodes = append(n.Episodes, e)
		}
	}
	if ps := n.EntryProblems(); len(ps) > 0 {
		return flagProblems(ps, r.fields)
	}
	if err := s.PutNight(n); err != nil {
		return fmt.Errorf("the night was not saved: %w", err)
	}
	verb := "Updated"
	if isNew {
		verb = "Saved"
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s the night of %s: %s.\n", verb, longDate(d), crampSummary(n))
	if r.usual && !isNew {
		// --usual fills in a new night only: say so, rather than let
		// "cramps log --no-cramps --usual" on a logged night look as if
		// it had filled in the usual values.
		fmt.Fprintln(cmd.OutOrStdout(), "It was logged already, so --usual filled in nothing: it keeps its other values.")
	}
	if trialHolds {
		p, err := s.Profile()
		if err != nil {
			return err
		}
		if hint := trialAnswerHint(inTrial, n, p, a.lastNight()); hint != "" {
			fmt.Fprintln(cmd.OutOrStdout(), hint)
		}
	}
	return nil
}

// spacedAnswers takes each word left over after log's flags as the answer
// to the yes/no flag just before it on the command line (cmdline), as in
// "--stretched no"; any other word left over is an error that says so.
func spacedAnswers(cmd *cobra.Command, cmdline, args []string, fields []nightField, values []string) error {
	from := 0
	for _, arg := range args {
		found := false
		for i := max(from, 1); i < len(cmdline) && !found; i++ {
			if cmdline[i] != arg {
				continue
			}
			fl := cmd.Flags().Lookup(strings.TrimPrefix(cmdline[i-1], "--"))
			if !strings.HasPrefix(cmdline[i-1], "--") || fl == nil {
				continue
			}
			for j, f := range fields {
				if f.isBool && f.flag() == fl.Name {
					if _, err := parseBool(arg); err != nil {
						return userErr(fmt.Errorf("--%s: %w", fl.Name, err)) // as --stretched=maybe
					}
					values[j], found, from = arg, true, i+1
					break
				}
			}
		}
		if !found {
			return fmt.Errorf("log takes no words of its own, only flags: %q is not the value of a flag", arg)
		}
	}
	return nil
}

// profileMedications checks --medications against the profile, as the Log
// screen offers only its medicines (and those the night already lists):
// a name is written as the profile spells it, and one it lacks is refused,
// not kept as a medicine no start date, insight or report knows ("furosemid").
func profileMedications(names, before []string, p diary.Profile) error {
	var known []string
	for _, m := range p.Medications {
		known = append(known, m.Name)
	}
	for i, name := range names {
		if slices.Contains(before, name) {
			continue
		}
		j := slices.IndexFunc(known, func(k string) bool { return strings.EqualFold(k, name) })
		if j >= 0 {
			names[i] = known[j]
			continue
		}
		has := "it has none yet"
		if len(known) > 0 {
			has = "its medicines are " + words.List(known)
		}
		return fmt.Errorf("--medications: %q is not a medicine in your profile (%s); add it on the Profile screen ('cramps', key 5) first", name, has)
	}
	return nil
}

// unsetKey forgets one field of the night.
func unsetKey(n *diary.Night, fields []nightField, key string) error {
	k := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(key)), "-", "_")
	switch k {
	case "notes":
		n.Notes = ""
		return nil
	case "episodes", "cramps":
		n.Episodes = nil
		return nil
	}
	for _, f := range fields {
		if f.key == k {
			f.unset(n)
			return nil
		}
	}
	return fmt.Errorf("--unset: %q is not a field of a night; use a key such as water_ml, stretched or notes", key)
}

var episodePath = regexp.MustCompile(`^episodes\[(\d+)\]\.(.*)$`)

// flagProblems says what is wrong in the words of the flags the user typed.
func flagProblems(ps diary.Problems, fields []nightField) error {
	byPath := make(map[string]string, len(fields))
	for _, f := range fields {
		byPath[f.path()] = "--" + f.flag()
	}
	lines := make([]string, 0, len(ps))
	for _, p := range ps {
		where := p.Path
		if fl, ok := byPath[p.Path]; ok {
			where = fl
		} else if m := episodePath.FindStringSubmatch(p.Path); m != nil {
			i, _ := strconv.Atoi(m[1])
			part, msg := m[2], p.Msg
			// In the words of MUSCLE,SIDE,DURATION,PAIN, which the user typed,
			// not the stored keys: "duration_s: must be between 1 and 10800"
			// answered "4h".
			switch part {
			case "duration_s":
				part, msg = "duration", "must be from 1s to "+words.Duration(diary.MaxEpisodeSeconds)
			case "intensity":
				part, msg = "pain", "must be from 0 to 10"
			}
			where, p.Msg = fmt.Sprintf("--episode %d, %s", i+1, part), msg
		}
		lines = append(lines, where+": "+p.Msg)
	}
	if len(lines) == 1 {
		return fmt.Errorf("the night was not saved: %s", lines[0])
	}
	return fmt.Errorf("the night was not saved:\n  %s", strings.Join(lines, "\n  "))
}
