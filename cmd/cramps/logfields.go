package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// nightField is one field of a Night that `cramps log` sets from a flag. The
// flag is named after the interchange key (water_ml → --water-ml).
type nightField struct {
	section string // the interchange section: sleep, day or position
	key     string // the interchange key
	usage   string
	isBool  bool
	typ     string // what the help shows the flag takes
	set     func(n *diary.Night, v string) error
	unset   func(n *diary.Night)
}

// path is where the field sits in the interchange format, as Validate names it.
func (f nightField) path() string { return f.section + "." + f.key }

// flag is the command-line name of the field.
func (f nightField) flag() string { return strings.ReplaceAll(f.key, "_", "-") }

func intField(section, key, usage string, at func(*diary.Night) *diary.Opt[int]) nightField {
	return nightField{section: section, key: key, usage: usage, typ: "N",
		set: func(n *diary.Night, v string) error {
			i, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				return fmt.Errorf("%q is not a whole number", v)
			}
			*at(n) = diary.Some(i)
			return nil
		},
		unset: func(n *diary.Night) { *at(n) = diary.None[int]() },
	}
}

func floatField(section, key, usage string, at func(*diary.Night) *diary.Opt[float64]) nightField {
	return nightField{section: section, key: key, usage: usage, typ: "H",
		set: func(n *diary.Night, v string) error {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
				return fmt.Errorf("%q is not a number", v)
			}
			*at(n) = diary.Some(f)
			return nil
		},
		unset: func(n *diary.Night) { *at(n) = diary.None[float64]() },
	}
}

func boolField(section, key, usage string, at func(*diary.Night) *diary.Opt[bool]) nightField {
	return nightField{section: section, key: key, usage: usage, isBool: true, typ: "yes|no",
		set: func(n *diary.Night, v string) error {
			b, err := parseBool(v)
			if err != nil {
				return err
			}
			*at(n) = diary.Some(b)
			return nil
		},
		unset: func(n *diary.Night) { *at(n) = diary.None[bool]() },
	}
}

func clockField(section, key, usage string, at func(*diary.Night) *diary.Opt[diary.Clock]) nightField {
	return nightField{section: section, key: key, usage: usage, typ: "HH:MM",
		set: func(n *diary.Night, v string) error {
			c, err := diary.ParseClock(v)
			if err != nil {
				return err
			}
			*at(n) = diary.Some(c)
			return nil
		},
		unset: func(n *diary.Night) { *at(n) = diary.None[diary.Clock]() },
	}
}

func enumField[T ~string](section, key, usage string, all []T, at func(*diary.Night) *T) nightField {
	return nightField{section: section, key: key, usage: usage + ": " + joinWords(all, ", "), typ: "WORD",
		set: func(n *diary.Night, v string) error {
			w, err := parseWord(v, all)
			if err != nil {
				return err
			}
			*at(n) = w
			return nil
		},
		unset: func(n *diary.Night) { *at(n) = "" },
	}
}

// listField sets a list from comma-separated words; "none" records an empty list.
func listField[T ~string](section, key, usage string, all []T, at func(*diary.Night) *[]T) nightField {
	choices := ""
	if all != nil {
		choices = joinWords(all, ", ") + "; "
	}
	return nightField{section: section, key: key, usage: usage + " (" + choices + "comma-separated; none for none)", typ: "LIST",
		set: func(n *diary.Night, v string) error {
			l, err := parseList(v, all)
			if err != nil {
				return err
			}
			*at(n) = l
			return nil
		},
		unset: func(n *diary.Night) { *at(n) = nil },
	}
}

// nightFields lists every sleep, day and position field `cramps log` can set.
func nightFields() []nightField {
	type N = diary.Night
	return []nightField{
		clockField("sleep", "bedtime", "got into bed", func(n *N) *diary.Opt[diary.Clock] { return &n.Sleep.Bedtime }),
		clockField("sleep", "lights_out", "tried to fall asleep", func(n *N) *diary.Opt[diary.Clock] { return &n.Sleep.LightsOut }),
		intField("sleep", "sleep_latency_min", "minutes to fall asleep", func(n *N) *diary.Opt[int] { return &n.Sleep.SleepLatencyMin }),
		intField("sleep", "awakenings", "times woken, not counting the last", func(n *N) *diary.Opt[int] { return &n.Sleep.Awakenings }),
		intField("sleep", "waso_min", "minutes awake after first falling asleep", func(n *N) *diary.Opt[int] { return &n.Sleep.WASOMin }),
		clockField("sleep", "final_wake", "final awakening", func(n *N) *diary.Opt[diary.Clock] { return &n.Sleep.FinalWake }),
		clockField("sleep", "out_of_bed", "got out of bed", func(n *N) *diary.Opt[diary.Clock] { return &n.Sleep.OutOfBed }),
		intField("sleep", "quality", "sleep quality, 1 very poor to 5 very good", func(n *N) *diary.Opt[int] { return &n.Sleep.Quality }),

		intField("day", "water_ml", "water and other plain drinks, ml", func(n *N) *diary.Opt[int] { return &n.Day.WaterML }),
		intField("day", "caffeine_servings", "cups of coffee, tea, cola or energy drinks", func(n *N) *diary.Opt[int] { return &n.Day.CaffeineServings }),
		clockField("day", "last_caffeine", "time of the last caffeine", func(n *N) *diary.Opt[diary.Clock] { return &n.Day.LastCaffeine }),
		intField("day", "alcohol_drinks", "standard drinks of alcohol", func(n *N) *diary.Opt[int] { return &n.Day.AlcoholDrinks }),
		intField("day", "exercise_min", "minutes of deliberate exercise", func(n *N) *diary.Opt[int] { return &n.Day.ExerciseMin }),
		enumField("day", "exercise_intensity", "hardest effort of the day", diary.Intensities, func(n *N) *diary.Intensity { return &n.Day.ExerciseIntensity }),
		floatField("day", "sitting_h", "hours sitting", func(n *N) *diary.Opt[float64] { return &n.Day.SittingH }),
		floatField("day", "standing_h", "hours standing or walking", func(n *N) *diary.Opt[float64] { return &n.Day.StandingH }),
		boolField("day", "heavy_sweating", "sweated heavily (heat, sauna, hard work)", func(n *N) *diary.Opt[bool] { return &n.Day.HeavySweating }),
		boolField("day", "fluid_loss", "vomiting or diarrhoea", func(n *N) *diary.Opt[bool] { return &n.Day.FluidLoss }),
		boolField("day", "walking_pain", "leg pain while walking that stopped on rest", func(n *N) *diary.Opt[bool] { return &n.Day.WalkingPain }),
		intField("day", "stress", "stress, 1 calm to 5 very stressed", func(n *N) *diary.Opt[int] { return &n.Day.Stress }),
		boolField("day", "stretched", "stretched calves or hamstrings before bed", func(n *N) *diary.Opt[bool] { return &n.Day.Stretched }),
		boolField("day", "legs_elevated", "raised the legs 10-15 minutes in the evening", func(n *N) *diary.Opt[bool] { return &n.Day.LegsElevated }),
		boolField("day", "massage", "massaged the legs before bed", func(n *N) *diary.Opt[bool] { return &n.Day.Massage }),
		listField("day", "supplements", "supplements taken", diary.Supplements, func(n *N) *[]diary.Supplement { return &n.Day.Supplements }),
		listField[string]("day", "medications", "medicines taken, by their names in the profile", nil, func(n *N) *[]string { return &n.Day.Medications }),

		enumField("position", "sleep_position", "main sleeping position", diary.SleepPositions, func(n *N) *diary.SleepPosition { return &n.Position.SleepPosition }),
		boolField("position", "toes_pointed", "feet pointed, toes away from you", func(n *N) *diary.Opt[bool] { return &n.Position.ToesPointed }),
		boolField("position", "tight_blankets", "blankets tucked tight or heavy on the feet", func(n *N) *diary.Opt[bool] { return &n.Position.TightBlankets }),
		boolField("position", "legs_curled", "legs tightly curled", func(n *N) *diary.Opt[bool] { return &n.Position.LegsCurled }),
		boolField("position", "knees_supported", "pillow under the knees or ankles", func(n *N) *diary.Opt[bool] { return &n.Position.KneesSupported }),
	}
}

// textValue is a string flag whose help names what it takes.
type textValue struct {
	p   *string
	typ string
}

func (v textValue) String() string     { return *v.p }
func (v textValue) Set(s string) error { *v.p = s; return nil }
func (v textValue) Type() string       { return v.typ }

// repeated is a flag that may be given several times, each value kept.
type repeated struct {
	p   *[]string
	typ string
}

func (v *repeated) String() string     { return strings.Join(*v.p, " ") }
func (v *repeated) Set(s string) error { *v.p = append(*v.p, s); return nil }
func (v *repeated) Type() string       { return v.typ }

// parseBool reads yes/no answers as people type them.
func parseBool(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "true", "yes", "y", "1", "on":
		return true, nil
	case "false", "no", "n", "0", "off":
		return false, nil
	}
	return false, fmt.Errorf("%q is not yes or no", v)
}

// parseWord reads one word of an enumeration, accepting dashes for underscores
// and any case.
//
// The screens' words are taken too ("back thigh" for thigh_back), so what
// the Log card shows can be typed on the command line.
func parseWord[T ~string](v string, all []T) (T, error) {
	lower := strings.Join(strings.Fields(strings.ToLower(v)), " ")
	w := strings.NewReplacer("-", "_", " ", "_").Replace(lower)
	for _, a := range all {
		if string(a) == w || strings.ToLower(nightcard.Label(a)) == lower {
			return a, nil
		}
	}
	return "", fmt.Errorf("%q is not one of %s", v, joinWords(all, ", "))
}

// parseList reads comma-separated words; "none" or "-" is the empty list. When
// all is nil any non-empty words are accepted.
func parseList[T ~string](v string, all []T) ([]T, error) {
	t := strings.TrimSpace(v)
	if strings.EqualFold(t, "none") || t == "-" {
		return []T{}, nil
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) == 0 {
		return nil, fmt.Errorf("%q lists nothing; write words separated by commas, or none", v)
	}
	out := make([]T, 0, len(parts))
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if all == nil {
			out = append(out, T(p))
			continue
		}
		w, err := parseWord(p, all)
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, nil
}

func joinWords[T ~string](all []T, sep string) string {
	s := make([]string, len(all))
	for i, a := range all {
		s[i] = string(a)
		if l := nightcard.Label(a); l != strings.ReplaceAll(s[i], "_", " ") {
			s[i] += " (" + l + ")" // thigh_back (back thigh)
		}
	}
	return strings.Join(s, sep)
}
