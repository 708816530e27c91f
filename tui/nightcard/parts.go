package nightcard

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
)

// GlassML is the size of a glass when water is counted in glasses.
const GlassML = 250

// Glasses writes millilitres of water as glasses of GlassML: 1250 is "5
// glasses", 1375 "5.5 glasses"; an amount that is not whole or half glasses
// is written in millilitres, "1,848 ml", rather than as "7.392 glasses".
func Glasses(ml int) string {
	if ml%(GlassML/2) != 0 {
		return words.Count(ml) + " ml"
	}
	g := Number(float64(ml) / GlassML)
	if g == "1" {
		return "1 glass"
	}
	return g + " glasses"
}

// Episode writes one cramp in a line: "03:10 calf, left · 4m · pain 7/10 ·
// woke me · eased by stretch, walk · sore 5 h". Warnings (swelling and the
// other checks that need a doctor's eye) come separately from Warnings.
func Episode(e diary.Episode) []string {
	var p []string
	where := Label(e.Muscle)
	if where == "" {
		where = "cramp"
	}
	if e.Side != "" {
		where += ", " + Label(e.Side)
	}
	if t, ok := e.Time.Get(); ok {
		where = t.String() + " " + where
	}
	p = append(p, where)
	if d, ok := e.DurationS.Get(); ok {
		p = append(p, diary.FormatDuration(d))
	}
	if i, ok := e.Intensity.Get(); ok {
		p = append(p, fmt.Sprintf("pain %d/10", i))
	}
	if w, ok := e.WokeMe.Get(); ok {
		p = append(p, yesNo(w, "woke me", "did not wake me"))
	}
	if e.Relief != nil {
		if len(e.Relief) == 0 {
			p = append(p, "nothing eased it")
		} else {
			p = append(p, "eased by "+Labels(e.Relief))
		}
	}
	if s, ok := e.SorenessH.Get(); ok {
		p = append(p, "sore "+Number(s)+" h")
	}
	return p
}

// Warnings lists the episode's checks that came out true: swelling,
// numbness, weakness, twitching.
func Warnings(e diary.Episode) []string {
	var w []string
	if e.Swelling.Or(false) {
		w = append(w, "swelling")
	}
	if e.Numbness.Or(false) {
		w = append(w, "numbness")
	}
	if e.Weakness.Or(false) {
		w = append(w, "weakness")
	}
	if e.Twitching.Or(false) {
		w = append(w, "twitching")
	}
	return w
}

// Sleep writes the sleep diary items that are known, in the order of the night.
func Sleep(s diary.Sleep) []string {
	var p []string
	clock := func(label string, o diary.Opt[diary.Clock]) {
		if c, ok := o.Get(); ok {
			p = append(p, label+" "+c.String())
		}
	}
	clock("bed", s.Bedtime)
	clock("lights out", s.LightsOut)
	if v, ok := s.SleepLatencyMin.Get(); ok {
		p = append(p, "asleep in "+words.SleepTime(v))
	}
	aw, okAw := s.Awakenings.Get()
	waso, okWaso := s.WASOMin.Get()
	switch {
	case okAw && aw == 0 && (!okWaso || waso == 0):
		p = append(p, "slept through")
	case okAw && okWaso:
		p = append(p, "woke "+strconv.Itoa(aw)+"×, "+words.SleepTime(waso)+" awake")
	case okAw:
		p = append(p, "woke "+strconv.Itoa(aw)+"×")
	case okWaso:
		p = append(p, words.SleepTime(waso)+" awake in the night")
	}
	clock("awake", s.FinalWake)
	clock("up", s.OutOfBed)
	if v, ok := s.Quality.Get(); ok {
		p = append(p, "quality "+strconv.Itoa(v)+"/5")
	}
	return p
}

// SleepTotals writes the derived figures: total sleep, time in bed and efficiency.
func SleepTotals(s diary.Sleep) []string {
	var p []string
	if v, ok := s.TotalSleepMin().Get(); ok {
		p = append(p, "slept "+words.SleepTime(v))
	}
	if v, ok := s.TimeInBedMin().Get(); ok {
		p = append(p, "in bed "+words.SleepTime(v))
	}
	if v, ok := s.Efficiency().Get(); ok {
		p = append(p, "efficiency "+words.Percent(v))
	}
	return p
}

// Day writes the day's exposures that are known. Yes/no items are written
// when true, and also when false if full is set.
func Day(d diary.Day, full bool) []string {
	var p []string
	if v, ok := d.WaterML.Get(); ok {
		p = append(p, "water "+Glasses(v))
	}
	if v, ok := d.CaffeineServings.Get(); ok {
		s := "caffeine " + strconv.Itoa(v)
		if v == 0 {
			s = "no caffeine"
		}
		if c, ok := d.LastCaffeine.Get(); ok && v > 0 {
			s += ", last " + c.String()
		}
		p = append(p, s)
	} else if c, ok := d.LastCaffeine.Get(); ok {
		p = append(p, "last caffeine "+c.String())
	}
	if v, ok := d.AlcoholDrinks.Get(); ok {
		if v == 0 {
			p = append(p, "no alcohol")
		} else {
			p = append(p, words.Nouns(v, "drink"))
		}
	}
	ex := ""
	if v, ok := d.ExerciseMin.Get(); ok {
		ex = "exercise " + words.SleepTime(v)
		if v == 0 {
			ex = "no exercise"
		}
	}
	if d.ExerciseIntensity != "" && !(ex == "no exercise" && d.ExerciseIntensity == diary.IntensityNone) {
		if ex == "" {
			ex = "exercise"
		}
		ex += " (" + Label(d.ExerciseIntensity) + ")"
	}
	if ex != "" {
		p = append(p, ex)
	}
	if v, ok := d.SittingH.Get(); ok {
		p = append(p, "sat "+Number(v)+" h")
	}
	if v, ok := d.StandingH.Get(); ok {
		p = append(p, "stood "+Number(v)+" h")
	}
	if v, ok := d.Stress.Get(); ok {
		p = append(p, "stress "+strconv.Itoa(v)+"/5")
	}
	p = flag(p, d.HeavySweating, full, "heavy sweating", "no heavy sweating")
	p = flag(p, d.FluidLoss, full, "vomiting or diarrhoea", "no fluid loss")
	p = flag(p, d.WalkingPain, full, "leg pain walking", "no leg pain walking")
	p = flag(p, d.Stretched, full, "stretched", "did not stretch")
	p = flag(p, d.LegsElevated, full, "legs up", "legs not up")
	p = flag(p, d.Massage, full, "massage", "no massage")
	var took []string
	if len(d.Supplements) > 0 {
		took = append(took, Labels(d.Supplements))
	} else if d.Supplements != nil && full {
		p = append(p, "no supplements")
	}
	if len(d.Medications) > 0 {
		took = append(took, Labels(d.Medications))
	} else if d.Medications != nil && full {
		p = append(p, "no medications")
	}
	if len(took) > 0 {
		p = append(p, "took "+strings.Join(took, ", "))
	}
	return p
}

// Position writes how the user slept, as far as it is known.
func Position(pos diary.Position, full bool) []string {
	var p []string
	switch pos.SleepPosition {
	case "":
	case diary.PositionMixed:
		// Only that no one position was the main one: not "back, side
		// and front", which named positions the user never gave.
		p = append(p, "in mixed positions")
	default:
		p = append(p, "on "+map[diary.SleepPosition]string{
			diary.PositionBack: "the back", diary.PositionSide: "the side", diary.PositionStomach: "the stomach",
		}[pos.SleepPosition])
	}
	p = flag(p, pos.ToesPointed, full, "toes pointed", "toes not pointed")
	p = flag(p, pos.TightBlankets, full, "tight blankets", "loose blankets")
	p = flag(p, pos.LegsCurled, full, "legs curled", "legs not curled")
	p = flag(p, pos.KneesSupported, full, "knees supported", "knees not supported")
	return p
}

func flag(p []string, o diary.Opt[bool], full bool, yes, no string) []string {
	v, ok := o.Get()
	switch {
	case !ok:
		return p
	case v:
		return append(p, yes)
	case full:
		return append(p, no)
	}
	return p
}

func yesNo(v bool, yes, no string) string {
	if v {
		return yes
	}
	return no
}

// CrampsAlone is Cramps where no "Cramps" label stands before it (a
// status line, a list of nights): "no cramps", "cramps not recorded", or
// "2 cramps, 6m, worst pain 7".
func CrampsAlone(n diary.Night) string {
	switch {
	case !n.CrampsKnown():
		return "cramps not recorded"
	case !n.CrampNight():
		return "no cramps"
	}
	return Cramps(n)
}

// Cramps summarises a night's cramps: "none", "not recorded", or "2 cramps, 6m, worst pain 7".
func Cramps(n diary.Night) string {
	switch {
	case !n.CrampsKnown():
		return "not recorded"
	case !n.CrampNight():
		return "none"
	}
	s := words.Nouns(len(n.Episodes), "cramp")
	if sec := n.CrampSeconds(); sec > 0 {
		s += ", " + diary.FormatDuration(sec)
	}
	if w, ok := n.WorstPain().Get(); ok {
		s += fmt.Sprintf(", worst pain %d", w)
	}
	return s
}
