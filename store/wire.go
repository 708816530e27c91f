package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/crampsdiary/cramps/diary"
)

// The primitives of the binary codec (codec.go). A value is a format byte
// followed by tagged fields: a field is written only when it holds something,
// as its tag byte and then its value; tag 0 ends a record. Tags rise strictly
// within a record, so a damaged record is caught rather than half-read.
//
//	int, Date, Clock   zig-zag varint
//	bool               one byte, 0 or 1
//	float64            8 bytes, little-endian IEEE 754 bits (every value exact)
//	string             uvarint length, then the bytes
//	enum               uvarint: i+1 for the i-th word of its code table, or 0
//	                   followed by the word as a string (a word the table lacks)
//	list               uvarint count, then the elements; present means non-nil

// errCorrupt marks a value the decoder cannot read.
var errCorrupt = errors.New("damaged value")

// tagEnd closes a record.
const tagEnd = 0

// encoder appends fields to b.
type encoder struct{ b []byte }

func (e *encoder) tag(t byte)          { e.b = append(e.b, t) }
func (e *encoder) uvarint(v uint64)    { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) varint(v int64)      { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) float(v float64)     { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v)) }
func (e *encoder) str(s string)        { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) boolean(v bool)      { e.b = append(e.b, b2u(v)) }
func (e *encoder) date(d diary.Date)   { e.varint(int64(d)) }
func (e *encoder) clock(c diary.Clock) { e.varint(int64(c)) }

func b2u(v bool) byte {
	if v {
		return 1
	}
	return 0
}

func (e *encoder) optInt(t byte, o diary.Opt[int]) {
	if v, ok := o.Get(); ok {
		e.tag(t)
		e.varint(int64(v))
	}
}

func (e *encoder) optClock(t byte, o diary.Opt[diary.Clock]) {
	if v, ok := o.Get(); ok {
		e.tag(t)
		e.clock(v)
	}
}

func (e *encoder) optDate(t byte, o diary.Opt[diary.Date]) {
	if v, ok := o.Get(); ok {
		e.tag(t)
		e.date(v)
	}
}

func (e *encoder) optBool(t byte, o diary.Opt[bool]) {
	if v, ok := o.Get(); ok {
		e.tag(t)
		e.boolean(v)
	}
}

func (e *encoder) optFloat(t byte, o diary.Opt[float64]) {
	if v, ok := o.Get(); ok {
		e.tag(t)
		e.float(v)
	}
}

// optStr writes a string field unless it is empty, which the diary reads as absent.
func (e *encoder) optStr(t byte, s string) {
	if s != "" {
		e.tag(t)
		e.str(s)
	}
}

func (e *encoder) strList(t byte, l []string) {
	if l == nil {
		return
	}
	e.tag(t)
	e.uvarint(uint64(len(l)))
	for _, s := range l {
		e.str(s)
	}
}

func encodeEnum[T ~string](e *encoder, v T, table []T) {
	for i, w := range table {
		if w == v {
			e.uvarint(uint64(i + 1))
			return
		}
	}
	e.uvarint(0)
	e.str(string(v))
}

// optEnum writes an enumeration field unless it is empty, which means "not recorded".
func optEnum[T ~string](e *encoder, t byte, v T, table []T) {
	if v != "" {
		e.tag(t)
		encodeEnum(e, v, table)
	}
}

func enumList[T ~string](e *encoder, t byte, l []T, table []T) {
	if l == nil {
		return
	}
	e.tag(t)
	e.uvarint(uint64(len(l)))
	for _, v := range l {
		encodeEnum(e, v, table)
	}
}

// decoder reads b from off. The first problem sticks in err and moves off to
// the end of b, so every later read finds nothing and returns a zero value:
// callers check err once, at the end.
type decoder struct {
	b    []byte
	off  int
	err  error
	slab *slab // where lists come from; nil: each its own allocation
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w at byte %d: %s", errCorrupt, d.off, fmt.Sprintf(format, args...))
		d.off = len(d.b)
	}
}

// The readers below keep their common case small enough for the compiler to
// inline (loading thirty years calls them a million times); the rare cases
// go to functions of their own.

func (d *decoder) byte() byte {
	if d.off < len(d.b) {
		c := d.b[d.off]
		d.off++
		return c
	}
	d.endsEarly()
	return 0
}

// endsEarly records that a value was cut short, unless an error came first.
// Kept out of line so that byte stays cheap enough to inline.
//
//go:noinline
func (d *decoder) endsEarly() { d.fail("value ends early") }

// end reports the decoder's error, or that bytes are left over after the
// value, what is named in the error.
func (d *decoder) end(what string) error {
	if d.err == nil && d.off != len(d.b) {
		d.fail("%d stray bytes after the %s", len(d.b)-d.off, what)
	}
	return d.err
}

// decodeList reads a count, then that many items, each with item into its
// place; nil when the count cannot be read.
func decodeList[T any](d *decoder, item func(*decoder, *T)) []T {
	k := d.count()
	if d.err != nil {
		return nil
	}
	items := make([]T, k)
	for i := range items {
		item(d, &items[i])
	}
	return items
}

func (d *decoder) uvarint() uint64 {
	if d.off < len(d.b) && d.b[d.off] < 0x80 {
		v := uint64(d.b[d.off])
		d.off++
		return v
	}
	return d.uvarintLong()
}

func (d *decoder) uvarintLong() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.fail("bad number")
		return 0
	}
	d.off += n
	return v
}

// decoderFor starts reading a value stored in format; what names the value
// ("night") in the error when its first byte names another format.
func decoderFor(b []byte, format byte, what string) (decoder, error) {
	d := decoder{b: b}
	if f := d.byte(); d.err == nil && f != format {
		return d, fmt.Errorf("%w: %s in unknown format %d", errCorrupt, what, f)
	}
	return d, nil
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1) // zig-zag, as binary.AppendVarint writes it
}

func (d *decoder) int() int {
	v := d.varint()
	if int64(int(v)) != v {
		d.fail("number %d too large", v)
		return 0
	}
	return int(v)
}

func (d *decoder) date() diary.Date {
	return inRange[diary.Date](d, math.MinInt32, math.MaxInt32, "date")
}

func (d *decoder) clock() diary.Clock {
	return inRange[diary.Clock](d, math.MinInt16, math.MaxInt16, "clock")
}

// inRange reads a signed number that must lie in [lo, hi]; what names it in
// the failure.
func inRange[T ~int | ~int16 | ~int32 | ~int64](d *decoder, lo, hi int64, what string) T {
	v := d.varint()
	if v < lo || v > hi {
		d.fail("%s %d out of range", what, v)
		return 0
	}
	return T(v)
}

func (d *decoder) boolean() bool {
	switch c := d.byte(); c {
	case 0:
		return false
	case 1:
		return true
	default:
		d.fail("bad truth value %d", c)
		return false
	}
}

func (d *decoder) float() float64 {
	if d.err != nil {
		return 0
	}
	if len(d.b)-d.off < 8 {
		d.fail("value ends early")
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b[d.off:]))
	d.off += 8
	return v
}

// count reads a list length, which cannot exceed the bytes left since every
// element takes at least one; a damaged length never allocates a huge list.
func (d *decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.b)-d.off) {
		d.fail("list of %d cannot fit", v)
		return 0
	}
	return int(v)
}

// text reads the bytes of a text, which stay b's.
func (d *decoder) text() []byte {
	n := d.uvarint()
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)-d.off) {
		d.fail("text of %d bytes cannot fit", n)
		return nil
	}
	t := d.b[d.off : d.off+int(n)]
	d.off += int(n)
	return t
}

func (d *decoder) str() string { return string(d.text()) }

// name reads a text that recurs from one value to the next, such as a
// medicine's name: from a slab, the same text is one string.
func (d *decoder) name() string {
	if d.slab == nil {
		return d.str()
	}
	return d.slab.intern(d.text())
}

func (d *decoder) strList() []string {
	n := d.count()
	if d.err != nil {
		return nil
	}
	l := cut(d.slab, d.slab.strings(), n)
	for i := range l {
		l[i] = d.name()
	}
	return l
}

// tagAfter reads the next tag of a record whose last tag was last: tagEnd, or
// a tag above last. It returns tagEnd on error.
func (d *decoder) tagAfter(last byte) byte {
	t := d.byte()
	if t != tagEnd && t <= last {
		d.fail("field %d after field %d", t, last)
		return tagEnd
	}
	return t
}

func decodeEnum[T ~string](d *decoder, table []T) T {
	i := d.uvarint()
	switch {
	case d.err != nil:
		return ""
	case i == 0:
		return T(d.name())
	case i > uint64(len(table)):
		d.fail("unknown word %d", i)
		return ""
	default:
		return table[i-1]
	}
}

func decodeEnumList[T ~string](d *decoder, table []T, block *[]T) []T {
	n := d.count()
	if d.err != nil {
		return nil
	}
	l := cut(d.slab, block, n)
	for i := range l {
		l[i] = decodeEnum(d, table)
	}
	return l
}
