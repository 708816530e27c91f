package week

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// mark is one notable exposure of a night on the strip: a word for wide
// cells and, for the exposures that matter most, a one-character code for
// narrow ones (explained by the legend under the strip).
type mark struct {
	code rune // 0: shown in wide cells only
	word string
	help bool // a factor the sources name as a help (stretching), not a risk
}

// markKind is one code of the legend, shared by factors that read alike
// (plenty of caffeine and late caffeine are both C).
type markKind struct {
	code rune
	name string // in the legend
	help bool
}

// markKinds returns the codes narrow cells show, in the order of the legend
// and of each cell: the risks and the help that the demo diary and the
// sources make most of (water, caffeine, alcohol, hard exercise, heavy
// sweating, stretching). Narrow cells have room for no more; the other
// exposures show as words in wide cells, and every one in History.
func markKinds() []markKind {
	return []markKind{
		{'W', "little water", false},
		{'C', "caffeine", false},
		{'A', "alcohol", false},
		{'X', "strenuous", false},
		{'H', "heavy sweating", false},
		{'✓', "stretched", true},
	}
}

// markCode is the code of a catalog factor, 0 when narrow cells leave it out.
func markCode(id string) rune {
	switch id {
	case "low_water":
		return 'W'
	case "high_caffeine", "late_caffeine":
		return 'C'
	case "alcohol":
		return 'A'
	case "strenuous_exercise":
		return 'X'
	case "heavy_sweating":
		return 'H'
	case "stretched":
		return '✓'
	}
	return 0
}

// marksOf returns the night's notable exposures, one per catalog factor it
// was exposed to (known and yes): those with a code first, so that a cell
// cut short keeps them, then the rest, each in the catalog's order.
func marksOf(n *diary.Night, p *diary.Profile, catalog []insights.Factor) []mark {
	var coded, rest []mark
	for _, f := range catalog {
		if on, known := f.Exposure(n, p); on && known {
			word := nightcard.Exposure(f.ID, n)
			if word == "" {
				word = f.Name
			}
			m := mark{code: markCode(f.ID), word: word, help: f.Kind == insights.KindProtective}
			if m.code != 0 {
				coded = append(coded, m)
			} else {
				rest = append(rest, m)
			}
		}
	}
	return append(coded, rest...)
}

// codes returns the distinct codes of marks, in the order of the legend.
func codes(marks []mark) []mark {
	var out []mark
	for _, k := range markKinds() {
		for _, m := range marks {
			if m.code == k.code {
				out = append(out, m)
				break
			}
		}
	}
	return out
}
