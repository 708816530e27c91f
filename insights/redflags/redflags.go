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
	"github.com/crampsdiary/cramps/diary/words"
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
	ID    string `json:"id"`
	Level Level  `json:"level"`
	// Message speaks to the user ("Your diary shows …"); Report says the
	// same of the patient, in the third person, for the doctor's report.
	Message string       `json:"message"`
	Report  string       `json:"-"`
	Source  string       `json:"source"` // the titles of the articles the advice comes from
	Nights  []diary.Date `json:"nights"` // the nights it comes from, in date order; never nil
	// Acknowledged is the date a doctor was said to have seen this flag
	// (SPEC §8), when no night since has raised it again; see Acknowledge.
	Acknowledged diary.Opt[diary.Date] `json:"acknowledged,omitzero"`
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
// numbness, atypical) look at the last 8 weeks (SPEC §8 as amended); a
// quinine medicine in the profile counts whenever it was taken.
// The result is ordered by level, urgent first, then by the order of the
// table; it is empty, never nil, when no rule holds. An absent value never
// makes a rule hold.
func Check(nights []diary.Night, p diary.Profile, asOf diary.Date) []Flag {
	all := nights[:flagUpTo(nights, asOf)]
	s := flagScan{all: all, p: p, asOf: asOf}
	s.signs = flagGather(s.last(flagSignDays))
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

// flagSignDays is "the last 8 weeks" that the rules without a window of their own look at.
const flagSignDays = 56

// flagScan holds what every rule reads.
type flagScan struct {
	all   []diary.Night // nights up to asOf, in date order
	p     diary.Profile
	asOf  diary.Date
	signs flagSigns // of the last flagSignDays nights
}

// flagSigns are the dates of the one-off signs that the rules without a
// window of their own look for, gathered in one pass.
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

// voice is who a message speaks to: the user ("Your diary shows"), or, for
// the doctor's report, about the patient ("The diary shows").
type voice struct{ report bool }

// s picks the user's words or the report's.
func (v voice) s(user, report string) string {
	if v.report {
		return report
	}
	return user
}

// flagNew builds a red flag whose message msg writes in either voice; nights
// become a non-nil list.
func flagNew(id string, level Level, msg func(voice) string, source string, nights []diary.Date) Flag {
	if nights == nil {
		nights = []diary.Date{}
	}
	return Flag{ID: id, Level: level, Message: msg(voice{}), Report: msg(voice{report: true}), Source: source, Nights: nights}
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
		what = "cramps longer than 10 minutes: " + words.List(parts)
	default:
		what = "cramps longer than 10 minutes on " + flagDays(dates, s.asOf) + ", the longest " + flagSpan(longest)
	}
	msg := func(v voice) string {
		return v.s("Your", "The") + " diary shows " + what + ". Most night cramps ease within ten minutes; " +
			"health services advise having a cramp that lasts longer than that checked by a doctor the same day." +
			v.s(" If a doctor has not seen this yet, contact one today.", "")
	}
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
	pregnant := flagTrue(s.p.Pregnant)
	msg := func(v voice) string {
		m := v.s("Your", "The") + " diary shows " + words.Choose(len(dates), "a cramp", "cramps") +
			" with swelling, redness or warmth in the leg on " + flagDays(dates, s.asOf) +
			". The sources advise having this looked at by a doctor" +
			v.s("; if one has not seen it yet, contact a doctor today.", " the same day.")
		if pregnant {
			m += v.s(" Your profile says you are pregnant: in pregnancy this is more pressing still, so do not wait — "+
				"call your midwife or doctor now.", " The profile records a pregnancy, which makes this more pressing still.")
		}
		return m
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
	msg := func(v voice) string {
		return v.s("Your", "The") + " diary shows cramps with " + strings.Join(parts, ", and with ") +
			". The sources advise prompt medical advice when cramps come with weakness in the muscle" +
			v.s("; if a doctor has not seen this yet, contact one today.", ".")
	}
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
	msg := func(v voice) string {
		return v.s("Your", "The") + " diary shows cramps after a day of vomiting or diarrhoea on " + flagDays(dates, s.asOf) +
			". The sources link cramps to losing fluid and salts" +
			v.s("; if the sickness or the cramps are still going on, contact a doctor today.", ".")
	}
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
	recent := s.last(flagSignDays)
	for i := range recent {
		n := &recent[i]
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
	msg := func(v voice) string {
		where := v.s("Your", "The") + " profile lists " + words.List(names)
		if dates != nil {
			where = v.s("Your", "The") + " diary lists " + words.List(names) + " (taken on " + flagDays(dates, s.asOf) + ")"
		}
		return where + ". Quinine is no longer recommended for night cramps: it has known risks of serious bleeding " +
			"problems and of heart-rhythm problems." +
			v.s(" Talk to a doctor about it today, and do not change a prescribed medicine without them.", "")
	}
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
	msg := func(v voice) string {
		return v.s("Your", "The") + " diary shows numbness or tingling that stayed after " + words.Choose(len(dates), "a cramp", "cramps") +
			" on " + flagDays(dates, s.asOf) +
			". The sources list numbness with cramps among the reasons to see a doctor" + v.s("; make an appointment.", ".")
	}
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
	var sentences []func(voice) string
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
		sentences = append(sentences, func(v voice) string {
			return fmt.Sprintf("Cramps came on %d of %s last %s.", len(cramp), v.s("your", "the"), words.Nouns(len(logged), "logged night"))
		})
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
		sentences = append(sentences, func(v voice) string {
			return fmt.Sprintf("%s cramps on %d nights in the last 7 and on %d in the 7 before.",
				v.s("You had", "The patient had"), len(weekly[0]), len(weekly[1]))
		})
		for _, w := range weekly {
			dates = flagMerge(dates, w)
		}
	}

	if woke := flagNightsWhere(s.last(flagWokeDays), (*diary.Night).WokeByCramp); len(woke) >= flagWokeMin {
		sentences = append(sentences, func(v voice) string {
			return fmt.Sprintf("Cramps woke %s on %d of the last %d nights.", v.s("you", "the patient"), len(woke), flagWokeDays)
		})
		dates = flagMerge(dates, woke)
	}
	if sentences == nil {
		return nil
	}
	msg := func(v voice) string {
		return joinSentences(sentences, v) + " The sources advise seeing a doctor when cramps come this often or keep breaking " +
			v.s("your", "the") + " sleep."
	}
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
	msg := func(v voice) string {
		return fmt.Sprintf("%s worst pain was %d or more out of 10 on %d of the last %d nights%s. "+
			"The sources advise seeing a doctor about severe cramps.", v.s("Your", "The"), flagSeverePain, len(dates), flagSevereDays, flagListed(dates, s.asOf))
	}
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
	msg := func(v voice) string {
		return v.s("Your", "The") + " diary shows leg pain while walking that eased with rest on " + flagDays(dates, s.asOf) +
			"." + v.s(" Mention it to a doctor:", "") + " the sources list the circulation in the legs among the things a doctor can check."
	}
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
		msg := func(v voice) string {
			return fmt.Sprintf("Since %s started %s on %s, cramps came on %d of %d logged nights, against %d of %d "+
				"in the two weeks before. Some medicines go with more cramps in the sources%s", v.s("you", "the patient"),
				m.Name, flagDay(start, s.asOf), ca, la, cb, lb,
				v.s(": tell the doctor who prescribed it, and do not stop it yourself.", "; the patient was told not to stop it without a doctor."))
		}
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
	flagWeekDrinks = 14 // drinks in 7 consecutive nights
	flagDrinkDays  = 28 // the last 28 nights, in which any 7 consecutive count (SPEC §8 as amended)
	flagDrinkSpan  = 7  // consecutive nights
	flagHeavyDay   = 5  // drinks that make a heavy day …
	flagHeavyDays  = 2  // … on at least 2 of 7 consecutive nights
)

// heavyDrinking slides a 7-night window over the last 28 nights (every 7
// consecutive calendar nights wholly inside them) and holds when a window
// has ≥ 14 drinks in all, or ≥ 5 drinks on ≥ 2 of its nights. Nights with
// no drinks recorded add nothing. The message names the heaviest window.
func (s *flagScan) heavyDrinking() []Flag {
	first := s.asOf.AddDays(-(flagDrinkDays - 1))
	drinks := make([]int, flagDrinkDays) // by night, oldest first
	recent := s.last(flagDrinkDays)
	for i := range recent {
		drinks[recent[i].Date.DaysSince(first)] = recent[i].Day.AlcoholDrinks.Or(0)
	}
	var parts []string
	var dates []diary.Date
	best, bestAt := 0, -1
	heavy := map[int]bool{}
	for at := 0; at+flagDrinkSpan <= flagDrinkDays; at++ {
		total, days := 0, 0
		for _, d := range drinks[at : at+flagDrinkSpan] {
			total += d
			if d >= flagHeavyDay {
				days++
			}
		}
		if total >= flagWeekDrinks && total > best {
			best, bestAt = total, at
		}
		if days >= flagHeavyDays {
			for k := at; k < at+flagDrinkSpan; k++ {
				if drinks[k] >= flagHeavyDay {
					heavy[k] = true
				}
			}
		}
	}
	if bestAt >= 0 {
		from, to := first.AddDays(bestAt), first.AddDays(bestAt+flagDrinkSpan-1)
		parts = append(parts, fmt.Sprintf("%d drinks in the 7 nights from %s", best, flagRange(from, to, s.asOf)))
		dates = flagNightsWhere(flagWindow(recent, from, to), func(n *diary.Night) bool { return n.Day.AlcoholDrinks.Or(0) > 0 })
	}
	var heavyDates []diary.Date
	for k := range drinks {
		if heavy[k] {
			heavyDates = append(heavyDates, first.AddDays(k))
		}
	}
	if heavyDates != nil {
		parts = append(parts, fmt.Sprintf("%d or more drinks in a day on %s", flagHeavyDay, flagDays(heavyDates, s.asOf)))
		dates = flagMerge(dates, heavyDates)
	}
	if parts == nil {
		return nil
	}
	msg := func(v voice) string {
		return v.s("Your", "The") + " diary shows " + words.List(parts) + ". The sources suggest keeping alcohol low " +
			"when cramps are a problem, and drinking at this level is worth talking over with a doctor."
	}
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
	msg := func(v voice) string {
		return fmt.Sprintf("%s stretched before bed on %d of %d logged nights in the last four weeks, yet cramps came on %s "+
			"against %s in the four weeks before. The sources advise seeing a doctor when cramps do not ease with "+
			"changes like these.", v.s("You", "The patient"), stretched, ln, words.Share(cn, ln), words.Share(cb, lb))
	}
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
	var sentences []func(voice) string
	var dates []diary.Date
	if cn-cb >= flagWorseMoreNights && float64(cn*lb) >= flagWorseRatio*float64(cb*ln) {
		sentences = append(sentences, func(voice) string {
			return fmt.Sprintf("Cramps came on %s in the last four weeks, against %s in the four weeks before.",
				words.Share(cn, ln), words.Share(cb, lb))
		})
		dates = flagNightsWhere(now, (*diary.Night).CrampNight)
	}
	pn, kn := flagMeanPain(now)
	pb, kb := flagMeanPain(before)
	if kn >= flagWorseMinPain && kb >= flagWorseMinPain && pn-pb >= flagWorsePainRise {
		sentences = append(sentences, func(v voice) string {
			return fmt.Sprintf("%s worst pain on cramp nights averaged %s out of 10 in the last four weeks, "+
				"against %s in the four weeks before.", v.s("Your", "The"), words.Decimal(pn), words.Decimal(pb))
		})
		dates = flagMerge(dates, flagNightsWhere(now, func(n *diary.Night) bool { return n.WorstPain().Known() }))
	}
	if sentences == nil {
		return nil
	}
	msg := func(v voice) string {
		return joinSentences(sentences, v) + " The sources advise seeing a doctor when cramps are getting worse."
	}
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
	msg := func(v voice) string {
		return fmt.Sprintf("Cramps came on %d nights after a day of heavy sweating in the last two weeks%s. "+
			"Sweating loses fluid and salts; the sources suggest drinking more on such days%s", len(dates), flagListed(dates, s.asOf),
			v.s(", and it is worth mentioning to a doctor.", "."))
	}
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
	msg := func(v voice) string {
		return fmt.Sprintf("Of %s %d cramps with a known place, %s were %s. Night cramps are mostly in the calf or foot, "+
			"so this pattern is worth %s.", v.s("your", "the"), known, count, place, v.s("mentioning to a doctor", "a doctor's attention"))
	}
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
	return words.List(parts)
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

// joinSentences writes sentences in voice v, separated by spaces.
func joinSentences(sentences []func(voice) string, v voice) string {
	out := make([]string, len(sentences))
	for i, f := range sentences {
		out[i] = f(v)
	}
	return strings.Join(out, " ")
}
