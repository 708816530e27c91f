package report

import (
	"slices"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/insights"
)

// page is the report in words, built once from a Report and shared by the
// Markdown and HTML writers so that both say exactly the same thing. Every
// string is plain text: the writers escape it for their format.
type page struct {
	Title  string
	Facts  []fact // who and when
	Notice string // a self-reported diary, not a diagnosis
	Glance []fact // the two-minute answers

	FlagsTitle string
	Flags      []flagItem
	NoFlags    string

	Chart     chart
	WeekRows  []weekRow
	WeekNote  string
	Muscles   table
	Severity  []string
	Sleep     table
	SleepNote string

	Meds    []medItem
	MedNote string

	Factors      []factorItem
	FactorsNote  string
	NoLink       string
	NotEnough    string
	Tried        table
	ReliefNote   string
	Trials       []trialItem
	TrialsNote   string
	Sources      []string
	EvidenceNote string
	Footer       string
}

// fact is a label and its value.
type fact struct{ Label, Value string }

// table is a small table; an empty Rows means there is nothing to show and
// Empty says so.
type table struct {
	Head  []string
	Rows  [][]string
	Empty string
}

// flagItem is one red flag.
type flagItem struct {
	Level   string // the insights level, for the HTML class
	Urgency string
	Name    string
	Message string
	Nights  string
	Refs    string
}

// weekRow is one bar of the weekly chart in text.
type weekRow struct {
	Label, Bar, Counts, Note string
}

// medItem is one medication of the profile.
type medItem struct {
	Name, Class, Dates string
	Sentences          []string
	Evidence           string
	Refs               string
}

// factorItem is one factor with a pattern.
type factorItem struct {
	Name, Verdict string
	Sentences     []string
	Evidence      string
	Refs          string
}

// refs writes the source numbers of seeds as "[1, 3, 5]": the seed numbers
// plus one, in order, for the list of sources at the end.
func refs(seeds []int) string {
	nums := slices.Clone(seeds)
	slices.Sort(nums)
	nums = slices.Compact(nums)
	parts := make([]string, 0, len(nums))
	for _, n := range nums {
		if n >= 0 && n < len(insights.Sources()) {
			parts = append(parts, strconv.Itoa(n+1))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// seedsOfTitles maps a red flag's source titles ("A; B") to seed numbers;
// a title that is not one of the sources is returned as itself.
func seedsOfTitles(source string) (seeds []int, others []string) {
	all := insights.Sources()
	for _, t := range strings.Split(source, "; ") {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		i := slices.IndexFunc(all, func(s insights.Source) bool { return s.Title == t })
		if i < 0 {
			others = append(others, t)
			continue
		}
		seeds = append(seeds, all[i].Number)
	}
	return seeds, others
}
