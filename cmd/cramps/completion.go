package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/store"
)

// completionLong is the help of `cramps completion`, which cobra provides.
const completionLong = `Print the script that lets your shell complete cramps' commands, flags
and values (dates, weeks, log's fields, muscles and sides, export formats,
trial habits, your trials, the red flags your diary raises).

  bash:  source <(cramps completion bash)  # in ~/.bashrc, after bash-completion
  zsh:   source <(cramps completion zsh)   # in ~/.zshrc, after compinit
  fish:  mkdir -p ~/.config/fish/completions
         cramps completion fish > ~/.config/fish/completions/cramps.fish

Each sub-command's help says more: cramps completion bash --help.`

// completeDays is how many recent nights a date completes to.
const completeDays = 7

// addCompletions teaches every command how to complete its arguments and its
// flags' values. It runs once the command tree is built.
func (a *app) addCompletions(root *cobra.Command) {
	// cobra's completion command keeps the writer it was made with.
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Short = "Print the script that completes cramps in bash, zsh or fish"
			c.Long = completionLong
		}
	}
	must := func(c *cobra.Command, flag string, f cobra.CompletionFunc) {
		if c.Flags().Lookup(flag) == nil && c.PersistentFlags().Lookup(flag) == nil {
			return
		}
		if err := c.RegisterFlagCompletionFunc(flag, f); err != nil {
			panic(fmt.Sprintf("completion of --%s on %s: %v", flag, c.Name(), err)) // a programming error, met by the tests
		}
	}
	must(root, "db", fileExt("db"))
	for _, c := range allCommands(root) {
		switch c.CommandPath() {
		case "cramps trial start":
			c.ValidArgsFunction = firstArg(habitChoices)
			must(c, "start", a.completeStarts)
		case "cramps trial report":
			c.ValidArgsFunction = firstArg(a.trialIDs)
		case "cramps trial stop":
			c.ValidArgsFunction = firstArg(a.stoppableTrialIDs)
		case "cramps flags ack":
			c.ValidArgs = nil // every id there is; the flags the diary raises are what one acknowledges
			c.ValidArgsFunction = firstArg(a.raisedFlagIDs)
		}
		if c.ValidArgsFunction == nil && c.ValidArgs == nil {
			c.ValidArgsFunction = cobra.NoFileCompletions
		}
		for _, name := range []string{"from", "to", "date"} {
			must(c, name, a.completeDates)
		}
		must(c, "week", a.completeWeeks)
		switch c.Name() {
		case "show":
			c.ValidArgsFunction = func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
				if len(args) > 0 {
					return nil, cobra.ShellCompDirectiveNoFileComp
				}
				return a.completeDates(cmd, args, toComplete)
			}
		case "import":
			c.ValidArgsFunction = fileExt("json", "csv")
		case "backup":
			c.ValidArgsFunction = func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
				return nil, cobra.ShellCompDirectiveDefault
			}
		case "export":
			must(c, "format", fixed("json\tlossless, the whole diary", "csv\tfor spreadsheets"))
			must(c, "table", fixed("nights\tone row per night", "episodes\tone row per cramp"))
			must(c, "output", fileExt("json", "csv"))
		case "report":
			must(c, "output", fileExt("md", "html", "htm"))
			must(c, "weeks", fixed("4", "12", "26", "52"))
		case "log":
			a.addLogCompletions(c, must)
		}
	}
}

// addLogCompletions completes the values of `cramps log`'s flags.
func (a *app) addLogCompletions(c *cobra.Command, must func(*cobra.Command, string, cobra.CompletionFunc)) {
	must(c, "exercise-intensity", fixed(enumWords(diary.Intensities)...))
	must(c, "sleep-position", fixed(enumWords(diary.SleepPositions)...))
	must(c, "supplements", listOf(func() []string { return append(enumWords(diary.Supplements), "none") }))
	must(c, "medications", listOf(func() []string { return append(a.profileMedications(), "none") }))
	keys := []string{"notes", "episodes"}
	for _, f := range nightFields() {
		keys = append(keys, f.key)
	}
	must(c, "unset", fixed(keys...))
	must(c, "episode", completeEpisode)
	// "--stretched no" is read as written (spacedAnswers): after a yes/no
	// flag, offer the answers.
	c.ValidArgsFunction = func(cmd *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if n := len(a.args); n >= 2 {
			prev := a.args[n-2]
			if fl := cmd.Flags().Lookup(strings.TrimPrefix(prev, "--")); fl != nil && strings.HasPrefix(prev, "--") {
				for _, f := range nightFields() {
					if f.isBool && f.flag() == fl.Name {
						return []cobra.Completion{"yes", "no"}, cobra.ShellCompDirectiveNoFileComp
					}
				}
			}
		}
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
}

// allCommands lists root's commands and theirs, depth first.
func allCommands(root *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	for _, c := range root.Commands() {
		out = append(out, c)
		out = append(out, allCommands(c)...)
	}
	return out
}

// firstArg completes a command's one argument from choices, and nothing after it.
func firstArg(choices func() []cobra.Completion) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return choices(), cobra.ShellCompDirectiveNoFileComp
	}
}

// habitChoices are the habits a self-experiment can test (SPEC §11.1).
func habitChoices() []cobra.Completion {
	out := make([]cobra.Completion, len(diary.TrialHabits))
	for i, h := range diary.TrialHabits {
		out[i] = cobra.CompletionWithDesc(string(h), h.Name())
	}
	return out
}

// trialIDs are the ids of the diary's trials, newest first.
func (a *app) trialIDs() []cobra.Completion {
	var out []cobra.Completion
	a.peek(func(s *store.Store) {
		trials, err := s.Trials()
		if err != nil {
			return
		}
		for i := len(trials) - 1; i >= 0; i-- {
			out = append(out, cobra.CompletionWithDesc(trials[i].ID, trials[i].Habit.Name()))
		}
	})
	return out
}

// stoppableTrialIDs are the ids of the trials that are running or
// planned, the ones 'cramps trial stop' takes.
func (a *app) stoppableTrialIDs() []cobra.Completion {
	var out []cobra.Completion
	a.peek(func(s *store.Store) {
		trials, err := s.Trials()
		if err != nil {
			return
		}
		tonight := a.today()
		for _, t := range trials {
			if st := t.Status(tonight); st == diary.TrialRunning || st == diary.TrialPlanned {
				out = append(out, cobra.CompletionWithDesc(t.ID, t.Habit.Name()+", "+string(st)))
			}
		}
	})
	return out
}

// raisedFlagIDs are the ids of the red flags the diary raises as of last night.
func (a *app) raisedFlagIDs() []cobra.Completion {
	var out []cobra.Completion
	a.peek(func(s *store.Store) {
		p, err := s.Profile()
		if err != nil {
			return
		}
		nights, err := s.AllNights()
		if err != nil {
			return
		}
		for _, f := range redflags.Check(nights, p, a.lastNight()) {
			out = append(out, cobra.CompletionWithDesc(f.ID, string(f.Level)+": "+redflags.Name(f.ID)))
		}
	})
	return out
}

// peek runs f on the diary opened read-only, without waiting on another
// cramps; it does nothing when the diary cannot be opened at once.
func (a *app) peek(f func(*store.Store)) {
	path, err := a.dbPath()
	if err != nil {
		return
	}
	s, err := store.Open(path, store.Options{ReadOnly: true, LockTimeout: time.Millisecond})
	if err != nil {
		return
	}
	defer s.Close()
	f(s)
}

// fixed completes to the given words (each may carry a tab and a description).
func fixed(choices ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return choices, cobra.ShellCompDirectiveNoFileComp
	}
}

// fileExt completes file names ending in one of exts, and folders.
func fileExt(exts ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return exts, cobra.ShellCompDirectiveFilterFileExt
	}
}

// listOf completes a comma-separated list: the words typed so far stay, and
// the last one completes to a word not yet in the list.
func listOf(choices func() []string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		i := strings.LastIndex(toComplete, ",")
		done, typed := toComplete[:i+1], strings.Split(toComplete[:max(i, 0)], ",")
		var out []cobra.Completion
		for _, w := range choices() {
			if !containsFold(typed, w) && (done == "" || w != "none") {
				out = append(out, done+w)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	}
}

// completeEpisode completes the MUSCLE and SIDE of --episode MUSCLE,SIDE,DURATION,PAIN.
func completeEpisode(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var choices []string
	switch strings.Count(toComplete, ",") {
	case 0:
		choices = enumWords(diary.Muscles)
	case 1:
		choices = enumWords(diary.Sides)
	default:
		return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	}
	done := toComplete[:strings.LastIndex(toComplete, ",")+1]
	out := make([]cobra.Completion, len(choices))
	for i, w := range choices {
		out[i] = done + w + ","
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}

// completeDates offers the last completeDays nights, newest first, and the
// words a date flag takes.
func (a *app) completeDates(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	last := a.lastNight()
	out := make([]cobra.Completion, 0, completeDays+3)
	for i := range completeDays {
		d := last.AddDays(-i)
		what := d.Time().Format("Mon 2 Jan")
		if i == 0 {
			what += ", last night"
		}
		out = append(out, cobra.CompletionWithDesc(d.String(), what))
	}
	return append(out, "today", "yesterday", "last-night"), cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

// completeStarts offers tonight and the nights of the coming week, for a
// trial's first night.
func (a *app) completeStarts(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	today := a.today()
	out := make([]cobra.Completion, 0, completeDays)
	for i := range completeDays {
		d := today.AddDays(i)
		what := d.Time().Format("Mon 2 Jan")
		if i == 0 {
			what += ", tonight"
		}
		out = append(out, cobra.CompletionWithDesc(d.String(), what))
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

// completeWeeks offers the ISO weeks of the last month, this one first.
func (a *app) completeWeeks(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	last := a.lastNight()
	var out []cobra.Completion
	for i := range 5 {
		d := last.AddDays(-7 * i)
		y, w := d.ISOWeek()
		monday := d.AddDays(-((int(d.Weekday()) + 6) % 7))
		out = append(out, cobra.CompletionWithDesc(fmt.Sprintf("%d-W%02d", y, w), "from "+monday.Time().Format("Mon 2 Jan")))
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

// profileMedications names the medicines in the diary's profile; none when
// it cannot be read at once.
func (a *app) profileMedications() []string {
	var names []string
	a.peek(func(s *store.Store) {
		p, err := s.Profile()
		if err != nil {
			return
		}
		for _, m := range p.Medications {
			names = append(names, m.Name)
		}
	})
	return names
}

// enumWords turns an enumeration into its words.
func enumWords[T ~string](all []T) []string {
	out := make([]string, len(all))
	for i, w := range all {
		out[i] = string(w)
	}
	return out
}

func containsFold(list []string, w string) bool {
	for _, x := range list {
		if strings.EqualFold(strings.TrimSpace(x), w) {
			return true
		}
	}
	return false
}
