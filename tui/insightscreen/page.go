package insightscreen

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/styles"
)

// blockKind says how a block of a doc is drawn.
type blockKind int

const (
	blockTitle   blockKind = iota // the page's title
	blockHeading                  // a section's heading
	blockText                     // a paragraph
	blockMuted                    // a paragraph of lesser weight: figures, rules
	blockWarn                     // a paragraph that must not be missed
	blockBad                      // an urgent heading
	blockBullet                   // one item of a list
	blockBlank                    // an empty line
)

// block is one paragraph of a doc.
type block struct {
	kind blockKind
	text string
}

// doc is a page of text (a factor's detail, the red flags) built once and
// laid out at any width.
type doc []block

func (d *doc) add(kind blockKind, text string) {
	if text != "" || kind == blockBlank {
		*d = append(*d, block{kind, text})
	}
}

// section starts a section with a blank line and its heading.
func (d *doc) section(heading string) {
	d.add(blockBlank, "")
	d.add(blockHeading, heading)
}

// lines lays the doc out at width cells, each line styled.
func (d doc) lines(st styles.Styles, width int) []string {
	width = max(width, 10)
	var out []string
	for _, b := range d {
		style := st.Text
		switch b.kind {
		case blockTitle:
			style = st.Title
		case blockHeading:
			style = st.Label
		case blockMuted:
			style = st.Muted
		case blockWarn:
			style = st.Warn
		case blockBad:
			style = st.Bad
		case blockBlank:
			out = append(out, "")
			continue
		}
		if b.kind == blockBullet {
			for i, l := range nightcard.Flow(strings.Fields(b.text), " ", width-2) {
				lead := "  "
				if i == 0 {
					lead = "• "
				}
				out = append(out, st.Muted.Render(lead)+style.Render(l))
			}
			continue
		}
		for _, l := range nightcard.Flow(strings.Fields(b.text), " ", width) {
			out = append(out, style.Render(l))
		}
	}
	return out
}

// widest returns the width of the widest of cells.
func widest(cells ...string) int {
	w := 0
	for _, c := range cells {
		w = max(w, lipgloss.Width(c))
	}
	return w
}
