package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Markdown writes the report as Markdown: plain enough to read as text,
// with the weekly chart drawn in characters.
func (r Report) Markdown(w io.Writer) error {
	pg := r.page()
	bw := bufio.NewWriter(w)
	md := mdWriter{w: bw, escaper: mdEscaper()}

	md.line("# " + md.esc(pg.Title))
	md.blank()
	for _, f := range pg.Facts {
		md.line("- **" + md.esc(f.Label) + ":** " + md.esc(f.Value))
	}
	md.blank()
	md.line("> " + md.esc(pg.Notice))
	md.blank()
	md.line("## At a glance")
	md.blank()
	for _, f := range pg.Glance {
		md.line("- **" + md.esc(f.Label) + ":** " + md.esc(f.Value))
	}

	md.heading(pg.FlagsTitle)
	if pg.NoFlags != "" {
		md.line(md.esc(pg.NoFlags))
	}
	for _, f := range pg.Flags {
		md.line("- **" + md.esc(f.Urgency) + " — " + md.esc(f.Name) + ".** " + md.esc(f.Message) +
			md.tail(f.Nights) + md.tail(f.Refs))
	}

	md.heading("How often and how bad")
	if len(pg.WeekRows) > 0 {
		md.line(md.esc(pg.WeekNote) + " █ cramp night, ░ logged without cramps, · not logged.")
		md.blank()
		md.line("```")
		label, bar, counts := len("week of"), 0, 0
		for _, row := range pg.WeekRows {
			label = max(label, utf8.RuneCountInString(row.Label))
			bar = max(bar, utf8.RuneCountInString(row.Bar))
			counts = max(counts, len(row.Counts))
		}
		pad := func(s string, n int) string { return s + strings.Repeat(" ", max(0, n-utf8.RuneCountInString(s))) }
		md.line(pad("week of", label+2) + pad("", bar+2) + "cramp nights / logged")
		for _, row := range pg.WeekRows {
			md.line(strings.TrimRight(pad(row.Label, label+2)+pad(row.Bar, bar+2)+pad(row.Counts, counts+2)+row.Note, " "))
		}
		md.line("```")
		md.blank()
	} else if pg.WeekNote != "" {
		md.line(md.esc(pg.WeekNote))
		md.blank()
	}
	md.table(pg.Muscles)
	for _, s := range pg.Severity {
		md.line("- " + md.esc(s))
	}

	md.heading("Sleep")
	md.table(pg.Sleep)
	if pg.SleepNote != "" {
		md.line(md.esc(pg.SleepNote))
	}

	md.heading("Medications")
	if len(pg.Meds) == 0 {
		md.line("No medicines in the profile.")
	}
	for _, m := range pg.Meds {
		md.line("- **" + md.esc(m.Name) + "** · " + md.esc(m.Class) + " · " + md.esc(m.Dates) + ". " +
			md.esc(strings.Join(m.Sentences, " ")) + md.tail(m.Evidence) + md.tail(m.Refs))
	}
	if len(pg.Meds) > 0 {
		md.blank()
		md.line("**" + md.esc(pg.MedNote) + "**")
	}

	md.heading("What goes with the cramps in this diary")
	for _, f := range pg.Factors {
		md.line("- **" + md.esc(f.Name) + ": " + md.esc(f.Verdict) + ".** " + md.esc(strings.Join(f.Sentences, " ")) +
			md.tail(f.Evidence) + md.tail(f.Refs))
	}
	if len(pg.Factors) > 0 {
		md.blank()
	}
	for _, s := range []string{pg.NoLink, pg.NotEnough} {
		if s != "" {
			md.line(md.esc(s))
			md.blank()
		}
	}
	md.line("*" + md.esc(pg.FactorsNote) + "*")

	md.heading("What has been tried")
	md.table(pg.Tried)
	if pg.ReliefNote != "" {
		md.line(md.esc(pg.ReliefNote))
	}

	if len(pg.Trials) > 0 {
		md.heading("Self-experiments")
		for _, t := range pg.Trials {
			md.line("- **" + md.esc(t.Name) + "** · " + md.esc(t.Status) + " · " + md.esc(t.Dates) + " · " + md.esc(t.Design) + ". " +
				md.esc(strings.Join(t.Sentences, " ")))
		}
		md.blank()
		md.line("*" + md.esc(pg.TrialsNote) + "*")
	}

	md.heading("Sources")
	for _, s := range pg.Sources {
		md.line("- " + md.esc(s))
	}
	md.blank()
	md.line(md.esc(pg.EvidenceNote))
	md.blank()
	md.line("*" + md.esc(pg.Footer) + "*")
	if md.err != nil {
		return fmt.Errorf("write report: %w", md.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// mdWriter writes lines, keeping the first error.
type mdWriter struct {
	w       io.Writer
	escaper *strings.Replacer
	err     error
	// blanked is set after a blank line, so that two never follow each other.
	blanked bool
}

func (m *mdWriter) line(s string) {
	if m.err == nil {
		_, m.err = io.WriteString(m.w, s+"\n")
	}
	m.blanked = s == ""
}

// blank ends a paragraph: one blank line, however many blocks ask for it.
func (m *mdWriter) blank() {
	if !m.blanked {
		m.line("")
	}
}

// heading starts a section.
func (m *mdWriter) heading(s string) {
	m.blank()
	m.line("## " + m.esc(s))
	m.blank()
}

// tail writes " s" when s is not empty.
func (m *mdWriter) tail(s string) string {
	if s == "" {
		return ""
	}
	return " " + m.esc(s)
}

// table writes a Markdown table, or its Empty line.
func (m *mdWriter) table(t table) {
	if len(t.Rows) == 0 {
		if t.Empty != "" {
			m.line(m.esc(t.Empty))
			m.blank()
		}
		return
	}
	cells := func(row []string) string {
		out := make([]string, len(row))
		for i, c := range row {
			out[i] = m.esc(c)
		}
		return "| " + strings.Join(out, " | ") + " |"
	}
	m.line(cells(t.Head))
	sep := make([]string, len(t.Head))
	for i := range sep {
		sep[i] = "---"
		if i > 0 {
			sep[i] = "--:"
		}
	}
	m.line("|" + strings.Join(sep, "|") + "|")
	for _, row := range t.Rows {
		m.line(cells(row))
	}
	m.blank()
}

// mdEscaper escapes the characters that could start Markdown syntax or
// HTML inside a line of text, so a name in the profile reads as written.
// Brackets stay: the source references [1] are not links without a
// following parenthesis or a definition.
func mdEscaper() *strings.Replacer {
	return strings.NewReplacer(
		`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "&", "&amp;", "<", "&lt;", ">", "&gt;",
		"|", `\|`, "#", `\#`, "\n", " ", "\r", " ",
	)
}

// esc escapes text for a Markdown line.
func (m *mdWriter) esc(s string) string { return m.escaper.Replace(s) }
