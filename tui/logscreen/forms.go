package logscreen

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/tui/form"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// section is a part of the night that has a form.
type section int

const (
	secNone section = iota
	secEpisode
	secSleep
	secDay
	secPosition
	secNotes
)

func (s section) title() string {
	switch s {
	case secEpisode:
		return "Cramp"
	case secSleep:
		return "Sleep"
	case secDay:
		return "The day"
	case secPosition:
		return "Position"
	case secNotes:
		return "Notes"
	}
	return ""
}

// prefix is the start of the paths of the section's fields.
func (s section) prefix(episode int) string {
	switch s {
	case secEpisode:
		return fmt.Sprintf("episodes[%d].", episode)
	case secSleep:
		return "sleep."
	case secDay:
		return "day."
	case secPosition:
		return "position."
	case secNotes:
		return "notes"
	}
	return "\x00"
}

// labelOf names the field at path the way its form does.
func labelOf(path string) string {
	name := path[strings.LastIndexByte(path, '.')+1:]
	switch name {
	case "bedtime":
		return "Bedtime"
	case "lights_out":
		return "Lights out"
	case "sleep_latency_min":
		return "Asleep after"
	case "awakenings":
		return "Times woken"
	case "waso_min":
		return "Awake in night"
	case "final_wake":
		return "Final wake"
	case "out_of_bed":
		return "Out of bed"
	case "quality":
		return "Sleep quality"
	case "water_ml":
		return "Water"
	case "caffeine_servings":
		return "Caffeine"
	case "last_caffeine":
		return "Last caffeine"
	case "alcohol_drinks":
		return "Alcohol"
	case "exercise_min":
		return "Exercise"
	case "sitting_h":
		return "Sitting"
	case "standing_h":
		return "Standing"
	case "stress":
		return "Stress"
	case "supplements":
		return "Supplements"
	case "medications":
		return "Medications"
	case "time":
		return "Time"
	case "duration_s":
		return "Duration"
	case "intensity":
		return "Pain"
	case "relief":
		return "Eased by"
	case "soreness_h":
		return "Sore after"
	}
	return strings.ReplaceAll(name, "_", " ")
}

// builder makes the fields of one draft's forms, each showing its problem.
type builder struct{ d *draft }

func (b builder) text(label, path string, value *string) *form.Text {
	return form.NewText(label, value).Key(path).Check(func(string) string { return b.d.problems[path] })
}

func (b builder) tri(label, path string, value *string) *form.Choice {
	return form.NewChoice(label, value, form.TriOptions()...).Key(path)
}

// sleepGroups are the Consensus Sleep Diary items.
func (b builder) sleepGroups() []*huh.Group {
	s := &b.d.text.Sleep
	return []*huh.Group{huh.NewGroup(
		b.text("Bedtime", "sleep.bedtime", &s.Bedtime).Placeholder("HH:MM").Hint("got into bed"),
		b.text("Lights out", "sleep.lights_out", &s.LightsOut).Placeholder("HH:MM").Hint("tried to sleep"),
		b.text("Asleep after", "sleep.sleep_latency_min", &s.Latency).Placeholder("min").Hint("minutes to fall asleep").Unit("min"),
		b.text("Times woken", "sleep.awakenings", &s.Awakenings).Placeholder("times").Hint("not counting the last"),
		b.text("Awake in night", "sleep.waso_min", &s.WASO).Placeholder("min").Hint("minutes awake in between").Unit("min"),
		b.text("Final wake", "sleep.final_wake", &s.FinalWake).Placeholder("HH:MM").Hint("woke for the day"),
		b.text("Out of bed", "sleep.out_of_bed", &s.OutOfBed).Placeholder("HH:MM").Hint("got up"),
		b.text("Sleep quality", "sleep.quality", &s.Quality).Placeholder("1-5").Hint("1 very poor … 5 very good").Unit("of 5"),
	)}
}

// dayGroups are the exposures of the day, on two pages.
func (b builder) dayGroups(profile diary.Profile) []*huh.Group {
	d := &b.d.text.Day
	water := b.text("Water", "day.water_ml", &d.Water).Placeholder("glasses").Hint("glasses of 250 ml, or ml").
		Note(waterNote)
	return []*huh.Group{
		huh.NewGroup(
			water,
			b.text("Caffeine", "day.caffeine_servings", &d.Caffeine).Placeholder("cups").Hint("coffee, tea, cola").Unit("cups"),
			b.text("Last caffeine", "day.last_caffeine", &d.LastCaffeine).Placeholder("HH:MM"),
			b.text("Alcohol", "day.alcohol_drinks", &d.Alcohol).Placeholder("drinks").Hint("standard drinks").Unit("drinks"),
			b.text("Stress", "day.stress", &d.Stress).Placeholder("1-5").Hint("1 calm … 5 very stressed").Unit("of 5"),
			form.NewMulti("Supplements", &d.Supplements, form.List(diary.Supplements)...).Key("day.supplements").Exclusive(none),
			form.NewMulti("Medications", &d.Medications, medicationOptions(profile, b.d.date, d.Medications)...).Key("day.medications").Exclusive(none).Empty(noMedicationsWords(profile, b.d.date)),
		).Title("The day before · 1 of 2"),
		huh.NewGroup(
			b.text("Exercise", "day.exercise_min", &d.ExerciseMin).Placeholder("min").Hint("minutes of exercise").Unit("min"),
			form.NewChoice("Hardest effort", &d.Intensity, form.Enum(diary.Intensities)...).Key("day.exercise_intensity"),
			b.text("Sitting", "day.sitting_h", &d.Sitting).Placeholder("hours").Unit("hours"),
			b.text("Standing", "day.standing_h", &d.Standing).Placeholder("hours").Hint("standing or walking").Unit("hours"),
			b.tri("Heavy sweating", "day.heavy_sweating", &d.HeavySweating),
			b.tri("Fluid loss", "day.fluid_loss", &d.FluidLoss).Hint("vomiting or diarrhoea"),
			b.tri("Walking pain", "day.walking_pain", &d.WalkingPain).Hint("leg pain that stopped on rest"),
			b.tri("Stretched", "day.stretched", &d.Stretched).Hint("calves before bed"),
			b.tri("Legs elevated", "day.legs_elevated", &d.LegsElevated).Hint("10–15 min"),
			b.tri("Massage", "day.massage", &d.Massage).Hint("legs before bed"),
		).Title("The day before · 2 of 2"),
	}
}

// medicationOptions are the profile's medicines taken on date, and any
// other name the night already lists.
func medicationOptions(p diary.Profile, date diary.Date, ticked []string) []form.Option {
	out := []form.Option{form.Opt(none)}
	var names []string
	for _, m := range p.Medications {
		if m.TakenOn(date) || slices.Contains(ticked, m.Name) {
			names = append(names, m.Name)
		}
	}
	for _, t := range ticked {
		if t != none && !slices.Contains(names, t) {
			names = append(names, t)
		}
	}
	for _, n := range names {
		out = append(out, form.Opt(n))
	}
	return out
}

// noMedicationsWords is what the Medications field says when nothing is
// ticked: how to add a medicine only when the profile has none (issue
// 11.15); why none is offered when none of them was being taken on date;
// else just that nothing is ticked, not that a medicine in course was not
// taken (new-user trial).
func noMedicationsWords(p diary.Profile, date diary.Date) string {
	if len(p.Medications) == 0 {
		return "— (add them in Profile)"
	}
	for _, m := range p.Medications {
		if m.TakenOn(date) {
			return "—"
		}
	}
	return "— (none of your profile's medicines on " + nightcard.ShortDate(date) + ")" // fits the 80-column form
}

// positionGroups are how the user slept.
func (b builder) positionGroups() []*huh.Group {
	p := &b.d.text.Position
	return []*huh.Group{huh.NewGroup(
		form.NewChoice("Position", &p.Position, form.Enum(diary.SleepPositions)...).Key("position.sleep_position"),
		b.tri("Toes pointed", "position.toes_pointed", &p.ToesPointed).Hint("feet stretched away"),
		b.tri("Tight blankets", "position.tight_blankets", &p.TightBlankets).Hint("tucked or heavy on the feet"),
		b.tri("Legs curled", "position.legs_curled", &p.LegsCurled),
		b.tri("Knees supported", "position.knees_supported", &p.KneesSupported).Hint("pillow under knees or ankles"),
	)}
}

// notesGroups is the night's free text.
func (b builder) notesGroups() []*huh.Group {
	return []*huh.Group{huh.NewGroup(
		huh.NewText().Key("notes").Title("Notes").Description("anything else about the night or the day before").
			Value(&b.d.text.Notes).Lines(5).CharLimit(2000),
	)}
}

// episodeGroups are one cramp.
func (b builder) episodeGroups(i int) []*huh.Group {
	e := b.d.text.Episodes[i]
	at := fmt.Sprintf("episodes[%d].", i)
	// Prefilled values say so beside their label, focused or not.
	muscle, side, hint := "Muscle", "Side", ""
	if e.Prefilled {
		muscle, side, hint = "Muscle (usual)", "Side (usual)", "filled in from your usual cramps: ← → to change"
	}
	return []*huh.Group{huh.NewGroup(
		form.NewChoice(muscle, &e.Muscle, form.Enum(diary.Muscles)...).Key(at+"muscle").Hint(hint),
		form.NewChoice(side, &e.Side, form.Enum(diary.Sides)...).Key(at+"side").Hint(hint),
		b.text("Duration", at+"duration_s", &e.Duration).Placeholder("e.g. 3m").Hint("90s, 2m, 1m30s, or minutes").Note(durationNote),
		b.text("Pain", at+"intensity", &e.Pain).Placeholder("0-10").Hint("0 none … 10 worst").Unit("of 10"),
		b.tri("Woke me", at+"woke_me", &e.WokeMe),
		b.text("Time", at+"time", &e.Time).Placeholder("HH:MM").Hint("roughly when"),
		form.NewMulti("Eased by", &e.Relief, form.List(diary.Reliefs)...).Key(at+"relief").Exclusive(none),
		b.text("Sore after", at+"soreness_h", &e.Soreness).Placeholder("hours").Hint("hours of soreness").Unit("hours"),
		b.tri("Swelling", at+"swelling", &e.Swelling).Hint("swelling, redness or warmth"),
		b.tri("Numbness", at+"numbness", &e.Numbness).Hint("numbness or tingling that stayed"),
		b.tri("Weakness", at+"weakness", &e.Weakness).Hint("the muscle felt weak"),
		b.tri("Twitching", at+"twitching", &e.Twitching).Hint("the muscle twitched"),
	)}
}

// waterML reads glasses of water as millilitres.
func waterML(s string) (int, bool) {
	var p parser
	p.ps = problems{}
	ml, ok := p.glasses("", s).Get()
	return ml, ok && len(p.ps) == 0
}

// waterNote says how much water the field was read as: "6" is "= 1500 ml";
// nothing when it was written in ml already ("1400 ml = 1400 ml" said
// nothing new).
func waterNote(s string) string {
	ml, ok := waterML(s)
	if !ok || strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "") == strconv.Itoa(ml)+"ml" {
		return ""
	}
	return fmt.Sprintf("= %d ml", ml)
}

// durationNote says how a cramp's length was read, when it was not written
// the one way cramps writes it: "3" is "= 3 minutes", "90s" is "= 1m30s"
// (issue 11.11).
func durationNote(s string) string {
	t := strings.TrimSpace(s)
	sec, err := diary.ParseDuration(t)
	if t == "" || err != nil || sec < 1 || sec > diary.MaxEpisodeSeconds {
		return "" // nothing, or the problem says what is wrong
	}
	written := words.Duration(sec)
	if _, err := strconv.ParseFloat(t, 64); err == nil {
		if sec%60 == 0 {
			return "= " + words.Nouns(sec/60, "minute")
		}
		return "= " + written
	}
	if written == strings.ToLower(strings.ReplaceAll(t, " ", "")) {
		return ""
	}
	return "= " + written
}
