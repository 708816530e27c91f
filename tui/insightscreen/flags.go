package insightscreen

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// flagNightsListed is how many of a flag's nights are named before the
// rest are counted.
const flagNightsListed = 6

// notesDoc is the page that f opens: every red flag in full, with its nights
// and sources, the background risk factors of the profile, and how to read
// the table.
func notesDoc(flags []redflags.Flag, bg []insights.Background) doc {
	var d doc
	d.add(blockTitle, "Red flags, background, and how to read this screen")
	if len(flags) == 0 {
		d.add(blockText, "None of the warning patterns that cramps checks for shows in your diary. "+
			"Whatever this screen says, see a doctor about anything that worries you.")
	}
	for _, f := range flags {
		d.add(blockBlank, "")
		kind := blockHeading
		if f.Level == redflags.LevelUrgent {
			kind = blockBad
		}
		if at, ok := f.Acknowledged.Get(); ok {
			d.add(blockHeading, "Seen by a doctor (you noted it on "+at.Time().Format("Mon 2 Jan 2006")+"): "+levelWords(f.Level))
		} else {
			d.add(kind, "⚠ "+levelWords(f.Level))
		}
		d.add(blockText, f.Message)
		if len(f.Nights) > 0 {
			d.add(blockMuted, nightsWord(len(f.Nights))+": "+datesWords(f.Nights, flagNightsListed)+".")
		}
		if f.Source != "" {
			titles := strings.Split(f.Source, "; ")
			for i, t := range titles {
				titles[i] = "“" + t + "”"
			}
			d.add(blockMuted, "From: "+strings.Join(titles, "; ")+".")
		}
	}
	if len(bg) > 0 {
		d.section("Background from your profile")
		d.add(blockMuted, "The sources link these with night cramps. They are shown for context: a diary cannot test them, and they are not a diagnosis.")
		for _, b := range bg {
			d.add(blockBlank, "")
			d.add(blockHeading, b.Name)
			d.add(blockText, b.About)
			cites := make([]string, 0, len(b.Seeds))
			for _, s := range b.Sources() {
				cites = append(cites, "“"+s.Title+"”")
			}
			if len(cites) > 0 {
				d.add(blockMuted, "From: "+strings.Join(cites, "; ")+".")
			}
		}
	}
	howToRead(&d)
	return d
}

// howToRead explains the table's columns and verdicts.
func howToRead(d *doc) {
	d.section("How to read the table")
	d.add(blockText, "Each row compares your nights with a factor against your nights without it, "+
		"counting only the nights on which both the factor and your cramps were recorded. "+
		"A title such as \"106 of 107 nights\" means one logged night does not record its cramps, so it is left out. "+
		"The factors are those the source articles name as causes of night cramps, or as helps against them.")
	d.add(blockBullet, "With, Without: the cramp nights among those nights, and their share. "+
		"For a medicine, the "+strconv.Itoa(insights.MedicationWindowNights)+" nights from the day it was started, "+
		"against the "+strconv.Itoa(insights.MedicationWindowNights)+" before.")
	d.add(blockBullet, "The bar: how many times as common cramp nights were with the factor as without it, "+
		"comparing like nights only (after a night with cramps or without, weekday or weekend), "+
		"on a scale from a quarter (¼) to four times (4). "+
		"The dot is the ratio in your diary; the thick line around it is the range the true ratio could lie in, "+
		"allowing for chance and for the way your nights come in runs (a 95% interval). "+
		"│ marks no difference: a line that crosses it means the diary cannot yet tell. "+
		"An arrow means the line runs off the scale.")
	d.add(blockBullet, "Verdict: more or fewer cramps only when the whole line stays on one side of │, "+
		"and the difference holds up against chance across all the rows (q of "+pWords(insights.MaxQ)+" or less). "+
		"Even then it is no clear link when the earlier and later halves of your diary lean different ways, "+
		"or when you mostly did it after a cramp night (or mostly not), since then the habit may follow the cramps "+
		"rather than go before them: the table says \"follows cramps\", or \"halves differ\" for the halves. "+
		"A line clear of │ that does not hold up against chance across all the rows says \"could be chance\". "+
		"Not enough data means fewer than "+strconv.Itoa(insights.MinKnownNights)+" nights, fewer than "+
		strconv.Itoa(insights.MinGroupNights)+" with or without the factor, fewer than "+
		strconv.Itoa(insights.MinOutcomeNights)+" cramp nights or "+strconv.Itoa(insights.MinOutcomeNights)+
		" nights free of cramps among them, or nights in such long runs that they count as fewer than "+
		strconv.FormatFloat(insights.MinEffectiveN, 'f', 0, 64)+" separate ones.")
	d.add(blockBullet, "Evidence: how strong the published research is — strong, moderate, weak, or no effect "+
		"(good trials found none; the doctor's report calls it contradicted).")
	d.add(blockBullet, "On a wide screen, three more columns: the ratio and its interval in numbers; "+
		"q, the p-value made stricter for the number of rows compared at once "+
		"(a pattern needs q of "+pWords(insights.MaxQ)+" or less); "+
		"and Eff. N, how many separate nights your nights count as, since similar nights come in runs.")
	d.add(blockBullet, "The rows are sorted with the clearest patterns first, then no clear link, "+
		"then those still short of nights.")
	d.add(blockText, caveats()[0])
}

// nightsWord is "Night" or "Nights".
func nightsWord(n int) string {
	if n == 1 {
		return "Night"
	}
	return "Nights"
}

// bannerLines lays out the red flags above the table in at most maxLines
// lines: each flag's level and message, the first ones in full while they
// fit (the first cut at a word if it alone does not), then a count of the
// rest and the key that shows them all.
func (m *Model) bannerLines(width, maxLines int) []string {
	banners := redflags.Banners(m.flags) // a flag a doctor has seen leaves the banner
	if len(banners) == 0 || maxLines <= 0 {
		return nil
	}
	textWidth := max(10, width-2)
	var lines []string
	shown, cut := 0, false
	for _, f := range banners {
		flow := nightcard.Flow(strings.Fields(levelWords(f.Level)+": "+f.Message), " ", textWidth)
		if len(lines)+len(flow) > maxLines {
			if shown == 0 {
				lines, shown, cut = flow[:maxLines], 1, true
			}
			break
		}
		lines = append(lines, flow...)
		shown++
	}
	rest := len(banners) - shown
	more := "f: nights and sources"
	switch {
	case rest > 0:
		more = "and " + strconv.Itoa(rest) + " more: f reads them all"
	case cut:
		more = "f reads it all"
	}
	if cut && len(lines) == 1 && lipgloss.Width(more) > textWidth/3 {
		// One line: the message keeps most of it.
		more = "(f)"
		if rest > 0 {
			more = "+" + strconv.Itoa(rest) + " (f)"
		}
	}
	// The pointer to f goes at the end of the last line when it fits there,
	// on a line of its own when there is room, else in place of the last
	// words of the last line.
	last := lines[len(lines)-1]
	fits := func(s string) bool { return lipgloss.Width(s)+2+lipgloss.Width(more) <= textWidth }
	switch {
	case !cut && fits(last):
	case !cut && len(lines) < maxLines:
		lines = append(lines, "")
		last = ""
	default:
		words := strings.Fields(last)
		for len(words) > 0 && !fits(strings.Join(words, " ")+"…") {
			words = words[:len(words)-1]
		}
		last = strings.Join(words, " ") + "…"
		if len(words) == 0 {
			last = ""
		}
	}
	lines = lines[:len(lines)-1]
	out := make([]string, 0, len(lines)+1)
	for _, l := range lines {
		out = append(out, m.st.Bad.Render("│ ")+m.st.Warn.Render(l))
	}
	sep := "  "
	if last == "" {
		sep = ""
	}
	return append(out, m.st.Bad.Render("│ ")+m.st.Warn.Render(last)+sep+m.st.Muted.Render(more))
}
