package logscreen

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/form"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// problems maps a field's path in the diary ("episodes[0].duration_s") to
// what is wrong with its text.
type problems map[string]string

// The largest number of glasses of water the form takes: the diary's limit.
const maxGlasses = diary.MaxWaterML / nightcard.GlassML

// parse reads the forms' text into the night of date, with every problem at
// the path of its field. Fields with a problem are left absent in the night.
func (t nightText) parse(date diary.Date) (diary.Night, problems) {
	p := parser{ps: problems{}}
	n := diary.Night{Date: date, Notes: t.Notes}

	s := t.Sleep
	n.Sleep = diary.Sleep{
		Bedtime:         p.clock("sleep.bedtime", s.Bedtime),
		LightsOut:       p.clock("sleep.lights_out", s.LightsOut),
		SleepLatencyMin: p.minutes("sleep.sleep_latency_min", s.Latency),
		Awakenings:      p.count("sleep.awakenings", s.Awakenings, 0, diary.MaxAwakenings),
		WASOMin:         p.minutes("sleep.waso_min", s.WASO),
		FinalWake:       p.clock("sleep.final_wake", s.FinalWake),
		OutOfBed:        p.clock("sleep.out_of_bed", s.OutOfBed),
		Quality:         p.count("sleep.quality", s.Quality, 1, 5),
	}

	d := t.Day
	n.Day = diary.Day{
		WaterML:           p.glasses("day.water_ml", d.Water),
		CaffeineServings:  p.count("day.caffeine_servings", d.Caffeine, 0, diary.MaxServings),
		LastCaffeine:      p.clock("day.last_caffeine", d.LastCaffeine),
		AlcoholDrinks:     p.count("day.alcohol_drinks", d.Alcohol, 0, diary.MaxServings),
		ExerciseMin:       p.minutes("day.exercise_min", d.ExerciseMin),
		ExerciseIntensity: diary.Intensity(d.Intensity),
		SittingH:          p.number("day.sitting_h", d.Sitting, 0, diary.MaxHours, "hours"),
		StandingH:         p.number("day.standing_h", d.Standing, 0, diary.MaxHours, "hours"),
		HeavySweating:     form.Tri(d.HeavySweating),
		FluidLoss:         form.Tri(d.FluidLoss),
		WalkingPain:       form.Tri(d.WalkingPain),
		Stress:            p.count("day.stress", d.Stress, 1, 5),
		Stretched:         form.Tri(d.Stretched),
		LegsElevated:      form.Tri(d.LegsElevated),
		Massage:           form.Tri(d.Massage),
		Supplements:       list[diary.Supplement](d.Supplements),
		Medications:       list[string](d.Medications),
	}

	ps := t.Position
	n.Position = diary.Position{
		SleepPosition:  diary.SleepPosition(ps.Position),
		ToesPointed:    form.Tri(ps.ToesPointed),
		TightBlankets:  form.Tri(ps.TightBlankets),
		LegsCurled:     form.Tri(ps.LegsCurled),
		KneesSupported: form.Tri(ps.KneesSupported),
	}

	if t.CrampsKnown || len(t.Episodes) > 0 {
		n.Episodes = make([]diary.Episode, len(t.Episodes))
	}
	for i, e := range t.Episodes {
		at := fmt.Sprintf("episodes[%d].", i)
		n.Episodes[i] = diary.Episode{
			Time:      p.clock(at+"time", e.Time),
			Muscle:    diary.Muscle(e.Muscle),
			Side:      diary.Side(e.Side),
			DurationS: p.duration(at+"duration_s", e.Duration),
			Intensity: p.count(at+"intensity", e.Pain, 0, 10),
			WokeMe:    form.Tri(e.WokeMe),
			Relief:    list[diary.Relief](e.Relief),
			SorenessH: p.number(at+"soreness_h", e.Soreness, 0, diary.MaxSorenessH, "hours"),
			Swelling:  form.Tri(e.Swelling),
			Numbness:  form.Tri(e.Numbness),
			Weakness:  form.Tri(e.Weakness),
			Twitching: form.Tri(e.Twitching),
		}
	}

	// The diary's own rules catch what the text alone cannot, such as
	// sitting and standing adding up to more than a day.
	for _, pr := range n.EntryProblems() {
		path := fieldPath(pr.Path)
		if _, seen := p.ps[path]; !seen {
			p.ps[path] = pr.Msg
		}
	}
	return n, p.ps
}

// fieldPath drops a list index at the end of a path: the field
// "day.supplements" holds the whole list "day.supplements[1]" is in.
func fieldPath(path string) string {
	if i := strings.LastIndexByte(path, '['); i > strings.LastIndexByte(path, '.') && strings.HasSuffix(path, "]") {
		return path[:i]
	}
	return path
}

// parser reads text fields, noting a problem for each one it cannot read.
type parser struct{ ps problems }

// read is how every text field is read: nothing typed is not recorded;
// otherwise parse reads the trimmed text, or says what is wrong with it, and
// a field with a problem is not recorded either.
func read[T any](p *parser, path, s string, parse func(string) (T, string)) diary.Opt[T] {
	s = strings.TrimSpace(s)
	if s == "" {
		return diary.None[T]()
	}
	v, problem := parse(s)
	if problem != "" {
		p.ps[path] = problem
		return diary.None[T]()
	}
	return diary.Some(v)
}

func (p *parser) clock(path, s string) diary.Opt[diary.Clock] {
	return read(p, path, s, func(s string) (diary.Clock, string) {
		c, err := diary.ParseClock(s)
		if err != nil {
			return c, "not a time; write HH:MM, e.g. 23:30"
		}
		return c, ""
	})
}

func (p *parser) count(path, s string, lo, hi int) diary.Opt[int] {
	return read(p, path, s, func(s string) (int, string) {
		v, err := strconv.Atoi(s)
		switch {
		case err != nil:
			return 0, "not a whole number"
		case v < lo || v > hi:
			return 0, fmt.Sprintf("must be %d to %d", lo, hi)
		}
		return v, ""
	})
}

// minutes reads a number of minutes, or a duration in whole minutes ("1h30m").
func (p *parser) minutes(path, s string) diary.Opt[int] {
	return read(p, path, s, func(s string) (int, string) {
		v, err := strconv.Atoi(s)
		if err != nil {
			sec, derr := diary.ParseDuration(s)
			if derr != nil || sec%60 != 0 {
				return 0, "not a number of minutes"
			}
			v = sec / 60
		}
		if v < 0 || v > diary.MaxMinutes {
			return 0, fmt.Sprintf("must be 0 to %d minutes", diary.MaxMinutes)
		}
		return v, ""
	})
}

func (p *parser) number(path, s string, lo, hi float64, unit string) diary.Opt[float64] {
	return read(p, path, s, func(s string) (float64, string) {
		v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
		switch {
		case err != nil || math.IsNaN(v) || math.IsInf(v, 0):
			return 0, "not a number"
		case v < lo || v > hi:
			return 0, fmt.Sprintf("must be %g to %g %s", lo, hi, unit)
		}
		return v, ""
	})
}

func (p *parser) glasses(path, s string) diary.Opt[int] {
	if ml, ok := strings.CutSuffix(strings.TrimSpace(s), "ml"); ok {
		v := p.number(path, ml, 0, diary.MaxWaterML, "ml")
		if v, ok := v.Get(); ok {
			return diary.Some(int(math.Round(v)))
		}
		return diary.None[int]()
	}
	g := p.number(path, s, 0, maxGlasses, "glasses")
	if v, ok := g.Get(); ok {
		return diary.Some(int(math.Round(v * nightcard.GlassML)))
	}
	return diary.None[int]()
}

func (p *parser) duration(path, s string) diary.Opt[int] {
	return read(p, path, s, func(s string) (int, string) {
		sec, err := diary.ParseDuration(s)
		switch {
		case err != nil:
			return 0, "not a duration; write 90s, 2m, 1m30s, or minutes"
		case sec < 1 || sec > diary.MaxEpisodeSeconds:
			return 0, "must be from 1s to 3h"
		}
		return sec, ""
	})
}

// list reads ticked options: nothing ticked is nil (not recorded), "none"
// alone is the empty list.
func list[T ~string](ticked []string) []T {
	if len(ticked) == 0 {
		return nil
	}
	out := []T{}
	for _, v := range ticked {
		if v != none {
			out = append(out, T(v))
		}
	}
	return out
}
