package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// CheckReport is what Check found.
type CheckReport struct {
	SchemaVersion int
	Nights        int // the nights that were read whole, damaged ones not counted
	First, Last   diary.Date
	// Problems lists every problem, in the order found: each damaged night
	// by its date, then the profile and the file's own structure.
	Problems []CheckProblem
}

// Sound reports whether the check found nothing wrong.
func (r CheckReport) Sound() bool { return len(r.Problems) == 0 }

// DamagedNights returns the dates of the nights Check could not read whole.
func (r CheckReport) DamagedNights() []diary.Date {
	var out []diary.Date
	for _, p := range r.Problems {
		if d, ok := p.Night.Get(); ok && (len(out) == 0 || out[len(out)-1] != d) {
			out = append(out, d)
		}
	}
	return out
}

// CheckProblem is one problem: the night it is in, absent when it is not in
// a night (the profile, the file's structure), and what is wrong.
type CheckProblem struct {
	Night   diary.Opt[diary.Date]
	Problem string
}

// String is the problem as one line, the night's date first.
func (p CheckProblem) String() string {
	if d, ok := p.Night.Get(); ok {
		return "night " + d.String() + ": " + p.Problem
	}
	return p.Problem
}

// errRollback ends Check's transaction without committing anything.
var errRollback = errors.New("check done")

// Check verifies the file page by page and every stored value, and lists
// every problem it finds.
//
// It reads the meta bucket, checks every night's and the profile's checksum,
// decodes and validates them, then runs bbolt's consistency check of the
// pages (Tx.Check). The report is always filled in; when it lists problems
// the error wraps ErrNotDiary. Check writes nothing. On a writable store it
// runs in a transaction that is rolled back, so that no save can run beside
// bbolt's page walk, which bbolt does not allow.
func (s *Store) Check() (CheckReport, error) {
	r := CheckReport{SchemaVersion: s.schema}
	run := func(tx *bolt.Tx) error {
		s.checkTx(tx, &r, checkMode{structure: true, validate: true})
		return errRollback
	}
	var err error
	switch {
	case s.rescued != nil:
		s.checkRescued(&r, checkMode{validate: true})
	case s.readOnly:
		err = s.view(run)
	default:
		err = guard(func() error { return s.db.Update(run) })
	}
	if err != nil && !errors.Is(err, errRollback) {
		r.add(diary.None[diary.Date](), "%v", err)
	}
	if s.damagedMeta != "" {
		r.add(diary.None[diary.Date](), "%s; bbolt reads through its second copy, and the next save writes this one anew", s.damagedMeta)
	}
	if !r.Sound() {
		return r, fmt.Errorf("check diary %s: %w: %d problems found", s.path, ErrNotDiary, len(r.Problems))
	}
	return r, nil
}

func (r *CheckReport) add(night diary.Opt[diary.Date], format string, args ...any) {
	r.Problems = append(r.Problems, CheckProblem{Night: night, Problem: fmt.Sprintf(format, args...)})
}

// checkTx fills r from the diary in tx. It reads every value before bbolt's
// check walks the pages: the reading runs under guard and so meets a
// damaged page first, where a fault is caught, while bbolt's check runs on a
// goroutine of its own.
func (s *Store) checkTx(tx *bolt.Tx, r *CheckReport, mode checkMode) {
	none := diary.None[diary.Date]()
	if _, err := readState(tx); err != nil {
		r.add(none, "%v", err)
	}
	if err := guard(func() error { s.checkNights(bucketOf(tx, bucketNights), r, mode); return nil }); err != nil {
		r.add(none, "the nights cannot all be read: %v", err)
		return // the pages are damaged where bbolt's check would fault
	}
	s.checkProfile(bucketOf(tx, bucketProfile), r, mode)
	s.checkTrials(bucketOf(tx, bucketTrials), r, mode)
	if !mode.structure {
		return
	}
	if p := pageHeaders(tx); p != "" {
		r.add(none, "%s", p)
		return // bbolt's own walk would take a damaged header at its word, and loop or fault
	}
	for err := range tx.Check() { // drained to the end, or bbolt's goroutine would wait forever
		if s.aboutDamagedMeta(err.Error()) {
			continue // the damaged meta page, reported once by Check
		}
		r.add(none, "bbolt: %v", err)
	}
}

// checkRescued fills r from a diary whose index failed Open's walk: what
// is wrong with the index, then every value the walk could read, checked as
// checkTx checks them. bbolt's own check of the pages is not run: it
// follows the index as it is, which is what the walk found damaged.
func (s *Store) checkRescued(r *CheckReport, mode checkMode) {
	for _, p := range s.broken {
		r.add(diary.None[diary.Date](), "%s", p)
	}
	s.checkNights(s.rescuedBucket(bucketNights), r, mode)
	s.checkProfile(s.rescuedBucket(bucketProfile), r, mode)
	s.checkTrials(s.rescuedBucket(bucketTrials), r, mode)
}

// bucketView is the little of a bucket that the checks and the reads of a
// damaged diary use: a *bolt.Bucket, or what Open's walk rescued of one.
type bucketView interface {
	Get(key []byte) []byte
	ForEach(fn func(k, v []byte) error) error
}

// bucketOf is the bucket name in tx, or nil (not a nil *bolt.Bucket).
func bucketOf(tx *bolt.Tx, name []byte) bucketView {
	if b := tx.Bucket(name); b != nil {
		return b
	}
	return nil
}

// rescuedBucket is what Open's walk rescued of the bucket name, or nil.
func (s *Store) rescuedBucket(name []byte) bucketView {
	if b := s.rescued[string(name)]; b != nil {
		return b
	}
	return nil
}

// checkMode says how far checkTx goes.
type checkMode struct {
	structure bool // run bbolt's walk of the pages too
	validate  bool // judge each value by diary's validation rules
	sealOnly  bool // in a sealed schema, check each night's checksum without decoding it
}

// checkNights checks every night in the nights bucket, in key order.
func (s *Store) checkNights(b bucketView, r *CheckReport, mode checkMode) {
	if b == nil {
		return // readState has reported it
	}
	var prev []byte
	_ = b.ForEach(func(k, v []byte) error {
		if prev != nil && string(k) <= string(prev) {
			r.add(diary.None[diary.Date](), "the nights are out of order after %s: the file's index is damaged", keyWords(prev))
		}
		prev = k
		s.checkNight(k, v, r, mode)
		return nil
	})
}

// maxKeyWords is the most of a key a problem quotes: a damaged page can give
// a key millions of bytes long, and quoting it whole took minutes.
const maxKeyWords = 16

// keyWords quotes a key for a problem, cut to maxKeyWords bytes.
func keyWords(k []byte) string {
	if len(k) <= maxKeyWords {
		return fmt.Sprintf("%q", k)
	}
	return fmt.Sprintf("%q… (%d bytes)", k[:maxKeyWords], len(k))
}

// checkProfile checks the stored profile, if one is saved.
func (s *Store) checkProfile(b bucketView, r *CheckReport, mode checkMode) {
	none := diary.None[diary.Date]()
	if b == nil {
		return // readState has reported it
	}
	if v := b.Get(keyAcks); v != nil {
		if _, err := s.codec.open(keyAcks, v); err != nil {
			r.add(none, "the acknowledged red flags cannot be read: %v", err)
		}
	}
	v := b.Get(keyProfile)
	if v == nil {
		return // none saved: the defaults apply
	}
	v, err := s.codec.open(keyProfile, v)
	var p diary.Profile
	if err == nil {
		p, err = s.codec.profile(v)
	}
	if err != nil {
		r.add(none, "the profile cannot be read: %v", err)
		return
	}
	if mode.validate {
		for _, pr := range p.Validate() {
			r.add(none, "profile: %s", pr)
		}
	}
}

// checkNight checks the night stored under key k.
func (s *Store) checkNight(k, v []byte, r *CheckReport, mode checkMode) {
	if v == nil {
		r.add(diary.None[diary.Date](), "the nights bucket holds a bucket %s", keyWords(k))
		return
	}
	d, err := keyDate(k)
	if want, ok := dateKey(d); err != nil || !ok || !bytes.Equal(want[:], k) {
		r.add(diary.None[diary.Date](), "the nights bucket holds a key %s that is not a date", keyWords(k))
		return
	}
	at := diary.Some(d)
	v, err = s.codec.open(k, v)
	if err == nil && mode.sealOnly && s.schema >= firstSealedSchema {
		r.count(d)
		return // the checksum, over the key too, vouches for the value
	}
	var n diary.Night
	if err == nil {
		err = s.codec.night(v, &n, nil)
	}
	if err != nil {
		r.add(at, "cannot be read: %v", err)
		return
	}
	if n.Date != d {
		r.add(at, "the night stored there is dated %s", n.Date)
		return
	}
	if ps := n.Validate(); mode.validate && len(ps) > 0 {
		for _, p := range ps {
			r.add(at, "%s", p)
		}
		return
	}
	r.count(d)
}

// count counts a night read whole.
func (r *CheckReport) count(d diary.Date) {
	if r.Nights == 0 || d < r.First {
		r.First = d
	}
	if r.Nights == 0 || d > r.Last {
		r.Last = d
	}
	r.Nights++
}

// aboutDamagedMeta reports whether a problem bbolt's check found is the
// damaged meta page that Check reports in its own words: bbolt says
// "page 1: …", or, when the page's header no longer names it, raises
// "Page expected to be: 1, but self identifies as …".
func (s *Store) aboutDamagedMeta(problem string) bool {
	id := s.damagedMetaID()
	return s.damagedMeta != "" && (strings.Contains(problem, fmt.Sprintf("page %d:", id)) ||
		strings.Contains(problem, fmt.Sprintf("Page expected to be: %d,", id)))
}

// damagedMetaID is the number of the damaged meta page damagedMeta describes.
func (s *Store) damagedMetaID() int {
	if strings.HasPrefix(s.damagedMeta, "meta page 0") {
		return 0
	}
	return 1
}

// pageHeaders reads the header of every page of the file with plain reads
// and returns what is wrong with the first impossible one, or "". A page
// that names itself must not run past the end of the file, nor hold more
// elements than fit in it: bbolt's Tx.Check believes both, and a damaged one
// would have it count to four billion, or read outside the file on a
// goroutine where that cannot be caught.
func pageHeaders(tx *bolt.Tx) string {
	f, err := os.Open(tx.DB().Path())
	if err != nil {
		return ""
	}
	defer f.Close()
	size, err := fileSize(f)
	if err != nil {
		return ""
	}
	ps := int64(tx.DB().Info().PageSize)
	pages := uint64(size / ps)
	var h [boltPageHeader]byte
	ne := binary.NativeEndian
	for id := uint64(2); id < pages; id++ {
		if _, err := f.ReadAt(h[:], int64(id)*int64(ps)); err != nil {
			return fmt.Sprintf("page %d cannot be read: %v", id, err)
		}
		if ne.Uint64(h[0:]) != id {
			continue // not a page's first block, or free: bbolt does not read it as one
		}
		flags, count, overflow := ne.Uint16(h[8:]), uint64(ne.Uint16(h[10:])), uint64(ne.Uint32(h[12:]))
		span := (overflow + 1) * uint64(ps)
		switch {
		case id+overflow >= pages:
			return fmt.Sprintf("page %d claims %d more pages, past the end of the file", id, overflow)
		case flags == boltBranchFlag && count*16 > span, flags == boltLeafFlag && count*16 > span:
			return fmt.Sprintf("page %d claims %d elements, more than it can hold", id, count)
		case flags == boltBranchFlag || flags == boltLeafFlag:
			page := make([]byte, span)
			if _, err := f.ReadAt(page, int64(id)*ps); err != nil {
				return fmt.Sprintf("page %d cannot be read: %v", id, err)
			}
			for i := range count {
				at := boltPageHeader + i*16
				e := page[at : at+16]
				var pos, n uint64
				if flags == boltLeafFlag { // flags u32, pos u32, ksize u32, vsize u32
					pos, n = uint64(ne.Uint32(e[4:])), uint64(ne.Uint32(e[8:]))+uint64(ne.Uint32(e[12:]))
				} else { // pos u32, ksize u32, pgid u64
					pos, n = uint64(ne.Uint32(e[0:])), uint64(ne.Uint32(e[4:]))
					if child := ne.Uint64(e[8:]); child < 2 || child >= pages {
						return fmt.Sprintf("page %d points to page %d, outside the file", id, child)
					}
				}
				if at+pos+n > span {
					return fmt.Sprintf("page %d: element %d runs past the end of the page", id, i)
				}
			}
		}
	}
	return ""
}
