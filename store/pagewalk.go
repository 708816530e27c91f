package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
)

// bbolt follows its index without checking it: a branch page that points
// back up the tree, or claims more elements than it holds, sends a cursor
// round forever (Cursor.First, Last, Next and Seek alike), where no guard
// can stop it. So every Open walks the pages itself first, with plain reads
// and a mark on each page it meets, before any cursor runs: each page
// reached once, of a kind an index page can be, inside the file, with its
// elements inside it, and no page both in use and free. A diary that fails
// is opened, when only for reading, from what this walk can still read
// (rescued), and never handed to bbolt's cursors; it is never written to.
//
// The layout is bbolt's (go.etcd.io/bbolt internal/common: page.go,
// bucket.go, inode.go), in the machine's byte order.

// The sizes of bbolt's page elements and bucket header.
const (
	boltElemSize     = 16  // common.branchPageElement and common.leafPageElement
	boltBucketHeader = 16  // common.InBucket: root u64, sequence u64
	boltBucketFlag   = 0x1 // common.BucketLeafFlag on a leaf element
	maxTreeDepth     = 32  // far beyond any diary: a 4 KB page holds over 100 keys a level
	maxWalkProblems  = 20  // after this many a walk stops: the file is past rescuing piece by piece
)

// pageWalk is one walk of a file's pages.
//
// The walk of a sound file reads it twice, never mapping it: first every
// page in file order, a chunk at a time into one small buffer, keeping each
// page's header and what its entries say (heads); then the tree from its
// root, reading again only the pages it must see whole (branch pages, leaf
// pages that hold buckets, pages longer than one). Mapping the file costs a
// page fault for every page, on top of the faults of bbolt's own mapping
// that the reads after the walk take anyway; on thirty years of nights
// reading instead of mapping took Open from 3.6–4.7 ms to 2.8–3.6 ms.
type pageWalk struct {
	f        io.ReaderAt
	file     []byte // the rescue's copy of the pages in use, [0, pgid*ps); nil otherwise
	heads    []pageHead
	pastEnd  map[uint64][]uint64 // by page id: the entries of a leaf page that run past its end
	ps       uint64
	pgid     uint64
	seen     []bool // by page id: reached already (or the free list's own pages)
	problems []string
	err      error // a read of the file that failed
	// buckets, when not nil, collects the key/value pairs of each top-level
	// bucket that the walk can read, by name, in the order met.
	buckets map[string]*rescuedBucket
}

// pageHead is what the first reading of the file keeps of a page.
type pageHead struct {
	id       uint64 // as the page calls itself
	flags    uint16
	count    uint16
	overflow uint32
	leaf     leafKind
}

// leafKind is what the entries of a leaf page of one page say, as far as a
// walk that collects no pairs needs to know.
type leafKind uint8

const (
	leafWhole   leafKind = iota // not such a leaf, or one the walk must read whole: it holds buckets
	leafPlain                   // entries of keys and values only, all inside the page
	leafTooMany                 // it claims more entries than it can hold
	leafPastEnd                 // some entries run past its end (pageWalk.pastEnd)
)

// walkChunk is how much of the file the first reading takes at a time.
const walkChunk = 64 << 10

// walkFile walks the pages of the bbolt file f from the root and the free
// list that meta m names, and returns what is wrong, none when the index is
// sound. With rescue set it also returns the pairs of every top-level bucket
// it could read (copies: they outlive the walk).
func walkFile(f io.ReaderAt, m boltMeta, rescue bool) (problems []string, buckets map[string]*rescuedBucket, err error) {
	w := &pageWalk{f: f, ps: uint64(m.pageSize), pgid: m.pgid}
	if rescue {
		w.file = make([]byte, int64(m.pgid)*int64(m.pageSize))
		if _, err := f.ReadAt(w.file, 0); err != nil {
			return nil, nil, err
		}
		w.buckets = map[string]*rescuedBucket{}
	} else if err := w.readHeads(); err != nil {
		return nil, nil, err
	}
	w.seen = make([]bool, m.pgid)
	w.seen[0], w.seen[1] = true, true
	err = guard(func() error {
		var free []uint64
		if m.freelist != boltNoFreelist {
			free = w.freelist(m.freelist)
		}
		w.page(m.root, 0, into{}, nil, nil)
		for _, id := range free {
			if len(w.problems) < maxWalkProblems && w.seen[id] {
				w.addf("the file's list of free pages is damaged (page %d is in use and also listed as free, so a save would write over it)", id)
			}
		}
		return w.err
	})
	if err != nil {
		return nil, nil, err
	}
	for _, b := range w.buckets {
		// In key order, as a cursor gives them; a damaged index may have met them out of it.
		slices.SortStableFunc(b.pairs, func(x, y pair) int { return bytes.Compare(x.k, y.k) })
	}
	return w.problems, w.buckets, nil
}

func (w *pageWalk) addf(format string, args ...any) {
	w.problems = append(w.problems, fmt.Sprintf(format, args...))
}

// readHeads reads every page of the file in order, a chunk at a time, and
// keeps its header and, for a leaf page of one page, what its entries say.
func (w *pageWalk) readHeads() error {
	w.heads = make([]pageHead, w.pgid)
	per := max(1, walkChunk/w.ps)
	buf := make([]byte, per*w.ps)
	for first := uint64(0); first < w.pgid; first += per {
		b := buf[:min(per, w.pgid-first)*w.ps]
		if _, err := w.f.ReadAt(b, int64(first*w.ps)); err != nil {
			return err
		}
		for i := range uint64(len(b)) / w.ps {
			w.heads[first+i] = w.headOf(first+i, b[i*w.ps:(i+1)*w.ps])
		}
	}
	return nil
}

// headOf reads the header of page id, held in p, and, for a leaf of one
// page, whether its entries stay inside it and whether any is a bucket
// (checked as leaf checks them).
func (w *pageWalk) headOf(id uint64, p []byte) pageHead {
	ne := binary.NativeEndian
	h := pageHead{id: ne.Uint64(p), flags: ne.Uint16(p[8:]), count: ne.Uint16(p[10:]), overflow: ne.Uint32(p[12:])}
	if h.flags != boltLeafFlag || h.overflow != 0 {
		return h
	}
	count := uint64(h.count)
	if boltPageHeader+count*boltElemSize > uint64(len(p)) {
		h.leaf = leafTooMany
		return h
	}
	h.leaf = leafPlain
	var past []uint64
	for i := range count {
		flags, _, _, end := leafEntry(p, i)
		switch {
		case end > uint64(len(p)):
			past = append(past, i)
		case flags&boltBucketFlag != 0:
			h.leaf = leafWhole // the walk goes into its buckets
			return h
		}
	}
	if past != nil {
		h.leaf = leafPastEnd
		if w.pastEnd == nil {
			w.pastEnd = map[uint64][]uint64{}
		}
		w.pastEnd[id] = past
	}
	return h
}

// head returns the header of page id.
func (w *pageWalk) head(id uint64) (gotID uint64, flags uint16, count, overflow uint64) {
	if w.file == nil {
		h := w.heads[id]
		return h.id, h.flags, uint64(h.count), uint64(h.overflow)
	}
	ne := binary.NativeEndian
	p := w.file[id*w.ps:]
	return ne.Uint64(p), ne.Uint16(p[8:]), uint64(ne.Uint16(p[10:])), uint64(ne.Uint32(p[12:]))
}

// pages returns the n pages from page id, which lie inside the file: the
// rescue's copy of them, or read from the file. When the read fails it
// returns nil, and the walk stops with the error.
func (w *pageWalk) pages(id, n uint64) []byte {
	if w.file != nil {
		return w.file[id*w.ps : (id+n)*w.ps]
	}
	b := make([]byte, n*w.ps)
	if _, err := w.f.ReadAt(b, int64(id*w.ps)); err != nil {
		w.err = err
		return nil
	}
	return b
}

// freelist marks the free list's pages as met and returns the ids it lists
// (preflight has checked its header: its kind, and that it ends in the file).
func (w *pageWalk) freelist(id uint64) []uint64 {
	ne := binary.NativeEndian
	_, _, _, overflow := w.head(id)
	p := w.pages(id, overflow+1)
	if p == nil {
		return nil
	}
	span := (overflow + 1) * w.ps
	for i := id; i <= id+overflow; i++ {
		w.seen[i] = true
	}
	count, at := uint64(ne.Uint16(p[10:])), uint64(boltPageHeader)
	if count == 0xFFFF { // common.FreelistPageFlag overflow: the count is the first id's slot
		count, at = ne.Uint64(p[at:]), at+8
	}
	if count > (span-at)/8 {
		w.addf("the file's list of free pages is damaged (page %d claims %d entries, more than it can hold)", id, count)
		return nil
	}
	ids := make([]uint64, 0, count)
	for i := range count {
		pg := ne.Uint64(p[at+8*i:])
		if pg < 2 || pg >= w.pgid {
			w.addf("the file's list of free pages is damaged (it lists page %d, outside the file)", pg)
			return nil
		}
		ids = append(ids, pg)
	}
	return ids
}

// into is where a walk puts the pairs it reads: a top-level bucket's
// rescued pairs, or nowhere; level is how deep in buckets it is.
type into struct {
	bucket *rescuedBucket
	level  int
}

// page walks page id, depth levels below its bucket's root, which holds
// the keys from from up to before to ("" when unknown), for the words of a
// problem.
func (w *pageWalk) page(id uint64, depth int, to into, from, upTo []byte) {
	if len(w.problems) >= maxWalkProblems || w.err != nil {
		return
	}
	switch {
	case id < 2 || id >= w.pgid:
		w.addf("the file's index is damaged (it points to page %d, outside the file)%s", id, lostWords(from, upTo))
		return
	case depth > maxTreeDepth:
		w.addf("the file's index is damaged (over %d levels deep at page %d)%s", maxTreeDepth, id, lostWords(from, upTo))
		return
	}
	gotID, flags, count, overflow := w.head(id)
	switch {
	case gotID != id:
		w.addf("the file's index is damaged (page %d calls itself page %d)%s", id, gotID, lostWords(from, upTo))
		return
	case flags != boltBranchFlag && flags != boltLeafFlag:
		w.addf("the file's index is damaged (it points to page %d, which is not an index page)%s", id, lostWords(from, upTo))
		return
	case overflow >= w.pgid-id:
		w.addf("the file's index is damaged (page %d claims %d more pages, past the pages in use)%s", id, overflow, lostWords(from, upTo))
		return
	}
	for i := id; i <= id+overflow; i++ {
		if w.seen[i] {
			w.addf("the file's index is damaged (page %d is reached twice: the index points back into itself)%s", i, lostWords(from, upTo))
			return
		}
	}
	for i := id; i <= id+overflow; i++ {
		w.seen[i] = true
	}
	if w.file == nil && w.leafRead(id) {
		return
	}
	page := w.pages(id, overflow+1)
	if page == nil {
		return
	}
	if flags == boltBranchFlag {
		w.branch(id, page, count, depth, to, upTo)
		return
	}
	w.leaf(id, nil, page, count, to)
}

// branch walks the children of branch page id, held in page.
// upTo is the key its last child's keys stay below ("" when unknown).
func (w *pageWalk) branch(id uint64, page []byte, count uint64, depth int, to into, upTo []byte) {
	ne := binary.NativeEndian
	if count == 0 || boltPageHeader+count*boltElemSize > uint64(len(page)) {
		w.addf("the file's index is damaged (page %d claims %d entries, which it cannot hold)", id, count)
		return
	}
	key := func(i uint64) ([]byte, bool) {
		e := page[boltPageHeader+i*boltElemSize:]
		at := boltPageHeader + i*boltElemSize + uint64(ne.Uint32(e))
		end := at + uint64(ne.Uint32(e[4:]))
		if end > uint64(len(page)) {
			return nil, false
		}
		return page[at:end], true
	}
	for i := range count {
		from, ok := key(i)
		if !ok {
			w.addf("the file's index is damaged (page %d: entry %d runs past the end of the page)", id, i)
			return
		}
		below := upTo
		if i+1 < count {
			below, _ = key(i + 1)
		}
		w.page(ne.Uint64(page[boltPageHeader+i*boltElemSize+8:]), depth+1, to, from, below)
	}
}

// lostWords says what a damaged branch of the index holds, the keys from
// from up to before upTo: nights by their dates, other keys quoted; "" when
// from is unknown.
func lostWords(from, upTo []byte) string {
	if from == nil {
		return ""
	}
	d1, err1 := keyDate(from)
	d2, err2 := keyDate(upTo)
	switch {
	case err1 == nil && err2 == nil && d2 > d1:
		if last := d2.AddDays(-1); last != d1 {
			return fmt.Sprintf(": the nights %s to %s cannot be reached", d1, last)
		}
		return fmt.Sprintf(": the night %s cannot be reached", d1)
	case err1 == nil && upTo == nil:
		return fmt.Sprintf(": the nights from %s on cannot be reached", d1)
	}
	return fmt.Sprintf(": what is stored from %s on, in that part of the file, cannot be reached", keyWords(from))
}

// leaf reads the count entries of the leaf page held in page: page id of
// the file, or, when bucket is not nil, the page of that small bucket inside
// its parent's value.
func (w *pageWalk) leaf(id uint64, bucket []byte, page []byte, count uint64, to into) {
	where := func() string {
		if bucket != nil {
			return "the bucket " + keyWords(bucket)
		}
		return pageWords(id)
	}
	if boltPageHeader+count*boltElemSize > uint64(len(page)) {
		w.tooMany(where(), count)
		return
	}
	for i := range count {
		flags, at, ksize, end := leafEntry(page, i)
		if end > uint64(len(page)) {
			w.runsPast(where(), i)
			continue
		}
		k, v := page[at:at+ksize], page[at+ksize:end]
		if flags&boltBucketFlag == 0 {
			if to.bucket != nil {
				to.bucket.pairs = append(to.bucket.pairs, pair{k, v}) // the rescue's own copy of the file
			}
			continue
		}
		sub := into{level: to.level + 1}
		if w.buckets != nil && to.level == 0 {
			sub.bucket = &rescuedBucket{}
			w.buckets[string(k)] = sub.bucket
		}
		w.bucket(k, v, sub)
	}
}

// leafEntry reads entry i of the leaf page held in page, which holds at
// least i+1 entries: its flags, where its key begins, the key's size, and
// where its value ends (past the end of page when the entry is damaged).
func leafEntry(page []byte, i uint64) (flags uint32, at, ksize, end uint64) {
	ne := binary.NativeEndian
	e := page[boltPageHeader+i*boltElemSize:]
	flags, pos, ksize, vsize := ne.Uint32(e), uint64(ne.Uint32(e[4:])), uint64(ne.Uint32(e[8:])), uint64(ne.Uint32(e[12:]))
	at = boltPageHeader + i*boltElemSize + pos
	return flags, at, ksize, at + ksize + vsize
}

// leafRead adds the problems that the first reading found on leaf page id,
// and reports whether that is all the walk has to do there: false for a
// page it must read whole (a branch, a leaf that holds buckets, a page
// longer than one).
func (w *pageWalk) leafRead(id uint64) bool {
	switch h := w.heads[id]; h.leaf {
	case leafPlain:
		return true
	case leafTooMany:
		w.tooMany(pageWords(id), uint64(h.count))
		return true
	case leafPastEnd:
		for _, i := range w.pastEnd[id] {
			w.runsPast(pageWords(id), i)
		}
		return true
	}
	return false
}

func pageWords(id uint64) string { return fmt.Sprintf("page %d", id) }

func (w *pageWalk) tooMany(where string, count uint64) {
	w.addf("the file's index is damaged (%s claims %d entries, which it cannot hold)", where, count)
}

func (w *pageWalk) runsPast(where string, entry uint64) {
	w.addf("the file's index is damaged (%s: entry %d runs past the end of the page)", where, entry)
}

// bucket walks the bucket stored under key k with header value v: from its
// root page, or, for a small bucket, the page held in v after its header.
func (w *pageWalk) bucket(k, v []byte, to into) {
	if len(w.problems) >= maxWalkProblems {
		return
	}
	if len(v) < boltBucketHeader {
		w.addf("the file's index is damaged (the bucket %s is cut short)", keyWords(k))
		return
	}
	root := binary.NativeEndian.Uint64(v)
	if root != 0 {
		w.page(root, 0, to, nil, nil)
		return
	}
	inline := v[boltBucketHeader:]
	if len(inline) < boltPageHeader {
		w.addf("the file's index is damaged (the bucket %s is cut short)", keyWords(k))
		return
	}
	if flags := binary.NativeEndian.Uint16(inline[8:]); flags != boltLeafFlag {
		// bbolt would follow a small bucket's page as a branch back to itself.
		w.addf("the file's index is damaged (the bucket %s holds a page of the wrong kind, %#x)", keyWords(k), flags)
		return
	}
	w.leaf(0, k, inline, uint64(binary.NativeEndian.Uint16(inline[10:])), to)
}

// pair is one key and its value, as stored.
type pair struct{ k, v []byte }

// rescuedBucket is what a walk could read of one bucket of a diary whose
// index is damaged: its pairs in key order. It offers the little of a
// bbolt bucket the reads of a damaged diary need (bucketView).
type rescuedBucket struct {
	pairs []pair
}

// Get returns the value stored under k, or nil.
func (b *rescuedBucket) Get(k []byte) []byte {
	i, ok := slices.BinarySearchFunc(b.pairs, k, func(p pair, k []byte) int { return bytes.Compare(p.k, k) })
	if !ok {
		return nil
	}
	return b.pairs[i].v
}

// ForEach calls fn with each pair in key order until fn returns an error.
func (b *rescuedBucket) ForEach(fn func(k, v []byte) error) error {
	for _, p := range b.pairs {
		if err := fn(p.k, p.v); err != nil {
			return err
		}
	}
	return nil
}
