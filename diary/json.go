package diary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// FormatName is the "format" value that marks a file as a cramps export.
const FormatName = "cramps-diary"

// FormatVersion is the interchange version this cramps writes, and the newest it reads.
const FormatVersion = 1

// Document is what an interchange file holds. Profile is nil when the file
// has no "profile" key (or it is null), so an import can tell "keep my
// profile" apart from "replace it". Nights are in date order, on distinct
// dates, each valid; the list is empty, not nil, when the file has none.
type Document struct {
	Profile *Profile
	Nights  []Night
	Trials  []Trial   // in start order; nil when the file has none
	Acks    []FlagAck // acknowledged red flags, in the order of FlagIDs; nil when the file has none
}

// exportFile is the shape EncodeJSON writes; its field order is the key order of the file.
type exportFile struct {
	Format  string    `json:"format"`
	Version int       `json:"version"`
	Profile Profile   `json:"profile"`
	Nights  []Night   `json:"nights"`
	Trials  []Trial   `json:"trials,omitzero"`
	Acks    []FlagAck `json:"acknowledged_flags,omitzero"`
}

// EncodeJSON writes the profile and nights as the canonical interchange
// document: two-space indents, keys in the order of the Go structs, absent
// values left out, nights in date order and a final newline. Encoding the
// result of DecodeJSON gives back the same bytes. Nothing is written when the
// nights cannot be encoded (two nights on one date, a clock out of range).
func EncodeJSON(w io.Writer, p Profile, nights []Night) error {
	return EncodeDocument(w, Document{Profile: &p, Nights: nights})
}

// EncodeDocument writes doc as EncodeJSON does, with its trials (SPEC §11.4)
// in start order after the nights, and no "trials" key when there are none,
// then its acknowledged red flags (SPEC §8), with no "acknowledged_flags"
// key when there are none. A nil Profile is written as the empty profile.
func EncodeDocument(w io.Writer, doc Document) error {
	sorted, err := byDate(doc.Nights)
	if err != nil {
		return fmt.Errorf("encode diary JSON: %w", err)
	}
	var p Profile
	if doc.Profile != nil {
		p = *doc.Profile
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// Notes like "<2 glasses & a cramp>" stay readable; the file is never embedded in HTML.
	enc.SetEscapeHTML(false)
	acks := slices.Clone(doc.Acks)
	SortAcks(acks)
	if err := enc.Encode(exportFile{Format: FormatName, Version: FormatVersion, Profile: p, Nights: sorted, Trials: byStart(doc.Trials), Acks: acks}); err != nil {
		return fmt.Errorf("encode diary JSON: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("encode diary JSON: %w", err)
	}
	return nil
}

// byDate returns a date-ordered copy of nights, never nil, and refuses two
// nights on one date: such a file could not be imported again.
func byDate(nights []Night) ([]Night, error) {
	sorted := append(make([]Night, 0, len(nights)), nights...)
	slices.SortStableFunc(sorted, ByDate)
	for i := 1; i < len(sorted); i++ {
		if sorted[i].Date == sorted[i-1].Date {
			return nil, fmt.Errorf("two nights dated %s", sorted[i].Date)
		}
	}
	return sorted, nil
}

// DecodeJSON reads an interchange document strictly. Every problem is
// reported, each at its path in the file ("nights[3].day.water_ml"): keys
// the format does not know (at any depth), values of the wrong type, an
// empty enumeration word, nights that fail Night.Validate, the profile if it
// fails Profile.Validate, and nights sharing a date. null is read as absent.
// For each night, and for the profile, the problems met while reading come
// first, then those Validate finds in what was read; a value that could not
// be read is left absent, so it is reported once.
// On any problem the error is a Problems and the Document is empty, so a
// caller never imports half a file. A file that is not valid JSON gives one
// Problem whose Path is "line L, column C". When the file is not a cramps
// export (another "format") or is newer than FormatVersion, only that is
// reported: the rest would be read against the wrong shape.
func DecodeJSON(r io.Reader) (Document, error) {
	data, err := readAll(r)
	if err != nil {
		return Document{}, fmt.Errorf("decode diary JSON: %w", err)
	}
	d := &jsonReader{lex: jsonLexer{data: bytes.TrimPrefix(data, []byte(utf8BOM))}, kinds: map[reflect.Type]*typeInfo{}}
	doc, err := d.document()
	var syntax *jsonSyntaxError
	switch {
	case errors.As(err, &syntax):
		return Document{}, Problems{syntax.problem}
	case err != nil:
		return Document{}, fmt.Errorf("decode diary JSON: %w", err)
	case len(d.ps) > 0:
		return Document{}, d.ps
	}
	return doc, nil
}

// readAll reads r whole, sizing the buffer up front when r knows its length.
func readAll(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	switch s := r.(type) {
	case interface{ Len() int }:
		buf.Grow(s.Len() + bytes.MinRead)
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := s.Stat(); err == nil && fi.Mode().IsRegular() {
			buf.Grow(int(fi.Size()) + bytes.MinRead)
		}
	}
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// utf8BOM is the byte-order mark some Windows editors put at the start of a file.
const utf8BOM = "\xef\xbb\xbf"

// jsonReader walks the tokens of one document against the Go types,
// collecting every problem on the way.
type jsonReader struct {
	lex   jsonLexer
	ps    Problems
	path  []pathStep                 // to the value being read
	kinds map[reflect.Type]*typeInfo // per call, so the package keeps no mutable state
}

// problem reports a problem with the value being read.
func (d *jsonReader) problem(format string, args ...any) {
	d.ps = append(d.ps, Problem{Path: d.where(), Msg: fmt.Sprintf(format, args...)})
}

// document reads the whole file.
func (d *jsonReader) document() (Document, error) {
	var doc Document
	tok, err := d.lex.next()
	if err != nil {
		return doc, err
	}
	if tok.kind != tokObject {
		d.ps = append(d.ps, Problem{Msg: `the file must hold one JSON object with "format", "version", "profile" and "nights"`})
		if err := d.skip(tok); err != nil {
			return doc, err
		}
		return doc, d.lex.end()
	}
	var header Problems // problems with format and version
	fatal := false
	given := map[string]bool{} // keys met, to refuse a second one
	seen := map[string]bool{}  // keys with a value other than null
	for d.lex.more() {
		ktok, err := d.lex.next()
		if err != nil {
			return doc, err
		}
		key := ktok.text()
		vtok, err := d.lex.next()
		if err != nil {
			return doc, err
		}
		if given[key] {
			d.ps = append(d.ps, Problem{Path: pathKey(key), Msg: "appears twice"})
			if err := d.skip(vtok); err != nil {
				return doc, err
			}
			continue
		}
		given[key], seen[key] = true, vtok.kind != tokNull
		switch key {
		case "format":
			if vtok.kind != tokString || vtok.text() != FormatName {
				header = append(header, Problem{Path: "format", Msg: fmt.Sprintf("must be %q; this is not a cramps diary export", FormatName)})
				fatal = true
			}
			err = d.skip(vtok)
		case "version":
			if p, isFatal := versionProblem(vtok); p != nil {
				header = append(header, *p)
				fatal = fatal || isFatal
			}
			err = d.skip(vtok)
		case "profile":
			doc.Profile, err = d.profile(vtok)
		case "nights":
			doc.Nights, err = d.nights(vtok)
		case "trials":
			doc.Trials, err = d.trials(vtok)
		case "acknowledged_flags":
			doc.Acks, err = d.acks(vtok)
		default:
			d.ps = append(d.ps, Problem{Path: pathKey(key), Msg: unknownName("key", key, []string{"format", "version", "profile", "nights", "trials", "acknowledged_flags"})})
			err = d.skip(vtok)
		}
		if err != nil {
			return doc, err
		}
	}
	if _, err := d.lex.next(); err != nil { // the closing brace
		return doc, err
	}
	if err := d.lex.end(); err != nil {
		return doc, err
	}
	if fatal {
		d.ps = header
		return doc, nil
	}
	for _, key := range []string{"format", "version", "nights"} {
		if !seen[key] {
			header = append(header, Problem{Path: key, Msg: "missing"})
		}
	}
	d.ps = append(header, d.ps...)
	slices.SortStableFunc(doc.Nights, ByDate)
	doc.Trials = byStart(doc.Trials)
	return doc, nil
}

// versionProblem checks the "version" value; a newer version is fatal.
func versionProblem(tok jsonToken) (*Problem, bool) {
	if tok.kind == tokNull {
		return nil, false // reported as missing
	}
	if tok.kind != tokNumber {
		return &Problem{Path: "version", Msg: "must be a whole number"}, false
	}
	v, msg := parseWhole(tok.text())
	switch {
	case msg != "":
		return &Problem{Path: "version", Msg: msg}, false
	case v > FormatVersion:
		return &Problem{Path: "version", Msg: fmt.Sprintf("%d is newer than this cramps reads (%d); update cramps to import this file", v, FormatVersion)}, true
	case v < 1:
		return &Problem{Path: "version", Msg: fmt.Sprintf("%d is not a version of the format; the first is 1", v)}, false
	}
	return nil, false
}

// profile reads the "profile" value and checks it.
func (d *jsonReader) profile(tok jsonToken) (*Profile, error) {
	if tok.kind == tokNull {
		return nil, nil
	}
	d.enter("profile")
	defer d.leave()
	p, start, err := readValue[Profile](d, tok)
	if err != nil {
		return nil, err
	}
	d.addChecks(start, p.Validate().Under("profile"))
	return &p, nil
}

// readValue reads a value of type T at tok; start is where its problems
// begin in d.ps, so that the caller can check it only when it was read whole.
func readValue[T any](d *jsonReader, tok jsonToken) (x T, start int, err error) {
	v := reflect.ValueOf(&x).Elem()
	ti, err := d.info(v.Type())
	if err != nil {
		return x, 0, err
	}
	start = len(d.ps)
	_, err = d.value(tok, v, ti)
	return x, start, err
}

// nights reads the "nights" list, checking each night as soon as it is read.
func (d *jsonReader) nights(tok jsonToken) ([]Night, error) {
	if tok.kind == tokNull {
		return nil, nil // reported as missing
	}
	d.enter("nights")
	defer d.leave()
	if tok.kind != tokArray {
		d.problem("must be a list of nights [...]")
		return nil, d.skip(tok)
	}
	nights := []Night{}
	firstOn := map[Date]int{}
	ti, err := d.info(reflect.TypeFor[Night]())
	if err != nil {
		return nil, err
	}
	for i := 0; d.lex.more(); i++ {
		ntok, err := d.lex.next()
		if err != nil {
			return nil, err
		}
		d.enterIndex(i)
		n, ok, err := d.night(ntok, ti)
		if err != nil {
			return nil, err
		}
		if ok {
			unique(d, firstOn, n.Date, i, "date", func(j int) string { return fmt.Sprintf("%s appears twice (also nights[%d])", n.Date, j) })
			nights = append(nights, n)
		}
		d.leave()
	}
	_, err = d.lex.next() // the closing bracket
	return nights, err
}

// night reads and checks one night; ok says whether it has a date to compare.
func (d *jsonReader) night(tok jsonToken, ti *typeInfo) (n Night, ok bool, err error) {
	if tok.kind == tokNull {
		d.problem("must be a night, not null")
		return n, false, nil
	}
	start := len(d.ps)
	if _, err := d.value(tok, reflect.ValueOf(&n).Elem(), ti); err != nil {
		return n, false, err
	}
	if start == len(d.ps) && tok.kind == tokObject {
		// The common case, a night read without trouble: no path strings needed.
		if ps := n.Validate(); len(ps) > 0 {
			d.ps = append(d.ps, ps.Under(d.where())...)
		}
		return n, true, nil
	}
	prefix := d.where()
	read := d.addChecks(start, n.Validate().Under(prefix))
	return n, tok.kind == tokObject && !read[prefix+".date"], nil
}

// addChecks appends a value's Validate problems, leaving out those at a path
// that already has a problem from reading it (a value that could not be read
// is absent, and one message per path is enough). It returns the paths that
// had a problem while reading.
func (d *jsonReader) addChecks(start int, checks Problems) map[string]bool {
	read := make(map[string]bool, len(d.ps)-start)
	for _, p := range d.ps[start:] {
		read[p.Path] = true
	}
	for _, p := range checks {
		if !read[p.Path] {
			d.ps = append(d.ps, p)
		}
	}
	return read
}

// skip consumes the rest of a value whose first token has been read.
func (d *jsonReader) skip(tok jsonToken) error {
	depth := 0
	for {
		switch tok.kind {
		case tokObject, tokArray:
			depth++
		case tokObjectEnd, tokArrayEnd:
			depth--
		}
		if depth == 0 {
			return nil
		}
		var err error
		if tok, err = d.lex.next(); err != nil {
			return err
		}
	}
}

// pathStep is one step of the path to a value: a key, or a list index.
type pathStep struct {
	key string
	idx int // the list index, or -1 for a key
}

func (d *jsonReader) enter(key string) { d.path = append(d.path, pathStep{key: key, idx: -1}) }
func (d *jsonReader) enterIndex(i int) { d.path = append(d.path, pathStep{idx: i}) }
func (d *jsonReader) leave()           { d.path = d.path[:len(d.path)-1] }

// inList reports whether the value being read is a list item.
func (d *jsonReader) inList() bool { return len(d.path) > 0 && d.path[len(d.path)-1].idx >= 0 }

// where writes the path to the value being read: nights[3].day.water_ml.
func (d *jsonReader) where() string {
	var b strings.Builder
	for _, s := range d.path {
		if s.idx >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.idx))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(pathKey(s.key))
	}
	return b.String()
}

// pathKey writes a key for a path, in quotes unless it is a plain word.
func pathKey(k string) string {
	if plainKey(k) {
		return k
	}
	return strconv.Quote(k)
}

// plainKey reports whether a key can be written in a path without quotes.
func plainKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// optional is how the reader reaches inside an Opt without knowing its T.
type optional interface {
	valuePtr() any // a pointer to the value slot
	markKnown()
	Known() bool
}

func (o *Opt[T]) valuePtr() any { return &o.v }
func (o *Opt[T]) markKnown()    { o.ok = true }

// The kinds of value the interchange format holds.
type valueKind uint8

const (
	kindStruct valueKind = iota
	kindOpt
	kindList
	kindDate
	kindClock
	kindText // free text: notes, medication names
	kindWord // an enumeration: the empty word means absent
	kindWhole
	kindNumber
	kindBool
)

// typeInfo is what the reader knows about one Go type.
type typeInfo struct {
	kind   valueKind
	fields []fieldInfo    // structs: in declaration order
	byKey  map[string]int // structs: key to index in fields
	keys   []string       // structs: every key, for suggestions
	elem   *typeInfo      // lists and Opts: the element's
}

type fieldInfo struct {
	key      string
	index    int
	required bool // no omitzero: the key must be there
	ti       *typeInfo
}

var (
	optionalType = reflect.TypeFor[optional]()
	dateType     = reflect.TypeFor[Date]()
	clockType    = reflect.TypeFor[Clock]()
	textType     = reflect.TypeFor[string]()
)

// info describes a type, reading a struct's keys from its json tags so the
// known keys can never drift from the structs.
func (d *jsonReader) info(t reflect.Type) (*typeInfo, error) {
	if ti, ok := d.kinds[t]; ok {
		return ti, nil
	}
	ti := &typeInfo{}
	switch {
	case reflect.PointerTo(t).Implements(optionalType):
		ti.kind = kindOpt
		elem, err := d.info(reflect.TypeOf(reflect.New(t).Interface().(optional).valuePtr()).Elem())
		if err != nil {
			return nil, err
		}
		ti.elem = elem
	case t == dateType:
		ti.kind = kindDate
	case t == clockType:
		ti.kind = kindClock
	case t == textType:
		ti.kind = kindText
	case t.Kind() == reflect.String:
		ti.kind = kindWord
	case t.Kind() == reflect.Int:
		ti.kind = kindWhole
	case t.Kind() == reflect.Float64:
		ti.kind = kindNumber
	case t.Kind() == reflect.Bool:
		ti.kind = kindBool
	case t.Kind() == reflect.Slice:
		ti.kind = kindList
		elem, err := d.info(t.Elem())
		if err != nil {
			return nil, err
		}
		ti.elem = elem
	case t.Kind() == reflect.Struct:
		ti.kind = kindStruct
		ti.byKey = map[string]int{}
		for _, f := range tagFields(t) {
			var err error
			if f.ti, err = d.info(t.Field(f.index).Type); err != nil {
				return nil, err
			}
			ti.byKey[f.key] = len(ti.fields)
			ti.fields = append(ti.fields, f)
			ti.keys = append(ti.keys, f.key)
		}
		if len(ti.fields) > 64 {
			return nil, fmt.Errorf("go type %s has more fields than the reader tracks", t)
		}
	default:
		return nil, fmt.Errorf("no interchange form for Go type %s", t)
	}
	d.kinds[t] = ti
	return ti, nil
}

// tagFields lists a struct's exported fields with their json keys, in order.
func tagFields(t reflect.Type) []fieldInfo {
	var out []fieldInfo
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("json")
		if !f.IsExported() || !ok || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		out = append(out, fieldInfo{key: name, index: i, required: !strings.Contains(opts, "omitzero")})
	}
	return out
}

// value reads one value whose first token is tok into v, reporting a wrong
// shape as a problem. It reports whether v was set; an error means the
// file is not JSON and the walk stops.
func (d *jsonReader) value(tok jsonToken, v reflect.Value, ti *typeInfo) (bool, error) {
	if tok.kind == tokNull { // null is absent
		return false, nil
	}
	switch ti.kind {
	case kindStruct:
		return true, d.object(tok, v, ti)
	case kindOpt:
		o := v.Addr().Interface().(optional)
		set, err := d.value(tok, reflect.ValueOf(o.valuePtr()).Elem(), ti.elem)
		if set {
			o.markKnown()
		}
		return set, err
	case kindList:
		return d.list(tok, v, ti.elem)
	}
	switch {
	case tok.kind == tokString && tok.badUTF8 && (ti.kind == kindText || ti.kind == kindWord):
		d.problem("is not valid UTF-8 text") // as log refuses it: never silently replaced
		return false, nil
	case tok.kind == tokString && ti.kind == kindText:
		v.SetString(tok.text())
		return true, nil
	case tok.kind == tokString && ti.kind == kindWord:
		s := tok.text()
		if s == "" && !d.inList() { // in a list, Validate names the empty word
			d.problem("must not be empty; leave the key out when it is not known")
			return false, nil
		}
		v.SetString(s)
		return true, nil
	case tok.kind == tokString && ti.kind == kindDate:
		date, err := ParseDate(tok.text())
		return d.setInt(v, int64(date), err), nil
	case tok.kind == tokString && ti.kind == kindClock:
		c, err := parseClockBytes(tok)
		return d.setInt(v, int64(c), err), nil
	case tok.kind == tokNumber && ti.kind == kindWhole:
		n, ok := smallWhole(tok.raw)
		if !ok {
			var msg string
			if n, msg = parseWhole(tok.text()); msg != "" {
				d.problem("%s", msg)
				return false, nil
			}
		}
		v.SetInt(int64(n))
		return true, nil
	case tok.kind == tokNumber && ti.kind == kindNumber:
		f, msg := parseNumber(tok.text())
		if msg != "" {
			d.problem("%s", msg)
			return false, nil
		}
		v.SetFloat(f)
		return true, nil
	case (tok.kind == tokTrue || tok.kind == tokFalse) && ti.kind == kindBool:
		v.SetBool(tok.kind == tokTrue)
		return true, nil
	}
	d.problem("%s", expected(ti.kind))
	return false, d.skip(tok)
}

// parseClockBytes reads an exported "HH:MM" without making a string; other
// spellings go through ParseClock.
func parseClockBytes(tok jsonToken) (Clock, error) {
	b := tok.raw
	if !tok.decoded && len(b) == 5 && b[2] == ':' {
		h, okh := twoDigits(b[0], b[1])
		m, okm := twoDigits(b[3], b[4])
		if okh && okm && h < 24 && m < 60 {
			return NewClock(h, m), nil
		}
	}
	return ParseClock(tok.text())
}

func twoDigits(a, b byte) (int, bool) {
	if a < '0' || a > '9' || b < '0' || b > '9' {
		return 0, false
	}
	return int(a-'0')*10 + int(b-'0'), true
}

// smallWhole reads a plain integer of up to 18 digits without making a string.
func smallWhole(b []byte) (int, bool) {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// expected says what a value of a kind must look like.
func expected(k valueKind) string {
	switch k {
	case kindDate:
		return `must be a date as a string, "YYYY-MM-DD"`
	case kindClock:
		return `must be a clock time as a string, "HH:MM"`
	case kindText, kindWord:
		return "must be a string"
	case kindWhole:
		return "must be a whole number"
	case kindNumber:
		return "must be a number"
	case kindBool:
		return "must be true or false"
	case kindList:
		return "must be a list [...]"
	}
	return "must be an object {...}"
}

// object reads a JSON object into the struct v.
func (d *jsonReader) object(tok jsonToken, v reflect.Value, ti *typeInfo) error {
	if tok.kind != tokObject {
		d.problem("%s", expected(kindStruct))
		return d.skip(tok)
	}
	var seen, bad, set uint64 // bit i: fields[i] was given / could not be read / was read
	for d.lex.more() {
		ktok, err := d.lex.next()
		if err != nil {
			return err
		}
		vtok, err := d.lex.next()
		if err != nil {
			return err
		}
		i, known := ti.byKey[string(ktok.raw)] // no allocation
		if ktok.decoded {
			i, known = ti.byKey[ktok.str]
		}
		var key string
		if known {
			key = ti.fields[i].key
		} else {
			key = ktok.text()
		}
		d.enter(key)
		switch {
		case !known:
			d.problem("%s", unknownName("key", key, ti.keys))
			err = d.skip(vtok)
		case seen&(1<<i) != 0:
			d.problem("appears twice")
			err = d.skip(vtok)
		default:
			seen |= 1 << i
			before := len(d.ps)
			var ok bool
			ok, err = d.value(vtok, v.Field(ti.fields[i].index), ti.fields[i].ti)
			if ok {
				set |= 1 << i
			} else if len(d.ps) > before {
				bad |= 1 << i
			}
		}
		if err != nil {
			return err
		}
		d.leave()
	}
	for i, f := range ti.fields {
		if f.required && (set|bad)&(1<<i) == 0 { // absent or null
			d.enter(f.key)
			d.problem("missing")
			d.leave()
		}
	}
	_, err := d.lex.next() // the closing brace
	return err
}

// list reads a JSON array into the slice v; [] is an empty, non-nil list.
func (d *jsonReader) list(tok jsonToken, v reflect.Value, elem *typeInfo) (bool, error) {
	if tok.kind != tokArray {
		d.problem("%s", expected(kindList))
		return false, d.skip(tok)
	}
	s := reflect.MakeSlice(v.Type(), 0, 4)
	zero := reflect.Zero(v.Type().Elem())
	for i := 0; d.lex.more(); i++ {
		etok, err := d.lex.next()
		if err != nil {
			return false, err
		}
		s = reflect.Append(s, zero)
		d.enterIndex(i)
		if etok.kind == tokNull {
			d.problem("must not be null")
		} else if _, err := d.value(etok, s.Index(i), elem); err != nil {
			return false, err
		}
		d.leave()
	}
	v.Set(s)
	_, err := d.lex.next() // the closing bracket
	return true, err
}

// parseWhole reads a whole number, accepting 3.0 and 1e2 but not 3.5; the
// second result says what is wrong, or is empty.
func parseWhole(s string) (int, string) {
	n, err := strconv.ParseInt(s, 10, strconv.IntSize)
	if err == nil {
		return int(n), ""
	}
	if errors.Is(err, strconv.ErrRange) {
		return 0, fmt.Sprintf("%s is too large a number", s)
	}
	f, err := strconv.ParseFloat(s, 64)
	switch {
	case err != nil && errors.Is(err, strconv.ErrRange) && !math.IsInf(f, 0):
		return 0, "must be a whole number" // so small it underflowed: a fraction
	case err != nil && errors.Is(err, strconv.ErrRange):
		return 0, fmt.Sprintf("%s is too large a number", s)
	case err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f):
		return 0, "must be a whole number"
	case f == 0 && strings.Trim(mantissa(s), "0.+-") != "":
		return 0, "must be a whole number" // a fraction too small for float64
	case math.Abs(f) >= 1<<(strconv.IntSize-1):
		return 0, fmt.Sprintf("%s is too large a number", s)
	}
	return int(f), ""
}

// mantissa returns a number's text before its exponent.
func mantissa(s string) string {
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		return s[:i]
	}
	return s
}

// parseNumber reads a finite number.
func parseNumber(s string) (float64, string) {
	f, err := strconv.ParseFloat(s, 64)
	switch {
	case err != nil && errors.Is(err, strconv.ErrRange) && math.IsInf(f, 0):
		return 0, fmt.Sprintf("%s is too large a number", s)
	case err != nil && !errors.Is(err, strconv.ErrRange):
		return 0, "must be a number"
	case math.IsNaN(f) || math.IsInf(f, 0):
		return 0, "must be a finite number"
	}
	return f, ""
}

// unknownName words the problem of a key (or column) the format does not
// have, naming the nearest known one when it is close enough to be a typo.
func unknownName(noun, name string, known []string) string {
	best, bestDist := "", 3 // more than two edits away is not a typo
	for _, k := range known {
		if dist := EditDistance(strings.ToLower(name), k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best == "" {
		return "unknown " + noun
	}
	return "unknown " + noun + " (did you mean " + best + "?)"
}

// EditDistance is the Levenshtein distance between two short keys (of the
// format, or of trial habits), for "did you mean" suggestions.
func EditDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return max(len(a), len(b))
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// setInt stores n in v, or, when reading it failed with err, notes err as
// the value's problem; it reports whether v was set.
func (d *jsonReader) setInt(v reflect.Value, n int64, err error) bool {
	if err != nil {
		d.problem("%s", err)
		return false
	}
	v.SetInt(n)
	return true
}

// unique notes that item i of a list has the value v under key: the first
// time in seen, or else as a problem at key that again words, naming the
// earlier item j.
func unique[K comparable](d *jsonReader, seen map[K]int, v K, i int, key string, again func(j int) string) {
	if j, dup := seen[v]; dup {
		d.enter(key)
		d.problem("%s", again(j))
		d.leave()
		return
	}
	seen[v] = i
}
