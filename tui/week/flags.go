package week

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/tui/layout"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// flagSubject says in a few words what a red flag is about, for the
// one-line banner; the full message is a key away.
func flagSubject(id string) string {
	switch id {
	case "long_episode":
		return "a cramp longer than 10 minutes"
	case "swelling":
		return "swelling, redness or warmth with a cramp"
	case "weakness":
		return "weakness or twitching with a cramp"
	case "fluid_loss":
		return "cramps after vomiting or diarrhoea"
	case "quinine":
		return "quinine and its risks"
	case "numbness":
		return "numbness or tingling after a cramp"
	case "frequent":
		return "cramps on many nights"
	case "severe":
		return "severe pain on several nights"
	case "walking_pain":
		return "leg pain when walking"
	case "new_medicine":
		return "more cramps since a new medicine"
	case "heavy_drinking":
		return "a lot of alcohol"
	case "no_improvement":
		return "cramps no rarer despite stretching"
	case "worsening":
		return "cramps getting worse"
	case "sweating":
		return "cramps after heavy sweating"
	case "atypical":
		return "cramps away from the calves and feet"
	}
	return strings.ReplaceAll(id, "_", " ")
}

// levelAdvice is what a red flag's level asks of the user.
func levelAdvice(l redflags.Level) string {
	switch l {
	case redflags.LevelUrgent:
		return "Contact a doctor today"
	case redflags.LevelSeeDoctor:
		return "Worth seeing a doctor"
	}
	return "Worth mentioning to a doctor"
}

// bannerMessageLines is the most lines a flag's message takes in the wide
// banner; the rest is behind f.
const bannerMessageLines = 2

// banner is the red flags above everything: one calm line naming the most
// pressing one (and how many more), or on a wide screen its message too.
func (p page) banner(width int, wide bool) []string {
	flags := redflags.Banners(p.f.rep.RedFlags) // a flag a doctor has seen leaves the banner
	if len(flags) == 0 {
		return nil
	}
	first := flags[0]
	text := levelAdvice(first.Level) + ": " + flagSubject(first.ID)
	if len(flags) > 1 {
		text += " (and " + words.Nouns(len(flags)-1, "more note") + ")"
	}
	text += "."
	keyHint := "f reads more"
	bar := p.in.bad.paint("▌ ")
	room := width - 2
	lines := []string{bar + p.in.warn.paint(text) + p.in.muted.paint(" "+keyHint)}
	if !wide {
		if ansi.StringWidth(text)+1+len(keyHint) > room {
			lines[0] = bar + p.in.warn.paint(layout.Words(text, room))
		}
		return lines
	}
	msg := nightcard.Flow(strings.Fields(first.Message), " ", room)
	if len(msg) > bannerMessageLines {
		msg = append(msg[:bannerMessageLines-1:bannerMessageLines-1], layout.Words(msg[bannerMessageLines-1]+" "+msg[bannerMessageLines], room))
	}
	for _, l := range msg {
		lines = append(lines, bar+p.in.text.paint(l))
	}
	return lines
}

// flagPage is every red flag in full, most pressing first: what it asks,
// the message, the nights and the sources.
func (p page) flagPage(width int) []string {
	flags := p.f.rep.RedFlags
	room := max(20, min(width-2, 100))
	out := []string{p.in.title.paint("Red flags in your diary") + p.in.muted.paint(" · as of "+nightcard.ShortDate(min(p.f.rep.End, p.f.last))), ""}
	for i, f := range flags {
		if at, ok := f.Acknowledged.Get(); ok {
			out = append(out, p.in.muted.paint("▌ Seen by a doctor ("+nightcard.ShortDate(at)+"): "+flagSubject(f.ID)))
		} else {
			out = append(out, p.in.bad.paint("▌ ")+p.in.warn.paint(levelAdvice(f.Level)+": "+flagSubject(f.ID)))
		}
		for _, l := range nightcard.Flow(strings.Fields(f.Message), " ", room) {
			out = append(out, "  "+p.in.text.paint(l))
		}
		if n := len(f.Nights); n > 0 {
			nights := make([]string, 0, min(n, 6))
			for _, d := range f.Nights[max(0, n-6):] {
				nights = append(nights, nightcard.ShortDate(d))
			}
			label := "Night: "
			switch {
			case n > len(nights):
				label = "Nights (" + strconv.Itoa(n) + ", the latest " + strconv.Itoa(len(nights)) + "): "
			case n > 1:
				label = "Nights: "
			}
			for _, l := range nightcard.Flow(strings.Fields(label+strings.Join(nights, ", ")), " ", room) {
				out = append(out, "  "+p.in.muted.paint(l))
			}
		}
		if f.Source != "" {
			for _, l := range nightcard.Flow(strings.Fields("Source: "+f.Source), " ", room) {
				out = append(out, "  "+p.in.muted.paint(l))
			}
		}
		if i < len(flags)-1 {
			out = append(out, "")
		}
	}
	out = append(out, "")
	for _, l := range nightcard.Flow(strings.Fields("These notes come from rules on when the sources advise seeing a doctor. "+
		"They are not a diagnosis, and a doctor who knows you can say more."), " ", room) {
		out = append(out, p.in.muted.paint(l))
	}
	return out
}
