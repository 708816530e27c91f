package logscreen

import (
	"strconv"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/form"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// The words of the tri-state and list fields (form.Yes, form.No, form.None).
const (
	yes  = form.Yes
	no   = form.No
	none = form.None
)

// nightText is a night as the forms hold it: text as typed, so that nothing
// typed is lost, even when it is not (yet) a valid value.
type nightText struct {
	Sleep       sleepText
	Day         dayText
	Position    positionText
	CrampsKnown bool
	Episodes    []*episodeText
	Notes       string
}

type sleepText struct {
	Bedtime, LightsOut, Latency, Awakenings, WASO, FinalWake, OutOfBed, Quality string
}

type dayText struct {
	Water, Caffeine, LastCaffeine, Alcohol, ExerciseMin, Intensity, Sitting, Standing, Stress string
	HeavySweating, FluidLoss, WalkingPain, Stretched, LegsElevated, Massage                   string
	Supplements, Medications                                                                  []string
}

type positionText struct {
	Position, ToesPointed, TightBlankets, LegsCurled, KneesSupported string
}

type episodeText struct {
	Time, Muscle, Side, Duration, Pain, WokeMe, Soreness string
	Swelling, Numbness, Weakness, Twitching              string
	Relief                                               []string
	// Prefilled says Muscle and Side were filled from the usual cramps, not
	// typed, so the form says so (issue 11.3).
	Prefilled bool
}

// encodeNight writes a night as the forms' text; parse reads it back to the
// same night.
func encodeNight(n diary.Night) nightText {
	t := nightText{CrampsKnown: n.CrampsKnown(), Notes: n.Notes}
	s := n.Sleep
	t.Sleep = sleepText{
		Bedtime: clockText(s.Bedtime), LightsOut: clockText(s.LightsOut),
		Latency: intText(s.SleepLatencyMin), Awakenings: intText(s.Awakenings), WASO: intText(s.WASOMin),
		FinalWake: clockText(s.FinalWake), OutOfBed: clockText(s.OutOfBed), Quality: intText(s.Quality),
	}
	d := n.Day
	t.Day = dayText{
		Caffeine: intText(d.CaffeineServings), LastCaffeine: clockText(d.LastCaffeine),
		Alcohol: intText(d.AlcoholDrinks), ExerciseMin: intText(d.ExerciseMin), Intensity: string(d.ExerciseIntensity),
		Sitting: floatText(d.SittingH), Standing: floatText(d.StandingH), Stress: intText(d.Stress),
		HeavySweating: form.TriText(d.HeavySweating), FluidLoss: form.TriText(d.FluidLoss), WalkingPain: form.TriText(d.WalkingPain),
		Stretched: form.TriText(d.Stretched), LegsElevated: form.TriText(d.LegsElevated), Massage: form.TriText(d.Massage),
		Supplements: listText(d.Supplements), Medications: listText(d.Medications),
	}
	if ml, ok := d.WaterML.Get(); ok {
		t.Day.Water = waterText(ml)
	}
	p := n.Position
	t.Position = positionText{
		Position: string(p.SleepPosition), ToesPointed: form.TriText(p.ToesPointed), TightBlankets: form.TriText(p.TightBlankets),
		LegsCurled: form.TriText(p.LegsCurled), KneesSupported: form.TriText(p.KneesSupported),
	}
	for _, e := range n.Episodes {
		t.Episodes = append(t.Episodes, encodeEpisode(e))
	}
	return t
}

func encodeEpisode(e diary.Episode) *episodeText {
	et := &episodeText{
		Time: clockText(e.Time), Muscle: string(e.Muscle), Side: string(e.Side),
		Pain: intText(e.Intensity), WokeMe: form.TriText(e.WokeMe), Soreness: floatText(e.SorenessH),
		Swelling: form.TriText(e.Swelling), Numbness: form.TriText(e.Numbness), Weakness: form.TriText(e.Weakness),
		Twitching: form.TriText(e.Twitching), Relief: listText(e.Relief),
	}
	if d, ok := e.DurationS.Get(); ok {
		et.Duration = diary.FormatDuration(d)
	}
	return et
}

// waterText writes millilitres for the water field: in glasses when they
// come to whole or half glasses, else in millilitres ("1848 ml"), which the
// field reads back exactly, so an imported amount is never rounded by a save.
func waterText(ml int) string {
	if ml%(nightcard.GlassML/2) == 0 {
		return nightcard.Number(float64(ml) / nightcard.GlassML)
	}
	return strconv.Itoa(ml) + " ml"
}

func clockText(o diary.Opt[diary.Clock]) string {
	if c, ok := o.Get(); ok {
		return c.String()
	}
	return ""
}

func intText(o diary.Opt[int]) string {
	if v, ok := o.Get(); ok {
		return strconv.Itoa(v)
	}
	return ""
}

func floatText(o diary.Opt[float64]) string {
	if v, ok := o.Get(); ok {
		return nightcard.Number(v)
	}
	return ""
}

// listText writes a list as ticked options: nil is nothing ticked, the
// empty list is "none" ticked.
func listText[T ~string](l []T) []string {
	if l == nil {
		return nil
	}
	if len(l) == 0 {
		return []string{none}
	}
	out := make([]string, len(l))
	for i, v := range l {
		out[i] = string(v)
	}
	return out
}
