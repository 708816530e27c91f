package main

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights/trial"
	"github.com/crampsdiary/cramps/store"
)

// The self-experiments of SPEC §11: cramps trial start|tonight|stop|report|list.

func (a *app) trialCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "trial",
		Short: "Self-experiments: does a habit go with fewer cramps for you?",
		Long: `A self-experiment (an N-of-1 trial) tests one habit in your own nights.
cramps splits the trial into pairs of periods; in each pair a fair coin,
drawn once when the trial starts, decides whether the change (A) or your
usual evening (B) comes first. Each evening 'cramps trial tonight' says what
to do; each morning you log the night as usual; at the end 'cramps trial
report' says what followed, and how easily chance alone could explain it.

` + wordwrap("Habits: "+strings.Join(habitWords(), ", ")+".", 76),
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(a.trialStartCmd(), a.trialTonightCmd(), a.trialStopCmd(), a.trialReportCmd(), a.trialListCmd())
	return cmd
}

func habitWords() []string {
	out := make([]string, len(diary.TrialHabits))
	for i, h := range diary.TrialHabits {
		out[i] = string(h)
	}
	return out
}

func (a *app) trialStartCmd() *cobra.Command {
	var pairs, period, washout int
	var start string
	var dryRun, asJSON bool
	cmd := &cobra.Command{
		Use:   "start HABIT",
		Short: "Plan a trial of a habit and start it (tonight, or --start)",
		Long: `Plan a self-experiment of HABIT, draw its random order and start it.

Habits and what the change (A) is:
` + habitTable() + `
Defaults: one night a period and 42 pairs (12 weeks); magnesium 14-night
periods, the first 7 of each not scored, and 8 pairs (with --period alone,
the first half of each period). At least 5 pairs, at
most 28 nights a period and 366 nights in all; one trial at a time.`,
		Example: `  cramps trial start stretched
  cramps trial start alcohol --pairs 84
  cramps trial start magnesium --start 2026-12-07
  cramps trial start stretched --dry-run --json   # the plan; nothing started`,
		Args: oneArg("HABIT"),
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			f := cmd.Flags()
			return a.runTrialStart(cmd.OutOrStdout(), args[0], start, trialFlags{
				pairs: pairs, period: period, washout: washout,
				pairsSet: f.Changed("pairs"), periodSet: f.Changed("period"), washoutSet: f.Changed("washout"),
				dryRun: dryRun, asJSON: asJSON,
			})
		}),
	}
	f := cmd.Flags()
	f.IntVar(&pairs, "pairs", 0, "pairs of periods (default 42; magnesium 8)")
	f.IntVar(&period, "period", 0, "nights in each period (default 1; magnesium 14)")
	f.IntVar(&washout, "washout", 0, "first nights of each period not scored (default 0; magnesium 7)")
	f.StringVar(&start, "start", "", "the trial's first night, YYYY-MM-DD (default: tonight)")
	f.BoolVar(&dryRun, "dry-run", false, "show the plan and the chance estimate without starting the trial")
	f.BoolVar(&asJSON, "json", false, "print the plan as JSON (the keys are in the README)")
	return cmd
}

func habitTable() string {
	var b strings.Builder
	for _, h := range diary.TrialHabits {
		fmt.Fprintf(&b, "  %-16s %s\n", h, h.Instruction(diary.ArmA, diary.NewProfile()))
	}
	return b.String()
}

// maxStartAhead is how far ahead a trial may be planned: a year.
const maxStartAhead = 366

type trialFlags struct {
	pairs, period, washout          int
	pairsSet, periodSet, washoutSet bool
	dryRun, asJSON                  bool
}

// design applies the flags given to the habit's default design.
func (f trialFlags) design(h diary.TrialHabit) diary.TrialDesign {
	d := h.DefaultDesign()
	if f.periodSet {
		if !f.washoutSet && d.PeriodNights > 0 && f.period >= 1 {
			// The default washout's share of the period, not its nights:
			// magnesium's 7 of 14 become 3 of 7 (not 0, and not 7 of 8).
			d.WashoutNights = d.WashoutNights * f.period / d.PeriodNights
		}
		d.PeriodNights = f.period
	}
	if f.washoutSet {
		d.WashoutNights = f.washout
	}
	if f.pairsSet {
		d.Pairs = f.pairs
	} else if d.PeriodNights >= 1 && d.Nights() > diary.MaxTrialNights {
		d.Pairs = diary.MaxTrialNights / (2 * d.PeriodNights) // the default length does not fit longer periods
	}
	return d
}

// trialFlagNames maps the design's problem paths to the flags that set them.
var trialFlagNames = map[string]string{"pairs": "--pairs", "period_nights": "--period", "washout_nights": "--washout"}

func (a *app) runTrialStart(out io.Writer, habit, startFlag string, f trialFlags) error {
	h := diary.TrialHabit(habitKey(habit))
	if !h.Valid() {
		return fmt.Errorf("%q is not a habit a trial can test%s; use one of %s", habit, habitSuggestion(habit), strings.Join(habitWords(), ", "))
	}
	tonight := a.today()
	start, err := a.dayFlagWith(a.parseDayAnyYear, "start", startFlag, tonight) // its own words for a year out of range
	switch {
	case err != nil:
		return err
	case start < tonight:
		return fmt.Errorf("--start %s is in the past: a trial's order is drawn when it starts, so it can only start tonight or later", start)
	case start > tonight.AddDays(maxStartAhead):
		return fmt.Errorf("--start %s is more than a year away; plan a trial to start within the next %d nights", start, maxStartAhead)
	}
	d := f.design(h)
	t, err := diary.NewTrial(h, start, d, rand.Reader)
	var ps diary.Problems
	if errors.As(err, &ps) {
		lines := make([]string, len(ps))
		for i, p := range ps {
			flag := trialFlagNames[p.Path]
			if flag == "" {
				flag = p.Path
			}
			lines[i] = flag + " " + strings.ReplaceAll(p.Msg, "period_nights", "--period")
		}
		return fmt.Errorf("cannot plan that trial: %s", strings.Join(lines, "; "))
	}
	if err != nil {
		return err
	}
	// plan checks t against the diary's trials, stores it unless a dry
	// run, and prints the plan with its chance estimate.
	plan := func(kept []diary.Trial, nights []diary.Night, p diary.Profile, put func(diary.Trial) error) error {
		t.ID = freeID(kept, t.ID)
		for _, k := range kept {
			if diary.Overlaps(k, t) {
				return fmt.Errorf("the trial %s (%s, nights %s to %s) holds nights this one would; one trial at a time: stop it first with 'cramps trial stop', or choose a --start after %s",
					k.ID, k.Habit.Name(), k.Start, k.End(), k.End())
			}
		}
		if !f.dryRun {
			if err := put(t); err != nil {
				return err
			}
		}
		est := trial.EstimateChance(nights, tonight, d)
		if f.asJSON {
			return writeJSON(out, planJSON(t, est, !f.dryRun))
		}
		writePlan(out, t, p, est, tonight, outWidth(out), !f.dryRun)
		return nil
	}
	open := a.open
	if f.dryRun {
		// A plan only: nothing written and no diary made, but planned on an
		// empty diary where there is none yet, as the trial itself would be
		// (the dry run said "there is no diary" to a plan that starts).
		if path, err := a.dbPath(); err == nil && noFile(path) {
			return plan(nil, nil, diary.NewProfile(), nil)
		}
		open = a.openExisting
	}
	return a.withTrials(open, func(s *store.Store, kept []diary.Trial) error {
		nights, err := s.AllNights()
		if err != nil {
			return err
		}
		p, err := s.Profile()
		if err != nil {
			return err
		}
		return plan(kept, nights, p, s.PutTrial)
	})
}

// freeID returns id, or id-2, id-3, … when a trial stopped before its first
// night already has it.
func freeID(kept []diary.Trial, id string) string {
	taken := make(map[string]bool, len(kept))
	for _, k := range kept {
		taken[k.ID] = true
	}
	free := id
	for n := 2; taken[free]; n++ {
		free = fmt.Sprintf("%s-%d", id, n)
	}
	return free
}

// startCommand is the command that starts the trial t plans: its habit and
// every flag that differs from the habit's defaults, so that it starts the
// trial planned (the dry run of --pairs 5 said 'cramps trial start
// stretched', which starts 42 pairs).
func startCommand(t diary.Trial, tonight diary.Date) string {
	cmd := "cramps trial start " + string(t.Habit)
	if t.Start != tonight {
		cmd += " --start " + t.Start.String()
	}
	d, def := t.Design(), t.Habit.DefaultDesign()
	if d.Pairs != def.Pairs {
		cmd += fmt.Sprintf(" --pairs %d", d.Pairs)
	}
	if d.PeriodNights != def.PeriodNights {
		cmd += fmt.Sprintf(" --period %d", d.PeriodNights)
	}
	if d.WashoutNights != def.WashoutNights {
		cmd += fmt.Sprintf(" --washout %d", d.WashoutNights)
	}
	return cmd
}

// writePlan prints a new trial's plan: dates, design, tonight, the chance estimate.
func writePlan(w io.Writer, t diary.Trial, p diary.Profile, est trial.Estimate, tonight diary.Date, width int, started bool) {
	para := func(s string) { fmt.Fprintln(w, wordwrap(s, width)) }
	if started {
		para(fmt.Sprintf("Started a trial of %s: %s.", t.Habit.Name(), t.ID))
	} else {
		para(fmt.Sprintf("The plan of a trial of %s, not started (--dry-run): its random order is drawn when it starts.", t.Habit.Name()))
	}
	if t.Habit.Supplement() {
		para(diary.SupplementAdvice)
	}
	fmt.Fprintln(w)
	nights := t.Design().Nights()
	row := func(label, value string) {
		const indent = "                 " // the labels' column, 2 + 15
		wrapped := wordwrap(value, max(20, width-len(indent)))
		fmt.Fprintf(w, "  %-15s%s\n", label, strings.ReplaceAll(wrapped, "\n", "\n"+indent))
	}
	row("Nights", fmt.Sprintf("%s to %s: %s (%s)", longDate(t.Start), longDate(t.Last()), words.Nouns(nights, "night"), trial.Weeks(nights)))
	row("Design", trial.DesignWords(t.Design()))
	row("A, the change", t.Habit.Instruction(diary.ArmA, p))
	row("B, as usual", t.Habit.Instruction(diary.ArmB, p))
	fmt.Fprintln(w)
	if started {
		para(t.Instruction(tonight, p))
		fmt.Fprintln(w)
	}
	for _, line := range est.Lines(t.Start) {
		para(line)
	}
	fmt.Fprintln(w)
	if !started {
		para("'" + startCommand(t, tonight) + "' starts it.")
		return
	}
	para("Each evening 'cramps trial tonight' says what to do; log each morning as usual, including whether you followed it. 'cramps trial report' gives the result when the trial ends.")
}

func (a *app) trialTonightCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "tonight",
		Short: "Tonight's instruction in the current trial",
		Long: `Say what to do tonight in the current trial, in one line. With --json:
{"trial": ID or null, "date": tonight, "condition": "A", "B" or null,
"scored": true or false, "instruction": "..."}; condition is null outside a
trial. Made for shell prompts and evening notifications (see the README).`,
		Args: cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			return a.withTrials(a.openExisting, func(s *store.Store, ts []diary.Trial) error {
				p, err := s.Profile()
				if err != nil {
					return err
				}
				tn, line := a.tonightLine(ts, p)
				out := cmd.OutOrStdout()
				if asJSON {
					return writeJSON(out, tn)
				}
				_, err = fmt.Fprintln(out, line)
				return err
			})
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print tonight's condition as JSON")
	return cmd
}

// tonightLine is tonight's condition in the diary's trials ts (condition null
// outside a trial, trial null when none is running or planned), and the
// line `cramps trial tonight` prints.
func (a *app) tonightLine(ts []diary.Trial, p diary.Profile) (trialTonightJSON, string) {
	tonight := a.today()
	tn := trialTonightJSON{Date: tonight}
	t, ok := currentTrial(ts, tonight)
	if !ok {
		tn.Instruction = "No trial is running; start one with 'cramps trial start HABIT'."
		return tn, tn.Instruction
	}
	line := t.Instruction(tonight, p)
	if held := tonightOf([]diary.Trial{t}, tonight, p); held != nil {
		return *held, line
	}
	tn.Trial, tn.Instruction = diary.Some(t.ID), line
	return tn, line
}

// currentTrial is the trial that holds tonight, else the next one planned.
func currentTrial(ts []diary.Trial, tonight diary.Date) (diary.Trial, bool) {
	for _, t := range ts {
		if t.Holds(tonight) {
			return t, true
		}
	}
	for _, t := range ts {
		if t.Status(tonight) == diary.TrialPlanned {
			return t, true
		}
	}
	return diary.Trial{}, false
}

func (a *app) trialStopCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stop [ID]",
		Short: "End the running trial early, or cancel a planned one",
		Long: `End the running trial early: tonight is no longer part of it, and its
report covers the nights before. With no ID it stops the running trial, or
else the planned one; with an ID (from 'cramps trial list') it stops that
trial, so that a trial planned to follow the running one can be cancelled
without ending the running one.`,
		Example: `  cramps trial stop
  cramps trial stop magnesium-2026-12-14`,
		Args: atMostOneArg("ID"),
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			return a.withTrials(a.open, func(s *store.Store, ts []diary.Trial) error {
				return a.stopTrial(cmd.OutOrStdout(), s, ts, args)
			})
		}),
	}
}

// stopTrial ends a trial of ts tonight: the one args names, else the
// current one.
func (a *app) stopTrial(out io.Writer, s *store.Store, ts []diary.Trial, args []string) error {
	tonight := a.today()
	t, ok := currentTrial(ts, tonight)
	if len(args) == 1 {
		var err error
		if t, err = pickTrial(ts, args, tonight); err != nil {
			return err
		}
		switch t.Status(tonight) {
		case diary.TrialStopped:
			if t.End() < t.Start {
				return fmt.Errorf("the trial %s was stopped already, before its first night", t.ID)
			}
			return fmt.Errorf("the trial %s was stopped already, after its night of %s; 'cramps trial report %s' gives its result", t.ID, longDate(t.End()), t.ID)
		case diary.TrialComplete:
			return fmt.Errorf("the trial %s is complete (its last night was %s), so there is nothing to stop; 'cramps trial report %s' gives its result", t.ID, longDate(t.Last()), t.ID)
		}
	} else if !ok {
		return errors.New("no trial is running or planned, so there is nothing to stop; 'cramps trial list' shows past ones")
	}
	t.Stopped = diary.Some(max(tonight, t.Start))
	if err := s.PutTrial(t); err != nil {
		return err
	}
	held := t.End().DaysSince(t.Start) + 1
	if held <= 0 {
		_, err := fmt.Fprintf(out, "Stopped the trial of %s (%s) before its first night; it holds no nights.\n", t.Habit.Name(), t.ID)
		return err
	}
	_, err := fmt.Fprintf(out, "Stopped the trial of %s (%s) after %s of %s; tonight is no longer part of it. Its result: cramps trial report %s\n",
		t.Habit.Name(), t.ID, words.Nouns(held, "night"), words.Count(t.Design().Nights()), t.ID)
	return err
}

func (a *app) trialReportCmd() *cobra.Command {
	var asJSON, peek bool
	cmd := &cobra.Command{
		Use:   "report [ID]",
		Short: "The result of a trial (default: the latest)",
		Long: `Analyse a trial by assignment (intention to treat): the cramps on the
nights you were asked to make the change against those as usual, and the
exact chance that a difference this large arises from the random order
alone. While a trial runs its figures are withheld, so that they cannot
tempt an early stop; --peek shows them, marked interim.`,
		Example: `  cramps trial report
  cramps trial report --peek
  cramps trial report stretched-2026-12-01 --json`,
		Args: atMostOneArg("ID"),
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			return a.withTrials(a.openExisting, func(s *store.Store, ts []diary.Trial) error {
				t, err := pickTrial(ts, args, a.today())
				if err != nil {
					return err
				}
				nights, err := a.soundNights(s, t)
				if err != nil {
					return err
				}
				p, err := s.Profile()
				if err != nil {
					return err
				}
				r := trial.Analyze(t, nights, p, a.today()).Withhold(peek)
				out := cmd.OutOrStdout()
				if asJSON {
					return writeJSON(out, trialReportJSON{r, trialNights(t, nights, p)})
				}
				writeTrialReport(out, t, r, peek, outWidth(out))
				return nil
			})
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON (the keys are in the README)")
	cmd.Flags().BoolVar(&peek, "peek", false, "show a running trial's interim figures (do not stop on these)")
	return cmd
}

// withTrials opens the diary with open, reads its trials and runs f on them.
func (a *app) withTrials(open func() (*store.Store, error), f func(*store.Store, []diary.Trial) error) error {
	s, err := open()
	if err != nil {
		return err
	}
	defer s.Close()
	ts, err := s.Trials()
	if err != nil {
		return err
	}
	return f(s, ts)
}

// soundNights reads the nights a trial holds that can be read, noting any
// damage: a damaged night is left out, as a night not logged.
func (a *app) soundNights(s *store.Store, t diary.Trial) ([]diary.Night, error) {
	if t.End() < t.Start {
		return nil, nil
	}
	nights, problems, err := s.SoundNights(t.Start, t.End())
	if err != nil {
		return nil, err
	}
	a.noteDamage(s.Path(), problems)
	return nights, nil
}

// pickTrial finds the trial an argument names, or the latest one begun.
func pickTrial(ts []diary.Trial, args []string, tonight diary.Date) (diary.Trial, error) {
	if len(ts) == 0 {
		return diary.Trial{}, errors.New("the diary has no trials yet; start one with 'cramps trial start HABIT'")
	}
	if len(args) == 1 {
		ids := make([]string, len(ts))
		for i, t := range ts {
			if t.ID == args[0] {
				return t, nil
			}
			ids[i] = t.ID
		}
		return diary.Trial{}, fmt.Errorf("no trial %q in the diary; its trials: %s", args[0], words.List(ids))
	}
	for _, t := range ts {
		if t.Holds(tonight) {
			return t, nil
		}
	}
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].Start <= tonight && ts[i].Start <= ts[i].End() {
			return ts[i], nil
		}
	}
	return ts[len(ts)-1], nil
}

// writeTrialReport prints a trial's result for people.
func writeTrialReport(w io.Writer, t diary.Trial, r trial.Result, peek bool, width int) {
	para := func(s string) { fmt.Fprintln(w, wordwrap(s, width)) }
	last := t.Last()
	if r.Status == diary.TrialStopped && t.End() >= t.Start {
		last = t.End() // the nights it held, not those it planned
	}
	para(fmt.Sprintf("Trial %s: %s, %s to %s (%s).", t.ID, t.Habit.Name(), longDate(t.Start), longDate(last), statusWords(t, r)))
	para(trial.DesignWords(t.Design()) + ".")
	fmt.Fprintln(w)
	for _, s := range r.Sentences(trial.ToUser) {
		para(s)
	}
	if r.Withheld && !peek && r.Status != diary.TrialPlanned { // a planned trial has no figures to peek at
		para("('cramps trial report --peek' shows the interim figures.)")
	}
	if r.Verdict != trial.VerdictRunning {
		fmt.Fprintln(w)
		para(trial.Caveat)
	}
}

// statusWords says where the trial stands.
func statusWords(t diary.Trial, r trial.Result) string {
	switch r.Status {
	case diary.TrialStopped:
		held := t.End().DaysSince(t.Start) + 1
		if held <= 0 {
			return "stopped before its first night"
		}
		return fmt.Sprintf("stopped early, after %s of its %s; planned to %s", words.Count(held), words.Nouns(t.Design().Nights(), "night"), longDate(t.Last()))
	case diary.TrialPlanned:
		return "planned"
	case diary.TrialRunning:
		return "running"
	}
	return "complete"
}

func (a *app) trialListCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "Every trial of the diary, with its status and verdict",
		Args:  cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			return a.withTrials(a.openExisting, func(s *store.Store, ts []diary.Trial) error {
				return a.listTrials(cmd.OutOrStdout(), s, ts, asJSON)
			})
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the list as JSON")
	return cmd
}

// listTrials prints the trials ts of the diary s, with their status and verdict.
func (a *app) listTrials(out io.Writer, s *store.Store, ts []diary.Trial, asJSON bool) error {
	p, err := s.Profile()
	if err != nil {
		return err
	}
	tonight := a.today()
	rows := make([]trialListJSON, len(ts))
	for i, t := range ts {
		nights, err := a.soundNights(s, t)
		if err != nil {
			return err
		}
		r := trial.Analyze(t, nights, p, tonight)
		rows[i] = trialListJSON{ID: t.ID, Habit: t.Habit, Start: t.Start, End: t.End(), Status: r.Status, Verdict: r.Verdict}
	}
	if asJSON {
		return writeJSON(out, rows)
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(out, "No trials yet; start one with 'cramps trial start HABIT'.")
		return err
	}
	tw := table(out)
	fmt.Fprintln(tw, "ID\tHABIT\tNIGHTS\tSTATUS\tVERDICT")
	for _, r := range rows {
		held := r.Start.String() + " to " + r.End.String()
		if r.End < r.Start {
			held = "none (stopped before its first night)"
		}
		verdict := strings.ReplaceAll(string(r.Verdict), "_", " ")
		switch {
		case r.Status == diary.TrialPlanned:
			verdict = "not started" // the JSON's "running", which reads wrongly beside "planned"
		case r.End < r.Start:
			verdict = "–" // no night to judge: "too little data" suggested some
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Habit, held, r.Status, verdict)
	}
	return tw.Flush()
}

// trialListJSON is one row of `cramps trial list --json`.
type trialListJSON struct {
	ID      string            `json:"id"`
	Habit   diary.TrialHabit  `json:"habit"`
	Start   diary.Date        `json:"start"`
	End     diary.Date        `json:"end"`
	Status  diary.TrialStatus `json:"status"`
	Verdict trial.Verdict     `json:"verdict"`
}

// trialOn returns the trial of ts that holds the night d, if any.
func trialOn(ts []diary.Trial, d diary.Date) (diary.Trial, bool) {
	for _, t := range ts {
		if t.Holds(d) {
			return t, true
		}
	}
	return diary.Trial{}, false
}

// trialAnswerHint says, after `cramps log` saved the night n of a trial t,
// how to record the trial's answer when n does not (SPEC §11.3: the habit
// is never prefilled, so it must come from the user); "" when it does.
func trialAnswerHint(t diary.Trial, n diary.Night, p diary.Profile, lastNight diary.Date) string {
	if _, known := t.Habit.FollowedA(n, p); known {
		return ""
	}
	var how string
	switch t.Habit {
	case diary.HabitAlcohol:
		how = "--alcohol-drinks N"
	case diary.HabitLateCaffeine:
		how = "--caffeine-servings N and --last-caffeine HH:MM"
	case diary.HabitMagnesium:
		how = "--supplements magnesium (with any others taken) or --supplements none"
	default:
		flag := "--" + strings.ReplaceAll(t.Habit.Fields()[0], "_", "-")
		how = flag + " or " + flag + "=false"
	}
	night := "Last night"
	if n.Date != lastNight {
		night = "The night of " + longDate(n.Date)
	}
	return fmt.Sprintf("%s was in your trial of %s and its answer is not recorded: log it with %s.", night, t.Habit.Name(), how)
}

// habitKey writes a typed habit as a key: "Legs-Elevated" is legs_elevated.
func habitKey(s string) string {
	return strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(strings.TrimSpace(s)))
}

// habitSuggestion names the habit a mistyped one most likely means: by its
// name in words ("stretching", "no alcohol"), or a key a few letters away
// ("strecthed"); "" when none is near.
func habitSuggestion(typed string) string {
	k := habitKey(typed)
	best, bestDist := "", 4 // more than three edits away is not a typo
	for _, h := range diary.TrialHabits {
		if habitKey(h.Name()) == k {
			return " (did you mean " + string(h) + "?)"
		}
		if d := diary.EditDistance(k, string(h)); d < bestDist {
			best, bestDist = string(h), d
		}
	}
	if best == "" {
		return ""
	}
	return " (did you mean " + best + "?)"
}
