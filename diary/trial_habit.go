package diary

import "slices"

// TrialHabit is a habit a self-experiment can test (SPEC §11.1). Condition A
// is the change, condition B is "as usual"; a night's own record says which
// one the user actually followed.
type TrialHabit string

// The habits a trial can test. Medicines are never trial habits.
const (
	HabitStretched      TrialHabit = "stretched"
	HabitLegsElevated   TrialHabit = "legs_elevated"
	HabitMassage        TrialHabit = "massage"
	HabitKneesSupported TrialHabit = "knees_supported"
	HabitTightBlankets  TrialHabit = "tight_blankets"
	HabitAlcohol        TrialHabit = "alcohol"
	HabitLateCaffeine   TrialHabit = "late_caffeine"
	HabitMagnesium      TrialHabit = "magnesium"
)

// TrialHabits lists every TrialHabit, in the order of SPEC §11.1.
var TrialHabits = []TrialHabit{
	HabitStretched, HabitLegsElevated, HabitMassage, HabitKneesSupported,
	HabitTightBlankets, HabitAlcohol, HabitLateCaffeine, HabitMagnesium,
}

// Arm is a trial condition: A, the change, or B, as usual.
type Arm string

// The two conditions of a trial.
const (
	ArmA Arm = "A"
	ArmB Arm = "B"
)

// TrialDesign is the shape of a trial: Pairs pairs of two periods of
// PeriodNights nights each, the first WashoutNights of each period unscored.
type TrialDesign struct {
	PeriodNights  int
	WashoutNights int
	Pairs         int
}

// Nights returns the number of nights the design takes: 2·P·pairs.
func (d TrialDesign) Nights() int { return 2 * d.PeriodNights * d.Pairs }

// habitInfo is what cramps knows about one trial habit.
type habitInfo struct {
	name   string // the habit as a noun phrase: "stretching"
	askedA string // what A asks, after "asked to": "stretch"
	a, b   string // tonight's instruction under A and under B
	design TrialDesign
	// supplement: taking it calls for the advice to ask a doctor or pharmacist first.
	supplement bool
	// followedA says whether a night followed A, and whether that is known.
	followedA func(n *Night, p *Profile) (bool, bool)
	question  string   // the morning's question about last night
	fields    []string // the interchange keys that record the habit
}

// nightlyDesign is the default for habits that act overnight: one A and one
// B night in each pair, in random order, for 12 weeks (SPEC §11.2).
var nightlyDesign = TrialDesign{PeriodNights: 1, WashoutNights: 0, Pairs: 42}

// habitInfos is what cramps knows of each habit, built once; never written.
var habitInfos = map[TrialHabit]habitInfo{
	HabitStretched: {name: "stretching", askedA: "stretch",
		a: "stretch your calves and hamstrings before bed", b: "no stretching before bed",
		design: nightlyDesign, followedA: boolIs(func(n *Night) Opt[bool] { return n.Day.Stretched }, true),
		question: "Did you stretch your calves and hamstrings before bed?", fields: []string{"stretched"}},
	HabitLegsElevated: {name: "raising the legs", askedA: "raise the legs in the evening",
		a: "raise your legs for 10–15 minutes this evening", b: "do not raise your legs this evening",
		design: nightlyDesign, followedA: boolIs(func(n *Night) Opt[bool] { return n.Day.LegsElevated }, true),
		question: "Did you raise your legs for 10–15 minutes in the evening?", fields: []string{"legs_elevated"}},
	HabitMassage: {name: "leg massage", askedA: "massage the legs",
		a: "massage your legs before bed", b: "no leg massage before bed",
		design: nightlyDesign, followedA: boolIs(func(n *Night) Opt[bool] { return n.Day.Massage }, true),
		question: "Did you massage your legs before bed?", fields: []string{"massage"}},
	HabitKneesSupported: {name: "a pillow under the knees", askedA: "sleep with a pillow under the knees",
		a: "sleep with a pillow under your knees or ankles", b: "sleep without a pillow under your knees or ankles",
		design: nightlyDesign, followedA: boolIs(func(n *Night) Opt[bool] { return n.Position.KneesSupported }, true),
		question: "Did you sleep with a pillow under your knees or ankles?", fields: []string{"knees_supported"}},
	HabitTightBlankets: {name: "loose covers", askedA: "keep the covers loose",
		a: "keep the covers loose, feet free", b: "covers as usual",
		design: nightlyDesign, followedA: boolIs(func(n *Night) Opt[bool] { return n.Position.TightBlankets }, false),
		question: "Were the covers tight or heavy on your feet?", fields: []string{"tight_blankets"}},
	HabitAlcohol: {name: "no alcohol", askedA: "have no alcohol",
		a: "no alcohol today", b: "alcohol as usual: no change to what you drink",
		design: nightlyDesign, followedA: noAlcohol,
		question: "How many alcoholic drinks did you have?", fields: []string{"alcohol_drinks"}},
	HabitLateCaffeine: {name: "no late caffeine", askedA: "have no caffeine after the cutoff",
		a: "no caffeine after your cutoff", b: "caffeine as usual",
		design: nightlyDesign, followedA: noLateCaffeine,
		question: "How many caffeinated drinks did you have, and when was the last?", fields: []string{"caffeine_servings", "last_caffeine"}},
	HabitMagnesium: {name: "magnesium", askedA: "take magnesium",
		a: "take your magnesium today", b: "no magnesium today",
		design:     TrialDesign{PeriodNights: 14, WashoutNights: 7, Pairs: 8},
		supplement: true, followedA: tookMagnesium,
		question: "Did you take magnesium?", fields: []string{"supplements"}},
}

// habitTable returns what cramps knows of habit h.
func habitTable(h TrialHabit) (habitInfo, bool) {
	info, ok := habitInfos[h]
	return info, ok
}

// boolIs makes the rule "the night's field is want".
func boolIs(field func(*Night) Opt[bool], want bool) func(*Night, *Profile) (bool, bool) {
	return func(n *Night, _ *Profile) (bool, bool) {
		v, ok := field(n).Get()
		return ok && v == want, ok
	}
}

func noAlcohol(n *Night, _ *Profile) (bool, bool) {
	v, ok := n.Day.AlcoholDrinks.Get()
	return ok && v == 0, ok
}

func noLateCaffeine(n *Night, p *Profile) (bool, bool) {
	late, ok := LateCaffeine(n, p)
	return ok && !late, ok
}

func tookMagnesium(n *Night, _ *Profile) (bool, bool) {
	if n.Day.Supplements == nil {
		return false, false
	}
	return slices.Contains(n.Day.Supplements, SupplementMagnesium), true
}

// LateCaffeine is the late_caffeine exposure of TRIGGERS.md: caffeine that
// day and the last of it later than the profile's cutoff; false when the
// servings are 0. The second result says whether it is known. Insights and
// the late_caffeine trial share this one rule.
func LateCaffeine(n *Night, p *Profile) (late, known bool) {
	servings, ok := n.Day.CaffeineServings.Get()
	switch {
	case !ok:
		return false, false
	case servings == 0:
		// No caffeine at all: not late, whatever last_caffeine says.
		return false, true
	}
	last, ok := n.Day.LastCaffeine.Get()
	if !ok {
		return false, false
	}
	return last.After(p.Cutoff()), true
}

// Valid reports whether h is a habit a trial can test.
func (h TrialHabit) Valid() bool {
	_, ok := habitTable(h)
	return ok
}

// Name returns the habit as a noun phrase: "stretching", "no alcohol".
func (h TrialHabit) Name() string {
	info, _ := habitTable(h)
	return info.name
}

// AskedTo returns what condition A asks, to follow "asked to": "stretch",
// "have no alcohol". It reads in the first and the third person alike.
func (h TrialHabit) AskedTo() string {
	info, _ := habitTable(h)
	return info.askedA
}

// Instruction returns the evening's instruction under arm, as the user reads
// it: "stretch your calves and hamstrings before bed". The caffeine cutoff
// comes from the profile.
func (h TrialHabit) Instruction(arm Arm, p Profile) string {
	info, _ := habitTable(h)
	switch {
	case arm == ArmA && h == HabitLateCaffeine:
		return "no caffeine after " + p.Cutoff().String()
	case arm == ArmA:
		return info.a
	case arm == ArmB:
		return info.b
	}
	return ""
}

// Supplement reports whether the habit is taking a supplement, which calls
// for the advice to ask a doctor or pharmacist first (kidney disease, other
// medicines).
func (h TrialHabit) Supplement() bool {
	info, _ := habitTable(h)
	return info.supplement
}

// SupplementAdvice is what cramps says before a supplement trial starts.
const SupplementAdvice = "Ask a doctor or pharmacist before taking magnesium, especially with kidney disease or other medicines."

// DefaultDesign returns the habit's default design (SPEC §11.2): one night a
// period, no washout and 42 pairs; magnesium 14-night periods, 7 of washout, 8 pairs.
func (h TrialHabit) DefaultDesign() TrialDesign {
	info, _ := habitTable(h)
	return info.design
}

// FollowedA reports whether night n followed condition A of the habit (its
// day or position says so), and whether that is known at all.
func (h TrialHabit) FollowedA(n Night, p Profile) (followed, known bool) {
	info, ok := habitTable(h)
	if !ok {
		return false, false
	}
	return info.followedA(&n, &p)
}

// Question returns the morning's question about the habit on last night,
// asked explicitly during a trial: "Did you stretch your calves and
// hamstrings before bed?".
func (h TrialHabit) Question() string {
	info, _ := habitTable(h)
	return info.question
}

// Fields returns the interchange keys of the night that record the habit
// ("stretched"; "caffeine_servings" and "last_caffeine" for late_caffeine).
// During a trial the Log screen never prefills them (SPEC §11.3).
func (h TrialHabit) Fields() []string {
	info, _ := habitTable(h)
	return slices.Clone(info.fields)
}

// Unrecord returns a copy of n with the habit's fields absent, as a night's
// draft is prefilled during a trial: the answer must come from the user,
// never from usual values or the schedule. For magnesium the whole
// supplements list becomes unknown.
func (h TrialHabit) Unrecord(n Night) Night {
	n = n.Clone()
	h.Forget(&n)
	return n
}

// HabitNames lists the habits' words, for messages: "stretched, legs_elevated, …".
func HabitNames() string { return wordList(TrialHabits) }
