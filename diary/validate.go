package diary

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// Problem is one thing wrong with a value, at its path in the interchange
// format: "episodes[0].duration_s: must be between 1 and 10800".
type Problem struct {
	Path string
	Msg  string
}

func (p Problem) String() string {
	if p.Path == "" {
		return p.Msg
	}
	return p.Path + ": " + p.Msg
}

// Problems is every problem found in a value. As an error it lists them all,
// one a line.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Err returns ps as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Under returns the problems with prefix put before each path.
func (ps Problems) Under(prefix string) Problems {
	out := make(Problems, len(ps))
	for i, p := range ps {
		out[i] = Problem{Path: joinPath(prefix, p.Path), Msg: p.Msg}
	}
	return out
}

func joinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "" || path[0] == '[':
		return prefix + path
	default:
		return prefix + "." + path
	}
}

// Ranges of the diary's numbers. Where the specification gives only a lower
// bound, the upper bound is what no real day can exceed, to catch typos.
const (
	MaxMinutes       = MinutesPerDay // a minute count within one night or day
	MaxAwakenings    = 100
	MaxWaterML       = 20000
	MaxServings      = 100 // caffeine servings or alcoholic drinks in a day
	MaxHours         = 24
	MaxSorenessH     = 72
	MinBirthYear     = 1900
	MaxBirthYear     = 2100
	MinYear, MaxYear = 1900, 2200 // years a night's date may fall in
)

// checker collects problems under the current path.
type checker struct {
	ps Problems
}

func (c *checker) add(path, format string, args ...any) {
	c.ps = append(c.ps, Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) intRange(path string, o Opt[int], lo, hi int) {
	if v, ok := o.Get(); ok && (v < lo || v > hi) {
		c.add(path, "must be between %d and %d", lo, hi)
	}
}

func (c *checker) floatRange(path string, o Opt[float64], lo, hi float64) {
	if v, ok := o.Get(); ok && (math.IsNaN(v) || v < lo || v > hi) {
		c.add(path, "must be between %g and %g", lo, hi)
	}
}

// MaxTextLen is the longest note or name, in bytes: a page of text.
const MaxTextLen = 10000

func (c *checker) text(path, s string) {
	switch {
	case !utf8.ValidString(s):
		c.add(path, "must be text (UTF-8)")
	case len(s) > MaxTextLen:
		c.add(path, "must be at most %d characters", MaxTextLen)
	}
}

func (c *checker) date(path string, o Opt[Date]) {
	if d, ok := o.Get(); ok {
		if y, _, _ := d.YMD(); y < MinYear || y > MaxYear {
			c.add(path, "must be a date between %d and %d", MinYear, MaxYear)
		}
	}
}

func (c *checker) clock(path string, o Opt[Clock]) {
	if v, ok := o.Get(); ok && !v.Valid() {
		c.add(path, "must be a time of day, 00:00 to 23:59")
	}
}

func checkEnum[T ~string](c *checker, path string, v T, valid func(T) bool, all []T) {
	if v != "" && !valid(v) {
		c.add(path, "%q is not one of %s", string(v), wordList(all))
	}
}

func checkEnumList[T ~string](c *checker, path string, vs []T, valid func(T) bool, all []T) {
	seen := make(map[T]bool, len(vs))
	for i, v := range vs {
		p := fmt.Sprintf("%s[%d]", path, i)
		checkEnum(c, p, v, valid, all)
		if v == "" {
			c.add(p, "must not be empty; use one of %s", wordList(all))
		} else if seen[v] {
			c.add(p, "%q is listed twice", string(v))
		}
		seen[v] = true
	}
}

func wordList[T ~string](all []T) string {
	words := make([]string, len(all))
	for i, a := range all {
		words[i] = string(a)
	}
	return strings.Join(words, ", ")
}

// Validate returns every problem with the night, each with its path inside
// the night ("episodes[0].duration_s"). A night with no problems can be saved.
// It checks each value on its own terms; combinations that make a derived
// figure impossible are allowed, and the figure is then absent.
func (n Night) Validate() Problems {
	var c checker
	if y, _, _ := n.Date.YMD(); y < MinYear || y > MaxYear {
		c.add("date", "must be a date between %d and %d", MinYear, MaxYear)
	}
	n.Sleep.check(&c, "sleep")
	n.Day.check(&c, "day")
	n.Position.check(&c, "position")
	for i, e := range n.Episodes {
		e.check(&c, fmt.Sprintf("episodes[%d]", i))
	}
	c.text("notes", n.Notes)
	return c.ps
}

// EntryProblems is Validate and the order of the night's sleep times
// (Sleep.OrderProblems): the checks for a night typed in now. Validate
// leaves the order out, so that nights stored before it was checked stay
// readable, importable, and quiet in `cramps check`.
func (n Night) EntryProblems() Problems {
	return append(n.Validate(), n.Sleep.OrderProblems("sleep")...)
}

func (s Sleep) check(c *checker, at string) {
	c.clock(at+".bedtime", s.Bedtime)
	c.clock(at+".lights_out", s.LightsOut)
	c.intRange(at+".sleep_latency_min", s.SleepLatencyMin, 0, MaxMinutes)
	c.intRange(at+".awakenings", s.Awakenings, 0, MaxAwakenings)
	c.intRange(at+".waso_min", s.WASOMin, 0, MaxMinutes)
	c.clock(at+".final_wake", s.FinalWake)
	c.clock(at+".out_of_bed", s.OutOfBed)
	c.intRange(at+".quality", s.Quality, 1, 5)
}

func (d Day) check(c *checker, at string) {
	c.intRange(at+".water_ml", d.WaterML, 0, MaxWaterML)
	c.intRange(at+".caffeine_servings", d.CaffeineServings, 0, MaxServings)
	c.clock(at+".last_caffeine", d.LastCaffeine)
	c.intRange(at+".alcohol_drinks", d.AlcoholDrinks, 0, MaxServings)
	c.intRange(at+".exercise_min", d.ExerciseMin, 0, MaxMinutes)
	checkEnum(c, at+".exercise_intensity", d.ExerciseIntensity, Intensity.Valid, Intensities)
	c.floatRange(at+".sitting_h", d.SittingH, 0, MaxHours)
	c.floatRange(at+".standing_h", d.StandingH, 0, MaxHours)
	sit, ok1 := d.SittingH.Get()
	stand, ok2 := d.StandingH.Get()
	if ok1 && ok2 && sit <= MaxHours && stand <= MaxHours && sit+stand > MaxHours {
		c.add(at+".standing_h", "sitting and standing add up to %g hours, more than a day", sit+stand)
	}
	c.intRange(at+".stress", d.Stress, 1, 5)
	checkEnumList(c, at+".supplements", d.Supplements, Supplement.Valid, Supplements)
	seen := make(map[string]bool, len(d.Medications))
	for i, m := range d.Medications {
		p := fmt.Sprintf("%s.medications[%d]", at, i)
		switch {
		case strings.TrimSpace(m) == "":
			c.add(p, "must be a medication's name, not empty")
		case strings.TrimSpace(m) != m:
			c.add(p, "must not start or end with spaces")
		case seen[m]:
			c.add(p, "%q is listed twice", m)
		default:
			c.text(p, m)
		}
		seen[m] = true
	}
}

func (p Position) check(c *checker, at string) {
	checkEnum(c, at+".sleep_position", p.SleepPosition, SleepPosition.Valid, SleepPositions)
}

func (e Episode) check(c *checker, at string) {
	c.clock(at+".time", e.Time)
	checkEnum(c, at+".muscle", e.Muscle, Muscle.Valid, Muscles)
	checkEnum(c, at+".side", e.Side, Side.Valid, Sides)
	c.intRange(at+".duration_s", e.DurationS, 1, MaxEpisodeSeconds)
	c.intRange(at+".intensity", e.Intensity, 0, 10)
	checkEnumList(c, at+".relief", e.Relief, Relief.Valid, Reliefs)
	c.floatRange(at+".soreness_h", e.SorenessH, 0, MaxSorenessH)
}

// Validate returns every problem with the profile, each with its path inside it.
func (p Profile) Validate() Problems {
	var c checker
	c.intRange("birth_year", p.BirthYear, MinBirthYear, MaxBirthYear)
	checkEnum(&c, "sex", p.Sex, Sex.Valid, Sexes)
	checkEnumList(&c, "conditions", p.Conditions, Condition.Valid, Conditions)
	names := make(map[string]bool, len(p.Medications))
	for i, m := range p.Medications {
		at := fmt.Sprintf("medications[%d]", i)
		name := strings.TrimSpace(m.Name)
		switch {
		case name == "":
			c.add(at+".name", "must not be empty")
		case name != m.Name:
			c.add(at+".name", "must not start or end with spaces")
		case names[m.Name]:
			c.add(at+".name", "%q is listed twice", m.Name)
		default:
			c.text(at+".name", m.Name)
		}
		names[m.Name] = true
		checkEnum(&c, at+".class", m.Class, MedClass.Valid, MedClasses)
		c.date(at+".started", m.Started)
		c.date(at+".stopped", m.Stopped)
		s, ok1 := m.Started.Get()
		e, ok2 := m.Stopped.Get()
		if ok1 && ok2 && e < s {
			c.add(at+".stopped", "must not be before started (%s)", s)
		}
	}
	c.intRange("water_goal_ml", p.WaterGoalML, 1, MaxWaterML)
	c.clock("caffeine_cutoff", p.CaffeineCutoff)
	checkEnum(&c, "week_start", p.WeekStart, WeekStart.Valid, WeekStarts)
	return c.ps
}
