package diary

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The CSV tables, for spreadsheets. Cells hold the JSON format's words:
//
//   - an empty cell is an absent value;
//   - true and false are written in lower case (any case is read);
//   - clock times HH:MM, dates YYYY-MM-DD, numbers in their shortest form;
//   - a list is its items joined by ";", and the cell "-" is the empty list
//     ("recorded: none", as against an empty cell for "not recorded"). Inside
//     an item, ";" and "\" are written "\;" and "\\", and the list holding
//     just the item "-" is written "\-", so every list survives a round trip.
//
// A cell that begins with "=", "+", "-" or "@" — which spreadsheets run as a
// formula — is written with a "'" before it, and so is one that begins with
// "'" itself; reading drops that one "'" again. So a note such as
// "=HYPERLINK(…)" shows in a spreadsheet as the text it is (SPEC §9), and
// still comes back exactly. The list cell "-" (the empty list) is the one
// exception: it is a word of this format, and no formula.
//
// Spaces around a cell are ignored, except in notes and medication names,
// which are kept exactly. The CSV reader turns a CR LF inside a quoted cell
// into LF, so a note or medication name holding CR LF comes back with LF;
// JSON keeps it exactly.

// Columns of the nights table besides the sleep, day and position keys.
const (
	colDate         = "date"
	colEpisodes     = "episodes"      // how many cramps; empty when not recorded
	colCrampSeconds = "cramp_seconds" // summed known durations
	colMaxIntensity = "max_intensity" // the worst pain
	colMuscles      = "muscles"       // each episode's muscle, in order, joined by ";"
	colNotes        = "notes"
	colEpisode      = "episode" // the episodes table: 1-based within the night
)

// emptyListCell is the cell of a recorded empty list.
const emptyListCell = "-"

// csvColumn is a value column of the nights table: a key of Sleep, Day or Position.
type csvColumn struct {
	key     string
	section int // index of the section's field in Night
	field   int // index of the field in the section
}

// nightColumns lists the value columns in struct order, from the json tags,
// so the table always has every key the JSON format has.
func nightColumns() []csvColumn {
	nt := reflect.TypeFor[Night]()
	var cols []csvColumn
	for _, sec := range tagFields(nt) {
		st := nt.Field(sec.index).Type
		if st.Kind() != reflect.Struct {
			continue // date, episodes and notes have columns of their own
		}
		for _, f := range tagFields(st) {
			cols = append(cols, csvColumn{key: f.key, section: sec.index, field: f.index})
		}
	}
	return cols
}

// nightsHeader is the header row of the nights table.
func nightsHeader(cols []csvColumn) []string {
	h := []string{colDate}
	for _, c := range cols {
		h = append(h, c.key)
	}
	return append(h, colEpisodes, colCrampSeconds, colMaxIntensity, colMuscles, colNotes)
}

// EncodeNightsCSV writes the nights table, one row per night in date order:
// date; every sleep, day and position key; then episodes (the count, empty
// when cramps were not recorded), cramp_seconds (the total of the known
// durations: 0 for a night without cramps, empty when no duration is known),
// max_intensity, muscles (each episode's muscle in order, joined by ";") and
// notes. Cells are written as the comment at the top of this file says.
// For valid nights with at most one cramp, DecodeNightsCSV gives the nights
// back (that cramp with only its muscle, duration and intensity) and
// encoding them again gives the same bytes.
func EncodeNightsCSV(w io.Writer, nights []Night) error {
	cols := nightColumns()
	row := make([]string, 0, len(cols)+6)
	return encodeCSV(w, "nights", nights, nightsHeader(cols), func(n *Night, emit func([]string) error) error {
		row = append(row[:0], n.Date.String())
		nv := reflect.ValueOf(n).Elem()
		for _, c := range cols {
			cell, err := formatCell(nv.Field(c.section).Field(c.field))
			if err != nil {
				return fmt.Errorf("night %s, %s: %w", n.Date, c.key, err)
			}
			row = append(row, cell)
		}
		row = append(row, crampSummary(*n)...)
		return emit(append(row, n.Notes))
	})
}

// encodeCSV writes a table of nights in date order: header, then the rows
// each night gives to emit (made inert); its errors say which table.
func encodeCSV(w io.Writer, table string, nights []Night, header []string, rows func(n *Night, emit func([]string) error) error) error {
	fail := func(err error) error { return fmt.Errorf("encode %s CSV: %w", table, err) }
	sorted, err := byDate(nights)
	if err != nil {
		return fail(err)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return fail(err)
	}
	emit := func(row []string) error { return cw.Write(inert(row)) }
	for i := range sorted {
		if err := rows(&sorted[i], emit); err != nil {
			return fail(err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fail(err)
	}
	return nil
}

// crampSummary returns the episodes, cramp_seconds, max_intensity and muscles cells.
func crampSummary(n Night) []string {
	if n.Episodes == nil {
		return []string{"", "", "", ""}
	}
	secs := ""
	if n.LongestEpisode().Known() || len(n.Episodes) == 0 {
		secs = strconv.Itoa(n.CrampSeconds())
	}
	pain := ""
	if v, ok := n.WorstPain().Get(); ok {
		pain = strconv.Itoa(v)
	}
	muscles := make([]string, len(n.Episodes))
	for i, e := range n.Episodes {
		muscles[i] = string(e.Muscle)
	}
	return []string{strconv.Itoa(len(n.Episodes)), secs, pain, strings.Join(muscles, ";")}
}

// EncodeEpisodesCSV writes the episodes table, one row per cramp: date,
// episode (1-based within the night), then every episode key. Nights are in
// date order, episodes in the order logged.
func EncodeEpisodesCSV(w io.Writer, nights []Night) error {
	fields := tagFields(reflect.TypeFor[Episode]())
	header := []string{colDate, colEpisode}
	for _, f := range fields {
		header = append(header, f.key)
	}
	row := make([]string, 0, len(header))
	return encodeCSV(w, "episodes", nights, header, func(n *Night, emit func([]string) error) error {
		for i := range n.Episodes {
			row = append(row[:0], n.Date.String(), strconv.Itoa(i+1))
			ev := reflect.ValueOf(&n.Episodes[i]).Elem()
			for _, f := range fields {
				cell, err := formatCell(ev.Field(f.index))
				if err != nil {
					return fmt.Errorf("night %s, episode %d, %s: %w", n.Date, i+1, f.key, err)
				}
				row = append(row, cell)
			}
			if err := emit(row); err != nil {
				return err
			}
		}
		return nil
	})
}

// formatCell writes one value (an Opt, a word or a list) as a cell.
func formatCell(v reflect.Value) (string, error) {
	if o, ok := v.Addr().Interface().(optional); ok {
		if !o.Known() {
			return "", nil
		}
		return formatScalar(reflect.ValueOf(o.valuePtr()).Elem())
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), nil
	case reflect.Slice:
		if v.IsNil() {
			return "", nil
		}
		items := make([]string, v.Len())
		for i := range items {
			items[i] = v.Index(i).String()
		}
		return joinList(items), nil
	}
	return formatScalar(v)
}

// formatScalar writes a known clock, whole number, number or bool.
func formatScalar(v reflect.Value) (string, error) {
	if v.Type() == clockType {
		c := Clock(v.Int())
		if !c.Valid() {
			return "", fmt.Errorf("clock %d out of range", int(c))
		}
		return c.String(), nil
	}
	switch v.Kind() {
	case reflect.Int:
		return strconv.Itoa(int(v.Int())), nil
	case reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return "", fmt.Errorf("%v is not a number a file can hold", f)
		}
		return strconv.FormatFloat(f, 'f', -1, 64), nil
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	}
	return "", fmt.Errorf("no CSV form for Go type %s", v.Type())
}

// joinList writes a list cell; see the package comment of this file.
func joinList(items []string) string {
	if len(items) == 0 {
		return emptyListCell
	}
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte(';')
		}
		for j := 0; j < len(it); j++ {
			if it[j] == ';' || it[j] == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(it[j])
		}
	}
	if s := b.String(); s != emptyListCell {
		return s
	}
	return `\-`
}

// splitList reads a list cell written by joinList. A backslash before
// anything but ";", "\" or "-" is kept as it is.
func splitList(cell string) []string {
	items := []string{}
	if cell == emptyListCell {
		return items
	}
	var b strings.Builder
	for i := 0; i < len(cell); i++ {
		c := cell[i]
		switch {
		case c == '\\' && i+1 < len(cell) && strings.IndexByte(`;\-`, cell[i+1]) >= 0:
			i++
			b.WriteByte(cell[i])
		case c == ';':
			items = append(items, b.String())
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(items, b.String())
}

// DecodeNightsCSV reads a nights table as EncodeNightsCSV writes it. Columns
// are matched by their header, in any order; date is required, other
// columns may be left out (their values are then absent). Every problem is
// reported, as a Problems whose paths name the file line and the column:
// "line 4, water_ml" (a problem with a whole row has just "line 4"; with the
// header, "line 1, name"). They include each night's Validate problems,
// under the column that holds the value. Nothing is returned with problems.
//
// Cramps come back as honestly as a summary allows: an empty episodes cell
// means not recorded; 0 means no cramps; 1 rebuilds that episode from
// muscles, cramp_seconds and max_intensity; more than 1 cannot be rebuilt and
// is a problem (the JSON export moves whole nights). The nights are returned
// in date order.
func DecodeNightsCSV(r io.Reader) ([]Night, error) {
	br := bufio.NewReader(r)
	if bom, err := br.Peek(len(utf8BOM)); err == nil && string(bom) == utf8BOM {
		br.Discard(len(utf8BOM)) // spreadsheets often start the file with a byte-order mark
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1 // a short row is reported with its line, not as a read error
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, Problems{{Path: "line 1", Msg: "the file is empty; the first line must name the columns"}}
	}
	if err != nil {
		return nil, csvReadError(err)
	}
	headerLine, _ := cr.FieldPos(0)
	t, ps := readNightsHeader(header, "line "+strconv.Itoa(headerLine))
	if t.date < 0 {
		return nil, ps
	}
	nights := []Night{}
	firstOn := map[Date]int{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if p, ok := csvProblem(err); ok {
				return nil, append(ps, p)
			}
			return nil, csvReadError(err)
		}
		line, _ := cr.FieldPos(0)
		at := "line " + strconv.Itoa(line)
		if len(rec) != len(header) {
			ps = append(ps, Problem{Path: at, Msg: fmt.Sprintf("has %d cells, but the header names %d columns", len(rec), len(header))})
			continue
		}
		for i := range rec {
			rec[i] = uninert(rec[i])
		}
		n, rowPs, dateOK := t.night(rec)
		for _, p := range rowPs {
			ps = append(ps, Problem{Path: at + ", " + p.Path, Msg: p.Msg})
		}
		if !dateOK {
			continue
		}
		if first, dup := firstOn[n.Date]; dup {
			ps = append(ps, Problem{Path: at + ", date", Msg: fmt.Sprintf("%s appears twice (also line %d)", n.Date, first)})
			continue
		}
		firstOn[n.Date] = line
		nights = append(nights, n)
	}
	if len(ps) > 0 {
		return nil, ps
	}
	slices.SortStableFunc(nights, ByDate)
	return nights, nil
}

// csvProblem turns a CSV syntax error into a Problem at its line and column.
func csvProblem(err error) (Problem, bool) {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return Problem{}, false
	}
	return Problem{Path: fmt.Sprintf("line %d, column %d", pe.Line, pe.Column), Msg: "not valid CSV: " + pe.Err.Error()}, true
}

func csvReadError(err error) error {
	if p, ok := csvProblem(err); ok {
		return Problems{p}
	}
	return fmt.Errorf("decode nights CSV: %w", err)
}

// nightsTable is where each of a file's columns goes.
type nightsTable struct {
	cols                                       []csvColumn
	value                                      []int // per file column: index in cols, or -1
	date, episodes, secs, pain, muscles, notes int   // file column, or -1 when absent
}

// readNightsHeader maps the header's names to columns.
func readNightsHeader(header []string, at string) (nightsTable, Problems) {
	t := nightsTable{cols: nightColumns(), value: make([]int, len(header))}
	special := map[string]*int{colDate: &t.date, colEpisodes: &t.episodes, colCrampSeconds: &t.secs,
		colMaxIntensity: &t.pain, colMuscles: &t.muscles, colNotes: &t.notes}
	for _, p := range special {
		*p = -1
	}
	byKey := map[string]int{}
	for i, c := range t.cols {
		byKey[c.key] = i
	}
	known := nightsHeader(t.cols)
	var ps Problems
	firstAt := map[string]int{}
	for i, name := range header {
		name = strings.TrimSpace(name)
		t.value[i] = -1
		colAt := at + ", " + name
		if !plainKey(name) {
			colAt = fmt.Sprintf("%s, column %d", at, i+1)
		}
		if j, dup := firstAt[name]; dup {
			ps = append(ps, Problem{Path: colAt, Msg: fmt.Sprintf("the column appears twice (columns %d and %d)", j+1, i+1)})
			continue
		}
		firstAt[name] = i
		if p, ok := special[name]; ok {
			*p = i
		} else if j, ok := byKey[name]; ok {
			t.value[i] = j
		} else if name == colEpisode {
			return nightsTable{date: -1}, Problems{{Path: at, Msg: "this is the episodes table; import reads the nights table (cramps export --format csv)"}}
		} else if name == "" {
			ps = append(ps, Problem{Path: colAt, Msg: "the column has no name"})
		} else {
			ps = append(ps, Problem{Path: colAt, Msg: unknownName("column", name, known)})
		}
	}
	if t.date < 0 {
		ps = append(ps, Problem{Path: at + ", date", Msg: "missing column; every night needs its date"})
	}
	return t, ps
}

// night reads one row. Its problems are at column names; dateOK says
// whether the row has a readable date.
func (t nightsTable) night(rec []string) (Night, Problems, bool) {
	var n Night
	var ps Problems
	add := func(col, format string, args ...any) {
		ps = append(ps, Problem{Path: col, Msg: fmt.Sprintf(format, args...)})
	}
	dateOK := false
	switch d := strings.TrimSpace(rec[t.date]); {
	case d == "":
		add(colDate, "missing")
	default:
		if date, err := ParseDate(d); err != nil {
			add(colDate, "%s", err)
		} else {
			n.Date, dateOK = date, true
		}
	}
	nv := reflect.ValueOf(&n).Elem()
	for i, j := range t.value {
		if j < 0 {
			continue
		}
		c := t.cols[j]
		if msg := parseCell(nv.Field(c.section).Field(c.field), rec[i]); msg != "" {
			add(c.key, "%s", msg)
		}
	}
	cell := func(i int) string {
		if i < 0 {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	rebuildCramps(&n, cell(t.episodes), cell(t.secs), cell(t.pain), cell(t.muscles), add)
	if t.notes >= 0 {
		if n.Notes = rec[t.notes]; !utf8.ValidString(n.Notes) {
			add(colNotes, "is not valid UTF-8 text")
		}
	}
	read := make(map[string]bool, len(ps))
	for _, p := range ps {
		read[p.Path] = true
	}
	for _, p := range n.Validate() {
		p.Path = columnOf(p.Path)
		if !read[p.Path] && !(p.Path == colDate && !dateOK) {
			ps = append(ps, p)
		}
	}
	return n, ps, dateOK
}

// rebuildCramps rebuilds the night's cramps from the summary cells.
func rebuildCramps(n *Night, count, secs, pain, muscles string, add func(col, format string, args ...any)) {
	if count == "" {
		for _, c := range [...]struct{ col, cell string }{{colCrampSeconds, secs}, {colMaxIntensity, pain}, {colMuscles, muscles}} {
			if c.cell != "" {
				add(c.col, "must be empty when episodes is empty (cramps not recorded)")
			}
		}
		return
	}
	k, msg := parseWhole(count)
	switch {
	case msg != "":
		add(colEpisodes, "%s", msg)
		return
	case k < 0:
		add(colEpisodes, "must be 0 or more")
		return
	}
	var e Episode
	if secs != "" {
		if v, msg := parseWhole(secs); msg != "" {
			add(colCrampSeconds, "%s", msg)
		} else if k == 0 && v != 0 {
			add(colCrampSeconds, "must be 0 when episodes is 0")
		} else {
			e.DurationS = Some(v)
		}
	}
	if pain != "" {
		if v, msg := parseWhole(pain); msg != "" {
			add(colMaxIntensity, "%s", msg)
		} else if k == 0 {
			add(colMaxIntensity, "must be empty when episodes is 0")
		} else {
			e.Intensity = Some(v)
		}
	}
	if muscles != "" {
		if k == 0 {
			add(colMuscles, "must be empty when episodes is 0")
		} else if m := strings.Split(muscles, ";"); len(m) != k {
			add(colMuscles, "lists %d muscles, but episodes is %d", len(m), k)
		} else {
			e.Muscle = Muscle(strings.TrimSpace(m[0]))
		}
	}
	switch {
	case k == 0:
		n.Episodes = []Episode{}
	case k == 1:
		n.Episodes = []Episode{e}
	default:
		add(colEpisodes, "the nights table holds only a summary of %d cramps and cannot rebuild them; "+
			"move whole nights with the JSON export (cramps export --format json) instead", k)
	}
}

// parseCell reads a cell into a field (an Opt, a word or a list), leaving it
// absent when the cell is blank. It returns what is wrong, or "".
func parseCell(v reflect.Value, cell string) string {
	s := strings.TrimSpace(cell)
	if s == "" {
		return ""
	}
	if o, ok := v.Addr().Interface().(optional); ok {
		msg := parseScalar(reflect.ValueOf(o.valuePtr()).Elem(), s)
		if msg == "" {
			o.markKnown()
		}
		return msg
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
		return ""
	case reflect.Slice:
		text := v.Type().Elem() == textType // medication names are kept exactly
		if !text {
			cell = s
		}
		items := splitList(cell)
		list := reflect.MakeSlice(v.Type(), len(items), len(items))
		for i, it := range items {
			if text && !utf8.ValidString(it) {
				return "is not valid UTF-8 text"
			}
			if !text {
				it = strings.TrimSpace(it)
			}
			list.Index(i).SetString(it)
		}
		v.Set(list)
		return ""
	}
	return parseScalar(v, s)
}

// parseScalar reads a clock, whole number, number or bool.
func parseScalar(v reflect.Value, s string) string {
	if v.Type() == clockType {
		c, err := ParseClock(s)
		if err != nil {
			return err.Error()
		}
		v.SetInt(int64(c))
		return ""
	}
	switch v.Kind() {
	case reflect.Int:
		n, msg := parseWhole(s)
		if msg == "" {
			v.SetInt(int64(n))
		}
		return msg
	case reflect.Float64:
		f, msg := parseNumber(s)
		if msg == "" {
			v.SetFloat(f)
		}
		return msg
	case reflect.Bool:
		switch {
		case strings.EqualFold(s, "true"):
			v.SetBool(true)
		case strings.EqualFold(s, "false"):
			v.SetBool(false)
		default:
			return "must be true or false"
		}
		return ""
	}
	return fmt.Sprintf("no CSV form for Go type %s", v.Type())
}

// columnOf maps a Validate path inside a night to the nights-table column
// that holds the value: "day.water_ml" is water_ml, "day.supplements[1]"
// is supplements[1], the single episode's fields are the summary columns.
func columnOf(path string) string {
	for _, sec := range []string{"sleep.", "day.", "position."} {
		if rest, ok := strings.CutPrefix(path, sec); ok {
			return rest
		}
	}
	switch path {
	case "episodes[0].duration_s":
		return colCrampSeconds
	case "episodes[0].intensity":
		return colMaxIntensity
	case "episodes[0].muscle":
		return colMuscles
	}
	return path
}

// inert puts a "'" before each cell of row that a spreadsheet would run as a
// formula, or that begins with "'", in place; see the top of this file.
func inert(row []string) []string {
	for i, c := range row {
		if c != "" && c != emptyListCell && strings.IndexByte(formulaStarts, c[0]) >= 0 {
			row[i] = "'" + c
		}
	}
	return row
}

// uninert reads a cell that inert wrote: the "'" it added is dropped.
func uninert(cell string) string {
	if len(cell) >= 2 && cell[0] == '\'' && strings.IndexByte(formulaStarts, cell[1]) >= 0 {
		return cell[1:]
	}
	return cell
}

// formulaStarts are the first characters inert guards: the four a
// spreadsheet takes for a formula, and its own mark.
const formulaStarts = "=+-@'"
