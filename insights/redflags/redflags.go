// Package redflags holds the rules of SPEC §8: patterns in a diary that the
// sources say a doctor should hear about. They are rule-based, checked on
// every save, and never hidden by statistics.
package redflags

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
)

// Level is how soon a red flag asks the user to see a doctor.
type Level string

// The levels, most pressing first (SPEC §8).
const (
	// LevelUrgent: contact a doctor today.
	LevelUrgent Level = "urgent"
	// LevelSeeDoctor: make an appointment.
	LevelSeeDoctor Level = "see_doctor"
	// LevelMention: mention it at the next visit.
	LevelMention Level = "mention"
)

// flagRank orders levels for sorting: urgent first.
func flagRank(l Level) int {
	switch l {
	case LevelUrgent:
		return 0
	case LevelSeeDoctor:
		return 1
	default:
		return 2
	}
}

// Flag is one pattern in the diary that the sources say a doctor should
// hear about. It is rule-based and never hidden by statistics.
type Flag struct {
	ID      string       `json:"id"`
	Level   Level        `json:"level"`
	Message string       `json:"message"`
	Source  string       `json:"source"` // the titles of the articles the advice comes from
	Nights  []diary.Date `json:"nights"` // the nights it comes from, in date order; never nil
}

// The titles of the source articles (TRIGGERS.md), cited by the red flags.
const (
	flagSrcWhatCauses     = "Leg Cramps — What Causes It?"                              // seed 000
	flagSrcAtNight        = "What Causes Leg Cramps at Night?"                          // seed 001
	flagSrcNighttime      = "Nighttime leg cramps: causes and evidence-based solutions" // seed 002
	flagSrcNightLegCramps = "Night leg cramps"                                          // seed 003
	flagSrcWhyDoPeople    = "Why Do People Get Leg Cramps at Night?"                    // seed 004
)

// flagSources joins article titles for Flag.Source.
func flagSources(titles ...string) string { return strings.Join(titles, "; ") }

// Check checks every rule of SPEC §8 over nights (in date order) as of
// asOf, the last night the user means: windows such as "the last 4 weeks"
// are the 28 nights ending with asOf, and nights after asOf are ignored.
// Rules the table gives no window (swelling, weakness, fluid_loss, quinine,
// numbness, atypical) look at every night up to asOf: these signs are rare,
// a doctor should hear of them whenever they happened, and the message names
// the dates so the user can tell whether one has been seen to already.
// The result is ordered by level, urgent first, then by the order of the
// table; it is empty, never nil, when no rule holds. An absent value never
// makes a rule hold.
func Check(nights []diary.Night, p diary.Profile, asOf diary.Date) []Flag {
	all := nights[:flagUpTo(nights, asOf)]
	s := flagScan{all: all, p: p, asOf: asOf, signs: flagGather(all)}
	flags := []Flag{}
	for _, rule := range []func() []Flag{
		s.longEpisode, s.swelling, s.weakness, s.fluidLoss, s.quinine,
		s.numbness, s.frequent, s.severe, s.walkingPain, s.newMedicine,
		s.heavyDrinking, s.noImprovement, s.worsening,
		s.sweating, s.atypical,
	} {
		flags = append(flags, rule()...)
	}
	sort.SliceStable(flags, func(i, j int) bool { return flagRank(flags[i].Level) < flagRank(flags[j].Level) })
	return flags
}

// flagUpTo returns how many of nights (in date order) are dated on or before d.
func flagUpTo(nights []diary.Night, d diary.Date) int {
	return sort.Search(len(nights), func(i int) bool { return nights[i].Date > d })
}

// flagWindow returns the nights (in date order) dated from..to inclusive.
func flagWindow(nights []diary.Night, from, to diary.Date) []diary.Night {
	return diary.NightsBetween(nights, from, to)
}

// flagScan holds what every rule reads.
type flagScan struct {
	all   []diary.Night // nights up to asOf, in date order
	p     diary.Profile
	asOf  diary.Date
	signs flagSigns
}

// flagSigns are the dates of the one-off signs that the rules without a
// window look for, gathered in one pass over the whole diary so that a
// decade of nights costs one scan, not one per rule.
type flagSigns struct {
	swelling, weakness, twitching, numbness []diary.Date // nights with an episode showing it
	fluidLoss                               []diary.Date // cramp nights after vomiting or diarrhoea
	offCalf                                 []diary.Date // nights with an episode in the thigh or outside the legs
	muscleKnown, thigh, other               int          // episodes with a known muscle; of them, in the thigh, and other
}

// flagGather makes one pass over nights for the flagSigns.
func flagGather(nights []diary.Night) flagSigns {
	var g flagSigns
	for i := range nights {
		n := &nights[i]
		var swelling, weak, twitch, numb, off bool
		for j := range n.Episodes {
			e := &n.Episodes[j]
			swelling = swelling || flagTrue(e.Swelling)
			weak = weak || flagTrue(e.Weakness)
			twitch = twitch || flagTrue(e.Twitching)
			numb = numb || flagTrue(e.Numbness)
			switch e.Muscle {
			case "":
				continue
			case diary.MuscleThighFront, diary.MuscleThighBack:
				g.thigh++
				off = true
			case diary.MuscleOther:
				g.other++
				off = true
			}
			g.muscleKnown++
		}
		for _, f := range []struct {
			on    bool
			dates *[]diary.Date
		}{
			{swelling, &g.swelling}, {weak, &g.weakness}, {twitch, &g.twitching}, {numb, &g.numbness}, {off, &g.offCalf},
			{len(n.Episodes) > 0 && flagTrue(n.Day.FluidLoss), &g.fluidLoss},
		} {
			if f.on {
				*f.dates = append(*f.dates, n.Date)
			}
		}
	}
	return g
}

// last returns the nights of the n days ending with asOf.
func (s *flagScan) last(n int) []diary.Night {
	return flagWindow(s.all, s.asOf.AddDays(-(n - 1)), s.asOf)
}

// flagNew builds a red flag; nights become a non-nil list.
func flagNew(id string, level Level, msg, source string, nights []diary.Date) Flag {
	if nights == nil {
		nights = []diary.Date{}
	}
	return Flag{ID: id, Level: level, Message: msg, Source: source, Nights: nights}
}

// flagNightsWhere returns the dates of the nights for which has holds.
func flagNightsWhere(nights []diary.Night, has func(*diary.Night) bool) []diary.Date {
	var out []diary.Date
	for i := range nights {
		n := &nights[i]
		if has(n) {
			out = append(out, n.Date)
		}
	}
	return out
}

// flagTrue reports whether a yes/no value was recorded as yes.
func flagTrue(o diary.Opt[bool]) bool { return o.Or(false) }

// long_episode — urgent.
const (
	// flagLongEpisodeS: most night cramps ease within ten minutes ("Night leg
	// cramps"), cramps that last unusually long call for a doctor ("Nighttime
	// leg cramps: causes and evidence-based solutions"), and health services
	// (NHS, "Leg cramps") advise getting one over 10 minutes checked the same day.
	flagLongEpisodeS = 10 * 60
	// flagRecentDays is "the last 4 weeks" of SPEC §8.
	flagRecentDays = 28
)

func (s *flagScan) longEpisode() []Flag {
	var dates []diary.Date
	var parts []string
	longest := 0
	recent := s.last(flagRecentDays)
	for i := range recent {
		n := &recent[i]
		if l, ok := n.LongestEpisode().Get(); ok && l > flagLongEpisodeS {
			dates = append(dates, n.Date)
			parts = append(parts, fmt.Sprintf("%s on %s", flagSpan(l), flagDay(n.Date, s.asOf)))
			longest = max(longest, l)
		}
	}
	var what string
	switch {
	case dates == nil:
		return nil
	case len(dates) == 1:
		what = "a cramp of " + parts[0]
	case len(dates) <= flagDaysListed:
		what = "cramps longer than 10 minutes: " + flagJoin(parts)
	default:
		what = "cramps longer than 10 minutes on " + flagDays(dates, s.asOf) + ", the longest " + flagSpan(longest)
	}
	msg := "Your diary shows " + what + ". Most night cramps ease within ten minutes; " +
		"health services advise having a cramp that lasts longer than that checked by a doctor the same day. " +
		"If a doctor has not seen this yet, contact one today."
	return []Flag{flagNew("long_episode", LevelUrgent, msg, flagSources(flagSrcNightLegCramps, flagSrcNighttime), dates)}
}

// swelling — urgent; "Why Do People Get Leg Cramps at Night?" lists cramping
// with swelling, redness or warmth in the leg as a reason to seek care, and
// the sources single out pregnancy.
func (s *flagScan) swelling() []Flag {
	dates := s.signs.swelling
	if dates == nil {
		return nil
	}
	msg := "Your diary shows " + flagPlural(len(dates), "a cramp", "cramps") +
		" with swelling, redness or warmth in the leg on " + flagDays(dates, s.asOf) +
		". The sources advise having this looked at by a doctor; if one has not seen it yet, contact a doctor today."
	if flagTrue(s.p.Pregnant) {
		msg += " Your profile says you are pregnant: in pregnancy this is more pressing still, so do not wait — " +
			"call your midwife or doctor now."
	}
	return []Flag{flagNew("swelling", LevelUrgent, msg, flagSources(flagSrcWhyDoPeople), dates)}
}

// weakness — urgent; "Night leg cramps" asks for prompt care when cramps
// leave the muscle weak, and "Why Do People Get Leg Cramps at Night?" lists
// muscle weakness among the reasons to seek care.
func (s *flagScan) weakness() []Flag {
	weak, twitch := s.signs.weakness, s.signs.twitching
	if weak == nil && twitch == nil {
		return nil
	}
	var parts []string
	if weak != nil {
		parts = append(parts, "muscle weakness on "+flagDays(weak, s.asOf))
	}
	if twitch != nil {
		parts = append(parts, "muscle twitching on "+flagDays(twitch, s.asOf))
	}
	msg := "Your diary shows cramps with " + strings.Join(parts, ", and with ") +
		". The sources advise prompt medical advice when cramps come with weakness in the muscle; " +
		"if a doctor has not seen this yet, contact one today."
	return []Flag{flagNew("weakness", LevelUrgent, msg, flagSources(flagSrcNightLegCramps, flagSrcWhyDoPeople), flagMerge(weak, twitch))}
}

// fluid_loss — urgent; "Night leg cramps" names diarrhoea and dehydration
// among the conditions behind cramps, and "Nighttime leg cramps: causes and
// evidence-based solutions" the loss of fluid and salts.
func (s *flagScan) fluidLoss() []Flag {
	dates := s.signs.fluidLoss
	if dates == nil {
		return nil
	}
	msg := "Your diary shows cramps after a day of vomiting or diarrhoea on " + flagDays(dates, s.asOf) +
		". The sources link cramps to losing fluid and salts; if the sickness or the cramps are still going on, " +
		"contact a doctor today."
	return []Flag{flagNew("fluid_loss", LevelUrgent, msg, flagSources(flagSrcNightLegCramps, flagSrcNighttime), dates)}
}

// quinine — urgent; "What Causes Leg Cramps at Night?": quinine is no longer
// recommended for night cramps and can cause serious bleeding and heart-rhythm
// problems. A quinine medicine in the profile counts unless it starts after
// asOf, stopped or not (a doctor should still hear of it); so does a night up
// to asOf whose medications name one.
func (s *flagScan) quinine() []Flag {
	var names []string
	for _, m := range s.p.Medications {
		if st, ok := m.Started.Get(); ok && st > s.asOf {
			continue
		}
		if m.Class == diary.ClassQuinine || flagNamesQuinine(m.Name) {
			names = flagAddName(names, m.Name)
		}
	}
	var dates []diary.Date
	for i := range s.all {
		n := &s.all[i]
		hit := false
		for _, name := range n.Day.Medications {
			m, inProfile := s.p.MedicationNamed(name)
			if flagNamesQuinine(name) || (inProfile && m.Class == diary.ClassQuinine) {
				names = flagAddName(names, name)
				hit = true
			}
		}
		if hit {
			dates = append(dates, n.Date)
		}
	}
	if names == nil {
		return nil
	}
	where := "Your profile lists " + flagJoin(names)
	if dates != nil {
		where = "Your diary lists " + flagJoin(names) + " (taken on " + flagDays(dates, s.asOf) + ")"
	}
	msg := where + ". Quinine is no longer recommended for night cramps: it has known risks of serious bleeding " +
		"problems and of heart-rhythm problems. Talk to a doctor about it today, and do not change a prescribed " +
		"medicine without them."
	return []Flag{flagNew("quinine", LevelUrgent, msg, flagSources(flagSrcAtNight), dates)}
}

// flagNamesQuinine reports whether a medicine's name is quinine or a brand of
// it (Qualaquin), whatever the class the user chose.
func flagNamesQuinine(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "quinine") || strings.Contains(n, "qualaquin")
}

// flagAddName appends name unless it is already listed (ignoring case).
func flagAddName(names []string, name string) []string {
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return names
		}
	}
	return append(names, name)
}

// numbness — see_doctor; "Why Do People Get Leg Cramps at Night?" lists
// numbness beside cramps as a reason to seek care.
func (s *flagScan) numbness() []Flag {
	dates := s.signs.numbness
	if dates == nil {
		return nil
	}
	msg := "Your diary shows numbness or tingling that stayed after " + flagPlural(len(dates), "a cramp", "cramps") +
		" on " + flagDays(dates, s.asOf) +
		". The sources list numbness with cramps among the reasons to see a doctor; make an appointment."
	return []Flag{flagNew("numbness", LevelSeeDoctor, msg, flagSources(flagSrcWhyDoPeople), dates)}
}

// frequent — see_doctor; "Nighttime leg cramps: causes and evidence-based
// solutions" (cramps that come often or nightly), "Why Do People Get Leg
// Cramps at Night?" and "Night leg cramps" (frequent cramps that disturb
// sleep).
const (
	flagFrequentLogged  = 7 // of the last 7 logged nights …
	flagFrequentMin     = 5 // … cramps on at least 5
	flagFrequentWeekMin = 3 // or at least 3 cramp nights in each of the last 2 weeks
	flagFrequentWeeks   = 2
	flagWokeDays        = 7 // or woken by cramps on at least 3 of the last 7 nights
	flagWokeMin         = 3
)

// frequent reads "the last 7 logged nights" as the latest 7 nights with
// cramps recorded among the last 4 weeks (fewer when fewer were logged), so
// that nights logged long ago do not speak for now; and "the last 2 weeks"
// as the two 7-night blocks ending with asOf (asOf−6…asOf and
// asOf−13…asOf−7), so the rule means the same whatever day the user's
// calendar week starts on.
func (s *flagScan) frequent() []Flag {
	var sentences []string
	var dates []diary.Date

	var logged []diary.Night
	recent := s.last(flagRecentDays)
	for i := len(recent) - 1; i >= 0 && len(logged) < flagFrequentLogged; i-- {
		if recent[i].CrampsKnown() {
			logged = append(logged, recent[i])
		}
	}
	slices.Reverse(logged)
	if cramp := flagNightsWhere(logged, (*diary.Night).CrampNight); len(cramp) >= flagFrequentMin {
		sentences = append(sentences, fmt.Sprintf("Cramps came on %d of your last %d logged nights.", len(cramp), len(logged)))
		dates = flagMerge(dates, cramp)
	}

	weekly := make([][]diary.Date, flagFrequentWeeks)
	every := true
	for k := range weekly {
		end := s.asOf.AddDays(-7 * k)
		weekly[k] = flagNightsWhere(flagWindow(s.all, end.AddDays(-6), end), (*diary.Night).CrampNight)
		every = every && len(weekly[k]) >= flagFrequentWeekMin
	}
	if every {
		sentences = append(sentences, fmt.Sprintf("You had cramps on %d nights in the last 7 and on %d in the 7 before.",
			len(weekly[0]), len(weekly[1])))
		for _, w := range weekly {
			dates = flagMerge(dates, w)
		}
	}

	if woke := flagNightsWhere(s.last(flagWokeDays), (*diary.Night).WokeByCramp); len(woke) >= flagWokeMin {
		sentences = append(sentences, fmt.Sprintf("Cramps woke you on %d of the last %d nights.", len(woke), flagWokeDays))
		dates = flagMerge(dates, woke)
	}
	if sentences == nil {
		return nil
	}
	msg := strings.Join(sentences, " ") + " The sources advise seeing a doctor when cramps come this often or keep breaking your sleep."
	return []Flag{flagNew("frequent", LevelSeeDoctor, msg, flagSources(flagSrcNighttime, flagSrcWhyDoPeople, flagSrcNightLegCramps), dates)}
}

// severe — see_doctor; "Nighttime leg cramps: causes and evidence-based
// solutions" and "Why Do People Get Leg Cramps at Night?" (severe cramps).
const (
	flagSeverePain   = 8 // worst pain of the night, 0–10
	flagSevereNights = 3
	flagSevereDays   = 14
)

func (s *flagScan) severe() []Flag {
	dates := flagNightsWhere(s.last(flagSevereDays), func(n *diary.Night) bool {
		w, ok := n.WorstPain().Get()
		return ok && w >= flagSeverePain
	})
	if len(dates) < flagSevereNights {
		return nil
	}
	msg := fmt.Sprintf("Your worst pain was %d or more out of 10 on %d of the last %d nights%s. "+
		"The sources advise seeing a doctor about severe cramps.", flagSeverePain, len(dates), flagSevereDays, flagListed(dates, s.asOf))
	return []Flag{flagNew("severe", LevelSeeDoctor, msg, flagSources(flagSrcNighttime, flagSrcWhyDoPeople), dates)}
}

// walking_pain — see_doctor; leg pain on walking that stops on rest is a
// sign of poor circulation in the legs, which "Nighttime leg cramps: causes
// and evidence-based solutions" and "Why Do People Get Leg Cramps at Night?"
// name among the things a doctor looks for.
func (s *flagScan) walkingPain() []Flag {
	dates := flagNightsWhere(s.last(flagRecentDays), func(n *diary.Night) bool { return flagTrue(n.Day.WalkingPain) })
	if dates == nil {
		return nil
	}
	msg := "Your diary shows leg pain while walking that eased with rest on " + flagDays(dates, s.asOf) +
		". Mention it to a doctor: the sources list the circulation in the legs among the things a doctor can check."
	return []Flag{flagNew("walking_pain", LevelSeeDoctor, msg, flagSources(flagSrcNighttime, flagSrcWhyDoPeople), dates)}
}

// new_medicine — see_doctor; "Leg Cramps — What Causes It?" and "What Causes
// Leg Cramps at Night?" name medicines that go with cramps, and advise
// talking to the doctor rather than stopping them.
const (
	flagMedDays      = 14 // the nights after the start against the nights before
	flagMedRatio     = 2  // cramp-night rate after ≥ 2× the rate before
	flagMedMinAfter  = 4  // with at least 4 cramp nights after
	flagMedMinBefore = 7  // and at least 7 logged nights before, so the rate before means something
)

// newMedicine compares, for each profile medication with a start date not
// after asOf and not stopped by asOf, the cramp-night rate over the logged
// nights of the 14 days from the start (up to asOf) against the 14 days
// before it. A rate before of 0 counts (any rate after is at least twice
// it), but only when at least flagMedMinBefore nights before were logged:
// with fewer there is no rate to compare against, and the rule stays quiet.
func (s *flagScan) newMedicine() []Flag {
	var flags []Flag
	for _, m := range s.p.Medications {
		start, ok := m.Started.Get()
		if !ok || start > s.asOf {
			continue
		}
		if stop, ok := m.Stopped.Get(); ok && stop <= s.asOf {
			continue
		}
		before := flagWindow(s.all, start.AddDays(-flagMedDays), start.AddDays(-1))
		after := flagWindow(s.all, start, start.AddDays(flagMedDays-1))
		lb, cb := flagCount(before)
		la, ca := flagCount(after)
		if lb < flagMedMinBefore || ca < flagMedMinAfter || ca*lb < flagMedRatio*cb*la {
			continue
		}
		msg := fmt.Sprintf("Since you started %s on %s, cramps came on %d of %d logged nights, against %d of %d "+
			"in the two weeks before. Some medicines go with more cramps in the sources: tell the doctor who "+
			"prescribed it, and do not stop it yourself.", m.Name, flagDay(start, s.asOf), ca, la, cb, lb)
		flags = append(flags, flagNew("new_medicine", LevelSeeDoctor, msg, flagSources(flagSrcWhatCauses, flagSrcAtNight),
			flagNightsWhere(after, (*diary.Night).CrampNight)))
	}
	return flags
}

// flagCount returns how many nights have their cramps recorded, and how many had a cramp.
func flagCount(nights []diary.Night) (logged, cramp int) {
	for i := range nights {
		n := &nights[i]
		if n.CrampsKnown() {
			logged++
		}
		if n.CrampNight() {
			cramp++
		}
	}
	return logged, cramp
}

// heavy_drinking — see_doctor; "Leg Cramps — What Causes It?" advises
// keeping alcohol low. The limits are the NIAAA's for heavy drinking
// (14 drinks a week; 5 or more on one day is a binge).
const (
	flagWeekDrinks    = 14 // drinks in one week
	flagDrinkWeeks    = 4  // weeks looked at: the 7-night blocks of the last 4 weeks
	flagHeavyDay      = 5  // drinks that make a heavy day …
	flagHeavyDays     = 2  // … on at least 2 days …
	flagHeavyDaysSpan = 7  // … within 7 days
)

// heavyDrinking reads "a week" as each of the four 7-night blocks ending with
// asOf (the last 7 nights, the 7 before, …), and "≥ 5 drinks on ≥ 2 days in
// 7" as two heavy days at most 6 days apart within the last 4 weeks. Nights
// with no drinks recorded add nothing.
func (s *flagScan) heavyDrinking() []Flag {
	var parts []string
	var dates []diary.Date
	for k := range flagDrinkWeeks {
		end := s.asOf.AddDays(-7 * k)
		week := flagWindow(s.all, end.AddDays(-6), end)
		total := 0
		for i := range week {
			n := &week[i]
			total += n.Day.AlcoholDrinks.Or(0)
		}
		if total >= flagWeekDrinks {
			parts = append(parts, fmt.Sprintf("%d drinks in the week %s", total, flagRange(end.AddDays(-6), end, s.asOf)))
			dates = flagMerge(dates, flagNightsWhere(week, func(n *diary.Night) bool { return n.Day.AlcoholDrinks.Or(0) > 0 }))
		}
	}
	heavy := flagNightsWhere(s.last(flagRecentDays), func(n *diary.Night) bool { return n.Day.AlcoholDrinks.Or(0) >= flagHeavyDay })
	var nearby []diary.Date
	for i, d := range heavy {
		near := (i > 0 && d.DaysSince(heavy[i-1]) < flagHeavyDaysSpan) ||
			(i+1 < len(heavy) && heavy[i+1].DaysSince(d) < flagHeavyDaysSpan)
		if near {
			nearby = append(nearby, d)
		}
	}
	if len(nearby) >= flagHeavyDays {
		parts = append(parts, fmt.Sprintf("%d or more drinks in a day on %s", flagHeavyDay, flagDays(nearby, s.asOf)))
		dates = flagMerge(dates, nearby)
	}
	if parts == nil {
		return nil
	}
	msg := "Your diary shows " + flagJoin(parts) + ". The sources suggest keeping alcohol low " +
		"when cramps are a problem, and drinking at this level is worth talking over with a doctor."
	return []Flag{flagNew("heavy_drinking", LevelSeeDoctor, msg, flagSources(flagSrcWhatCauses), dates)}
}

// Comparing the last 4 weeks with the 4 before (no_improvement, worsening).
const (
	flagPeriodDays      = 28 // each period: the 28 nights ending with asOf, and the 28 before
	flagPeriodMinLogged = 14 // logged nights each period needs before the two are compared
)

// flagPeriods returns the nights of the last 4 weeks and of the 4 weeks before.
func (s *flagScan) flagPeriods() (now, before []diary.Night) {
	now = s.last(flagPeriodDays)
	before = flagWindow(s.all, s.asOf.AddDays(-2*flagPeriodDays+1), s.asOf.AddDays(-flagPeriodDays))
	return now, before
}

// no_improvement — see_doctor; "Nighttime leg cramps: causes and
// evidence-based solutions" advises seeing a doctor when cramps do not get
// better with changes to daily habits.
const (
	flagNoImproveMinCramps = 4 // cramp nights in the last 4 weeks: about one a week
)

// noImprovement holds when the user stretched on more than half of the
// logged nights of the last 4 weeks and the cramp-night rate of those weeks
// is not lower than that of the 4 weeks before, both periods having at least
// flagPeriodMinLogged logged nights.
func (s *flagScan) noImprovement() []Flag {
	now, before := s.flagPeriods()
	ln, cn := flagCount(now)
	lb, cb := flagCount(before)
	stretched := 0
	for i := range now {
		n := &now[i]
		if n.CrampsKnown() && flagTrue(n.Day.Stretched) {
			stretched++
		}
	}
	if ln < flagPeriodMinLogged || lb < flagPeriodMinLogged || 2*stretched <= ln ||
		cn < flagNoImproveMinCramps || cn*lb < cb*ln {
		return nil
	}
	msg := fmt.Sprintf("You stretched before bed on %d of %d logged nights in the last four weeks, yet cramps came on %s "+
		"against %s in the four weeks before. The sources advise seeing a doctor when cramps do not ease with "+
		"changes like these.", stretched, ln, flagOf(cn, ln), flagOf(cb, lb))
	return []Flag{flagNew("no_improvement", LevelSeeDoctor, msg, flagSources(flagSrcNighttime),
		flagNightsWhere(now, (*diary.Night).CrampNight))}
}

// worsening — see_doctor; "Nighttime leg cramps: causes and evidence-based
// solutions" (severe or worsening cramps) and "What Causes Leg Cramps at
// Night?" (more frequent or intense cramps). "A clear margin" is:
const (
	flagWorseMoreNights = 4   // at least 4 more cramp nights than the 4 weeks before …
	flagWorseRatio      = 1.5 // … and a cramp-night rate at least 1.5× as high;
	flagWorsePainRise   = 2.0 // or a mean worst pain (over cramp nights) up by 2 points or more …
	flagWorseMinPain    = 3   // … with at least 3 cramp nights with a known pain in each period.
)

func (s *flagScan) worsening() []Flag {
	now, before := s.flagPeriods()
	ln, cn := flagCount(now)
	lb, cb := flagCount(before)
	if ln < flagPeriodMinLogged || lb < flagPeriodMinLogged {
		return nil
	}
	var sentences []string
	var dates []diary.Date
	if cn-cb >= flagWorseMoreNights && float64(cn*lb) >= flagWorseRatio*float64(cb*ln) {
		sentences = append(sentences, fmt.Sprintf("Cramps came on %s in the last four weeks, against %s in the four weeks before.",
			flagOf(cn, ln), flagOf(cb, lb)))
		dates = flagNightsWhere(now, (*diary.Night).CrampNight)
	}
	pn, kn := flagMeanPain(now)
	pb, kb := flagMeanPain(before)
	if kn >= flagWorseMinPain && kb >= flagWorseMinPain && pn-pb >= flagWorsePainRise {
		sentences = append(sentences, fmt.Sprintf("Your worst pain on cramp nights averaged %s out of 10 in the last four weeks, "+
			"against %s in the four weeks before.", flagNumber(pn), flagNumber(pb)))
		dates = flagMerge(dates, flagNightsWhere(now, func(n *diary.Night) bool { return n.WorstPain().Known() }))
	}
	if sentences == nil {
		return nil
	}
	msg := strings.Join(sentences, " ") + " The sources advise seeing a doctor when cramps are getting worse."
	return []Flag{flagNew("worsening", LevelSeeDoctor, msg, flagSources(flagSrcNighttime, flagSrcAtNight), dates)}
}

// flagMeanPain returns the mean of the nights' worst pain over the nights where it is known, and how many those are.
func flagMeanPain(nights []diary.Night) (float64, int) {
	sum, k := 0, 0
	for i := range nights {
		n := &nights[i]
		if w, ok := n.WorstPain().Get(); ok {
			sum += w
			k++
		}
	}
	if k == 0 {
		return 0, 0
	}
	return float64(sum) / float64(k), k
}

// sweating — mention; "Nighttime leg cramps: causes and evidence-based
// solutions" names heavy sweating, and the fluid and salts it loses.
const (
	flagSweatNights = 2
	flagSweatDays   = 14
)

func (s *flagScan) sweating() []Flag {
	dates := flagNightsWhere(s.last(flagSweatDays), func(n *diary.Night) bool {
		return n.CrampNight() && flagTrue(n.Day.HeavySweating)
	})
	if len(dates) < flagSweatNights {
		return nil
	}
	msg := fmt.Sprintf("Cramps came on %d nights after a day of heavy sweating in the last two weeks%s. "+
		"Sweating loses fluid and salts; the sources suggest drinking more on such days, and it is worth "+
		"mentioning to a doctor.", len(dates), flagListed(dates, s.asOf))
	return []Flag{flagNew("sweating", LevelMention, msg, flagSources(flagSrcNighttime), dates)}
}

// atypical — mention; the sources describe night cramps mostly in the calf,
// sometimes the foot or thigh ("What Causes Leg Cramps at Night?", "Night leg
// cramps", "Why Do People Get Leg Cramps at Night?").
const (
	flagAtypicalMin = 5 // episodes with a known muscle before the pattern means anything
)

// atypical holds when more than half of the episodes with a known muscle, up
// to asOf, were in the thigh (front or back) or outside the legs (other).
func (s *flagScan) atypical() []Flag {
	known, thigh, other := s.signs.muscleKnown, s.signs.thigh, s.signs.other
	if known < flagAtypicalMin || 2*(thigh+other) <= known {
		return nil
	}
	var where []string
	if thigh > 0 {
		where = append(where, fmt.Sprintf("%d in the thigh", thigh))
	}
	if other > 0 {
		where = append(where, fmt.Sprintf("%d outside the legs", other))
	}
	dates := s.signs.offCalf
	// "14 were in the thigh and 2 outside the legs": at least 3 of 5 or more, so always plural.
	count, place, _ := strings.Cut(strings.Join(where, " and "), " ")
	msg := fmt.Sprintf("Of your %d cramps with a known place, %s were %s. Night cramps are mostly in the calf or foot, "+
		"so this pattern is worth mentioning to a doctor.", known, count, place)
	return []Flag{flagNew("atypical", LevelMention, msg, flagSources(flagSrcAtNight, flagSrcNightLegCramps, flagSrcWhyDoPeople), dates)}
}

// flagMerge returns the sorted union of two sorted date lists.
func flagMerge(a, b []diary.Date) []diary.Date {
	out := make([]diary.Date, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

// flagDay writes a date for people: "21 October", with the year when it is
// not the year of asOf.
func flagDay(d, asOf diary.Date) string {
	y, m, day := d.YMD()
	if ay, _, _ := asOf.YMD(); ay != y {
		return fmt.Sprintf("%d %s %d", day, m, y)
	}
	return fmt.Sprintf("%d %s", day, m)
}

// flagDaysListed is how many dates a message lists before it gives their span instead.
const flagDaysListed = 4

// flagDays writes dates for people: "21 October", "21 October and 3
// November", "2, 5 and 9 November", or "6 nights from 2 to 30 November"
// when there are many.
func flagDays(ds []diary.Date, asOf diary.Date) string {
	if len(ds) > flagDaysListed {
		return fmt.Sprintf("%d nights from %s", len(ds), flagRange(ds[0], ds[len(ds)-1], asOf))
	}
	// The month is written once for a run of dates in it: "30 October, 2 and 5 November".
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = flagDay(d, asOf)
		if i+1 < len(ds) {
			y, m, day := d.YMD()
			if ny, nm, _ := ds[i+1].YMD(); ny == y && nm == m {
				parts[i] = strconv.Itoa(day)
			}
		}
	}
	return flagJoin(parts)
}

// flagListed writes " (3 and 5 November)" for a few dates, nothing for many.
func flagListed(ds []diary.Date, asOf diary.Date) string {
	if len(ds) > flagDaysListed {
		return ""
	}
	return " (" + flagDays(ds, asOf) + ")"
}

// flagRange writes a span of dates: "3 to 9 November", "28 October to 3 November".
func flagRange(from, to, asOf diary.Date) string {
	fy, fm, fd := from.YMD()
	ty, tm, _ := to.YMD()
	if fy == ty && fm == tm {
		return fmt.Sprintf("%d to %s", fd, flagDay(to, asOf))
	}
	return flagDay(from, asOf) + " to " + flagDay(to, asOf)
}

// flagPlural picks the words for one or for more.
func flagPlural(n int, one, more string) string {
	if n == 1 {
		return one
	}
	return more
}

// flagJoin joins words as a list: "a", "a and b", "a, b and c".
func flagJoin(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// flagOf writes "6 of 27 nights (22%)".
func flagOf(k, n int) string {
	if n == 0 {
		return "0 nights"
	}
	return fmt.Sprintf("%d of %d nights (%d%%)", k, n, (200*k+n)/(2*n))
}

// flagNumber writes a number rounded to one decimal, without a trailing ".0": 7, 7.5.
func flagNumber(x float64) string {
	return strings.TrimSuffix(strconv.FormatFloat(x, 'f', 1, 64), ".0")
}

// flagSpan writes a duration for people: "14 minutes", "10 minutes 30 seconds", "1 hour 5 minutes".
func flagSpan(sec int) string {
	var parts []string
	add := func(n int, unit string) {
		if n == 0 {
			return
		}
		if n != 1 {
			unit += "s"
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, unit))
	}
	add(sec/3600, "hour")
	add(sec%3600/60, "minute")
	add(sec%60, "second")
	return strings.Join(parts, " ")
}
