package diary

import (
	"cmp"
	"fmt"
	"io"
	"slices"
)

// Trial is a randomised self-experiment (an N-of-1 trial, SPEC §11): Pairs
// pairs of two periods of PeriodNights nights each, from the night Start. In
// pair i, Order[i] says which condition comes first, "AB" or "BA", drawn
// once when the trial is made and never again. The first WashoutNights
// nights of each period are not scored. Stopped, when known, is the first
// night no longer in the trial, for a trial ended early.
type Trial struct {
	ID            string     `json:"id"`
	Habit         TrialHabit `json:"habit"`
	Start         Date       `json:"start"`
	PeriodNights  int        `json:"period_nights"`
	WashoutNights int        `json:"washout_nights"`
	Pairs         int        `json:"pairs"`
	Order         []string   `json:"order"`
	Stopped       Opt[Date]  `json:"stopped,omitzero"`
}

// The pair orders.
const (
	OrderAB = "AB" // A first
	OrderBA = "BA" // B first
)

// The limits of a trial's design (SPEC §11.2).
const (
	// MinTrialPairs: with n pairs the exact two-sided test's smallest p is
	// 2/2ⁿ, so with fewer than 5 it can never reach 0.05 (4 pairs: 2/16 =
	// 0.125); nor can it with 5 (2/32 = 0.0625): 6 is the fewest that can.
	MinTrialPairs   = 5
	MaxPeriodNights = 28
	MaxTrialNights  = 366
)

// TrialStatus is where a trial stands.
type TrialStatus string

// The statuses of a trial.
const (
	TrialPlanned  TrialStatus = "planned"
	TrialRunning  TrialStatus = "running"
	TrialComplete TrialStatus = "complete"
	TrialStopped  TrialStatus = "stopped"
)

// NewTrial plans a trial of habit h from the night start, drawing the order
// of each pair with one fair coin from coins (crypto/rand.Reader in cramps;
// a fixed source in tests). Its id is the habit and the start date,
// "stretched-2026-12-01". An invalid habit or design gives diary.Problems
// with the paths "habit", "pairs", "period_nights", "washout_nights".
func NewTrial(h TrialHabit, start Date, d TrialDesign, coins io.Reader) (Trial, error) {
	t := Trial{ID: string(h) + "-" + start.String(), Habit: h, Start: start,
		PeriodNights: d.PeriodNights, WashoutNights: d.WashoutNights, Pairs: d.Pairs}
	var c checker
	t.checkDesign(&c)
	if len(c.ps) > 0 {
		return Trial{}, c.ps
	}
	bits := make([]byte, d.Pairs)
	if _, err := io.ReadFull(coins, bits); err != nil {
		return Trial{}, fmt.Errorf("draw the order of the trial: %w", err)
	}
	t.Order = make([]string, d.Pairs)
	for i, b := range bits {
		t.Order[i] = OrderAB
		if b&1 == 1 {
			t.Order[i] = OrderBA
		}
	}
	return t, nil
}

// Design returns the trial's design.
func (t Trial) Design() TrialDesign {
	return TrialDesign{PeriodNights: t.PeriodNights, WashoutNights: t.WashoutNights, Pairs: t.Pairs}
}

// Last returns the trial's last night as planned: start + 2·P·pairs − 1.
func (t Trial) Last() Date { return t.Start.AddDays(t.Design().Nights() - 1) }

// End returns the last night the trial holds: the night before Stopped when
// it was stopped, else Last. A trial stopped on its first night ends before
// it starts.
func (t Trial) End() Date {
	if s, ok := t.Stopped.Get(); ok && s <= t.Last() {
		return s.AddDays(-1)
	}
	return t.Last()
}

// Status says where the trial stands on the evening of tonight: planned
// before its first night, running up to and including its last, complete
// after it, stopped once ended early.
func (t Trial) Status(tonight Date) TrialStatus {
	switch {
	case t.Stopped.Known():
		return TrialStopped
	case tonight < t.Start:
		return TrialPlanned
	case tonight > t.Last():
		return TrialComplete
	}
	return TrialRunning
}

// TrialNight is one night of a trial's schedule.
type TrialNight struct {
	Date   Date
	Index  int // j, 0-based from the start
	Pair   int // i = ⌊j / 2P⌋
	Period int // 0 for the pair's first period, 1 for its second
	Arm    Arm // the condition assigned
	// Scored: past the period's washout, so the night counts when its cramps are recorded.
	Scored bool
	// AfterStop: on or after the night the trial was stopped; the night is not in the trial.
	AfterStop bool
}

// Night returns the schedule of night d, false when d lies outside
// Start … Last. A night on or after Stopped is returned with AfterStop set,
// so a calendar can draw the plan that was not carried out.
func (t Trial) Night(d Date) (TrialNight, bool) {
	j := d.DaysSince(t.Start)
	p := t.PeriodNights
	if p < 1 || j < 0 || d > t.Last() {
		return TrialNight{}, false
	}
	n := TrialNight{Date: d, Index: j, Pair: j / (2 * p), Scored: j%p >= t.WashoutNights}
	if j%(2*p) >= p {
		n.Period = 1
	}
	n.Arm = t.arm(n.Pair, n.Period)
	if s, ok := t.Stopped.Get(); ok && d >= s {
		n.AfterStop = true
	}
	return n, true
}

// arm returns the condition of a pair's period 0 or 1, "" when the order is unknown.
func (t Trial) arm(pair, period int) Arm {
	if pair >= len(t.Order) {
		return ""
	}
	switch {
	case t.Order[pair] == OrderAB && period == 0, t.Order[pair] == OrderBA && period == 1:
		return ArmA
	case t.Order[pair] == OrderAB, t.Order[pair] == OrderBA:
		return ArmB
	}
	return ""
}

// Holds reports whether night d is in the trial: scheduled, and before any stop.
func (t Trial) Holds(d Date) bool {
	n, ok := t.Night(d)
	return ok && !n.AfterStop
}

// Followed reports whether night n followed the condition it was assigned,
// and whether that is known (the habit's value recorded, the night in the trial).
func (t Trial) Followed(n Night, p Profile) (followed, known bool) {
	s, ok := t.Night(n.Date)
	if !ok || s.AfterStop {
		return false, false
	}
	a, known := t.Habit.FollowedA(n, p)
	if !known {
		return false, false
	}
	return a == (s.Arm == ArmA), true
}

// Instruction says what to do on the evening of night d, in one sentence
// for the user: "Tonight, night 3 of 84 (condition A): stretch your calves
// and hamstrings before bed." Outside the trial it says so.
func (t Trial) Instruction(d Date, p Profile) string {
	name := t.Habit.Name()
	n, ok := t.Night(d)
	switch {
	case d < t.Start:
		return fmt.Sprintf("Your trial of %s starts on the night of %s; nothing to do tonight.", name, t.Start.Time().Format("Mon 2 Jan 2006"))
	case !ok || n.AfterStop:
		return fmt.Sprintf("Your trial of %s is over; nothing to do tonight.", name)
	}
	note := ""
	if !n.Scored {
		note = ", settling in: not scored"
	}
	return fmt.Sprintf("Tonight, night %d of %d (condition %s%s): %s.", n.Index+1, t.Design().Nights(), n.Arm, note,
		t.Habit.Instruction(n.Arm, p))
}

// Validate returns every problem with the trial on its own, each at its
// path inside the trial ("order[2]"). Overlaps with other trials are
// ValidateTrials' to find.
func (t Trial) Validate() Problems {
	var c checker
	switch {
	case t.ID == "":
		c.add("id", "must not be empty")
	case !plainID(t.ID):
		c.add("id", "must be letters, digits, - and _ only, at most %d of them", maxTrialIDLen)
	}
	t.checkDesign(&c)
	if y, _, _ := t.Start.YMD(); y < MinYear || y > MaxYear {
		c.add("start", "must be a date between %d and %d", MinYear, MaxYear)
	}
	if t.Pairs > 0 && len(t.Order) != t.Pairs { // 0: no pairs were read, so no length to hold the order to
		c.add("order", "must hold one AB or BA for each of the %d pairs, not %d", t.Pairs, len(t.Order))
	}
	for i, o := range t.Order {
		if o != OrderAB && o != OrderBA {
			c.add(fmt.Sprintf("order[%d]", i), "must be AB or BA")
		}
	}
	if s, ok := t.Stopped.Get(); ok && len(c.ps) == 0 && (s < t.Start || s > t.Last()) {
		c.add("stopped", "must be within the trial, from its first night %s to its last %s", t.Start, t.Last())
	}
	return c.ps
}

// maxTrialIDLen bounds a trial's id, which is a store key and a command's argument.
const maxTrialIDLen = 64

func plainID(s string) bool {
	return len(s) <= maxTrialIDLen && plainKey(s)
}

// checkDesign adds the problems of the habit and the design.
func (t Trial) checkDesign(c *checker) {
	switch {
	case t.Habit == "":
		c.add("habit", "must not be empty; use one of %s", HabitNames())
	case !t.Habit.Valid():
		c.add("habit", "%q is not a habit a trial can test; use one of %s", string(t.Habit), HabitNames())
	}
	if t.Pairs < MinTrialPairs {
		c.add("pairs", "must be at least %d: with fewer pairs the exact test can never reach p ≤ 0.05", MinTrialPairs)
	}
	if t.PeriodNights < 1 || t.PeriodNights > MaxPeriodNights {
		c.add("period_nights", "must be between 1 and %d", MaxPeriodNights)
	}
	if t.WashoutNights < 0 || (t.PeriodNights >= 1 && t.WashoutNights >= t.PeriodNights) {
		c.add("washout_nights", "must be at least 0 and fewer than period_nights (%d)", t.PeriodNights)
	}
	if t.Pairs >= MinTrialPairs && t.PeriodNights >= 1 && t.PeriodNights <= MaxPeriodNights {
		if t.Pairs > MaxTrialNights {
			c.add("pairs", "must be at most %d", MaxTrialNights/2)
		} else if n := t.Design().Nights(); n > MaxTrialNights {
			c.add("pairs", "must be at most %d with %d-night periods: %d pairs of two such periods is %d nights, and a trial holds at most %d",
				MaxTrialNights/(2*t.PeriodNights), t.PeriodNights, t.Pairs, n, MaxTrialNights)
		}
	}
}

// ValidateTrials checks each trial and the list as a whole: ids unique and
// no two trials holding the same night. Paths start at "trials[i]".
func ValidateTrials(ts []Trial) Problems {
	var ps Problems
	ok := make([]bool, len(ts))
	ids := map[string]int{}
	for i, t := range ts {
		at := fmt.Sprintf("trials[%d]", i)
		own := t.Validate()
		ps = append(ps, own.Under(at)...)
		ok[i] = len(own) == 0
		if j, dup := ids[t.ID]; dup && t.ID != "" {
			ps = append(ps, Problem{Path: at + ".id", Msg: fmt.Sprintf("%q is also the id of trials[%d]", t.ID, j)})
		} else {
			ids[t.ID] = i
		}
	}
	return append(ps, trialConflicts(ts, ok)...)
}

// trialConflicts finds the trials that overlap an earlier one, among those
// that are valid on their own (ok[i]).
func trialConflicts(ts []Trial, ok []bool) Problems {
	var ps Problems
	order := make([]int, 0, len(ts))
	for i := range ts {
		if ok[i] {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(ts[a].Start, ts[b].Start) })
	for k := 1; k < len(order); k++ {
		for _, j := range order[:k] {
			if a := ts[j]; Overlaps(a, ts[order[k]]) {
				ps = append(ps, Problem{Path: fmt.Sprintf("trials[%d].start", order[k]),
					Msg: fmt.Sprintf("overlaps trials[%d] (%s, nights %s to %s): one trial at a time", j, a.ID, a.Start, a.End())})
				break
			}
		}
	}
	return ps
}

// Overlaps reports whether trials a and b hold a night in common.
func Overlaps(a, b Trial) bool {
	return a.Start <= a.End() && b.Start <= b.End() && a.Start <= b.End() && b.Start <= a.End()
}
