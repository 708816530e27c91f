package profile

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/form"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// profileText is the profile as its forms hold it: text as typed.
type profileText struct {
	BirthYear, Sex, Pregnant     string
	Conditions                   []string
	WaterGoal, Cutoff, WeekStart string
	Medications                  []*medText
	MedsKnown                    bool // false keeps an absent list absent
}

// medText is one medication as typed.
type medText struct {
	Name, Class, Started, Stopped string
	// fresh is a medication just added whose name nobody has typed yet:
	// its empty name is not called a problem until the user has typed in
	// it, left its form or tried to save (issue 11.11).
	fresh bool
}

// problems maps a field's path in the profile ("medications[0].started") to
// what is wrong with its text.
type problems map[string]string

func encode(p diary.Profile) profileText {
	t := profileText{
		Sex: string(p.Sex), WeekStart: string(p.WeekStart), MedsKnown: p.Medications != nil,
	}
	if v, ok := p.BirthYear.Get(); ok {
		t.BirthYear = strconv.Itoa(v)
	}
	t.Pregnant = form.TriText(p.Pregnant)
	if p.Conditions != nil {
		t.Conditions = []string{form.None}
		if len(p.Conditions) > 0 {
			t.Conditions = nil
			for _, c := range p.Conditions {
				t.Conditions = append(t.Conditions, string(c))
			}
		}
	}
	if v, ok := p.WaterGoalML.Get(); ok {
		t.WaterGoal = strconv.Itoa(v)
	}
	if v, ok := p.CaffeineCutoff.Get(); ok {
		t.Cutoff = v.String()
	}
	for _, m := range p.Medications {
		mt := &medText{Name: m.Name, Class: string(m.Class)}
		if d, ok := m.Started.Get(); ok {
			mt.Started = d.String()
		}
		if d, ok := m.Stopped.Get(); ok {
			mt.Stopped = d.String()
		}
		t.Medications = append(t.Medications, mt)
	}
	return t
}

// parse reads the text into a profile, with every problem at its path.
func (t profileText) parse() (diary.Profile, problems) {
	ps := problems{}
	p := diary.Profile{Sex: diary.Sex(t.Sex), WeekStart: diary.WeekStart(t.WeekStart)}
	if t.MedsKnown || len(t.Medications) > 0 {
		p.Medications = []diary.Medication{}
	}
	if s := strings.TrimSpace(t.BirthYear); s != "" {
		if v, err := strconv.Atoi(s); err != nil {
			ps["birth_year"] = "not a year, e.g. 1958"
		} else {
			p.BirthYear = diary.Some(v)
		}
	}
	p.Pregnant = form.Tri(t.Pregnant)
	if len(t.Conditions) > 0 {
		p.Conditions = []diary.Condition{}
		for _, c := range t.Conditions {
			if c != form.None {
				p.Conditions = append(p.Conditions, diary.Condition(c))
			}
		}
	}
	if s := strings.TrimSpace(t.WaterGoal); s != "" {
		if v, err := strconv.Atoi(s); err != nil {
			ps["water_goal_ml"] = "not a whole number of ml"
		} else {
			p.WaterGoalML = diary.Some(v)
		}
	}
	if s := strings.TrimSpace(t.Cutoff); s != "" {
		if c, err := diary.ParseClock(s); err != nil {
			ps["caffeine_cutoff"] = "not a time; write HH:MM, e.g. 14:00"
		} else {
			p.CaffeineCutoff = diary.Some(c)
		}
	}
	for i, mt := range t.Medications {
		at := fmt.Sprintf("medications[%d].", i)
		med := diary.Medication{Name: mt.Name, Class: diary.MedClass(mt.Class)}
		med.Started = date(ps, at+"started", mt.Started)
		med.Stopped = date(ps, at+"stopped", mt.Stopped)
		p.Medications = append(p.Medications, med)
	}
	for _, pr := range p.Validate() {
		if _, seen := ps[pr.Path]; !seen {
			ps[pr.Path] = pr.Msg
		}
	}
	return p, ps
}

func date(ps problems, path, s string) diary.Opt[diary.Date] {
	s = strings.TrimSpace(s)
	if s == "" {
		return diary.None[diary.Date]()
	}
	d, err := diary.ParseDate(s)
	if err != nil {
		ps[path] = "not a date; write YYYY-MM-DD"
		return diary.None[diary.Date]()
	}
	return diary.Some(d)
}

// glassesNote says a water goal in glasses.
func glassesNote(s string) string {
	v, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || v <= 0 {
		return ""
	}
	return "= " + nightcard.Glasses(v)
}
