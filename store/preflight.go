package store

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"slices"
)

// bbolt maps the file into memory, and a truncated or damaged file can make it
// read past the end of the mapping (SIGBUS, which Go cannot recover from) or
// panic. So before bbolt sees an existing file, preflight reads its two meta
// pages with plain reads and checks them against bbolt's on-disk layout
// (go.etcd.io/bbolt internal/common: page.go, meta.go).

// bbolt's on-disk constants.
const (
	boltMagic        = 0xED0CDAED         // common.Magic
	boltVersion      = 2                  // common.Version
	boltBranchFlag   = 0x01               // common.BranchPageFlag
	boltLeafFlag     = 0x02               // common.LeafPageFlag
	boltMetaFlag     = 0x04               // common.MetaPageFlag
	boltFreelistFlag = 0x10               // common.FreelistPageFlag
	boltNoFreelist   = 0xffffffffffffffff // common.PgidNoFreelist
	boltPageHeader   = 16                 // common.Page: id u64, flags u16, count u16, overflow u32
	boltMetaSize     = 64                 // common.Meta, checksum last
	boltChecksumFrom = 56                 // FNV-64a covers the meta up to its checksum
	boltMinPages     = 4                  // two metas, a freelist and a root leaf
	minPageSize      = 512
	maxPageSize      = 1 << 20
)

// boltMeta is the part of a meta page preflight checks.
type boltMeta struct {
	pageID   uint64
	flags    uint16
	magic    uint32
	version  uint32
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64 // high-water mark: pages below it are in use
	txid     uint64
	checksum uint64
	sum      uint64 // the checksum computed over the bytes read
}

// readBoltMeta parses a meta page from b, which holds at least
// boltPageHeader+boltMetaSize bytes. bbolt writes in the machine's byte order.
func readBoltMeta(b []byte) boltMeta {
	ne := binary.NativeEndian
	m := b[boltPageHeader : boltPageHeader+boltMetaSize]
	h := fnv.New64a()
	h.Write(m[:boltChecksumFrom])
	return boltMeta{
		pageID:   ne.Uint64(b[0:]),
		flags:    ne.Uint16(b[8:]),
		magic:    ne.Uint32(m[0:]),
		version:  ne.Uint32(m[4:]),
		pageSize: ne.Uint32(m[8:]),
		root:     ne.Uint64(m[16:]),
		freelist: ne.Uint64(m[32:]),
		pgid:     ne.Uint64(m[40:]),
		txid:     ne.Uint64(m[48:]),
		checksum: ne.Uint64(m[56:]),
		sum:      h.Sum64(),
	}
}

// torn reports whether meta page id is damaged in itself — not bbolt's
// magic, version or header (its own number, its kind), or failing its own
// checksum — rather than whole and wrong about the file. The checksum does
// not cover the header, which bbolt does not read on opening: a flipped bit
// there is damage to be survived like any other.
func (m boltMeta) torn(id uint64) bool {
	return m.magic != boltMagic || m.version != boltVersion || m.checksum != m.sum || m.flags != boltMetaFlag || m.pageID != id
}

// problem returns what is wrong with meta page id in a file of size bytes, or "".
func (m boltMeta) problem(id uint64, size int64) string {
	switch {
	case m.magic != boltMagic:
		return fmt.Sprintf("meta page %d is not a bbolt page", id)
	case m.version != boltVersion:
		return fmt.Sprintf("meta page %d has bbolt version %d, not %d", id, m.version, boltVersion)
	case m.checksum != m.sum:
		return fmt.Sprintf("meta page %d fails its checksum", id)
	case m.pageID != id || m.flags != boltMetaFlag:
		return fmt.Sprintf("meta page %d has a wrong page header", id)
	case m.pageSize < minPageSize || m.pageSize > maxPageSize || m.pageSize&(m.pageSize-1) != 0:
		return fmt.Sprintf("meta page %d has an impossible page size %d", id, m.pageSize)
	case m.pgid < boltMinPages || m.pgid > uint64(size)/uint64(m.pageSize):
		return fmt.Sprintf("meta page %d uses %d pages but the file holds %d: it was cut short",
			id, m.pgid, size/int64(m.pageSize))
	case m.root < 2 || m.root >= m.pgid:
		return fmt.Sprintf("meta page %d points its root outside the file", id)
	case m.freelist != boltNoFreelist && (m.freelist < 2 || m.freelist >= m.pgid):
		return fmt.Sprintf("meta page %d points its free list outside the file", id)
	}
	return ""
}

// preflight checks that f, of size bytes, looks like a whole bbolt file with
// a sound meta page: right magic, version, checksum and page size, and no
// page in use beyond the end of the file. It returns a description of the
// first problem, or "" when bbolt may safely map the file, and the meta page
// bbolt will read through. It only reads.
//
// bbolt keeps two meta pages, written in turn, so that one damaged (a torn
// write, a flipped bit) costs at most the last transaction: it reads through
// the other. So does preflight: with one meta page damaged, problem is "" and
// damagedMeta describes the damaged one; the next save writes it anew.
func preflight(f io.ReaderAt, size int64) (problem, damagedMeta string, cur boltMeta) {
	var head [boltPageHeader + boltMetaSize]byte
	if size < boltMinPages*minPageSize {
		return fmt.Sprintf("the file is %d bytes, too small to be one", size), "", boltMeta{}
	}
	if _, err := f.ReadAt(head[:], 0); err != nil {
		return fmt.Sprintf("reading meta page 0: %v", err), "", boltMeta{}
	}
	m0 := readBoltMeta(head[:])
	p0 := m0.problem(0, size)
	// Meta page 1 is one page in; its size is meta page 0's when that one is
	// sound, else the first page size at which a sound meta page 1 is found.
	readMeta1 := func(ps int64) (boltMeta, string) {
		if _, err := f.ReadAt(head[:], ps); err != nil {
			return boltMeta{}, fmt.Sprintf("reading meta page 1: %v", err)
		}
		m := readBoltMeta(head[:])
		if p := m.problem(1, size); p != "" {
			return m, p
		}
		if int64(m.pageSize) != ps {
			return m, "the two meta pages disagree on the page size"
		}
		return m, ""
	}
	var m1 boltMeta
	var p1 string
	if p0 == "" {
		m1, p1 = readMeta1(int64(m0.pageSize))
	} else {
		p1 = "meta page 1 cannot be found either"
		for ps := int64(minPageSize); ps <= maxPageSize && ps < size; ps *= 2 {
			if m, p := readMeta1(ps); p == "" {
				m1, p1 = m, ""
				break
			}
		}
	}
	id := 0
	switch {
	case p0 != "" && p1 != "", p0 != "" && !m0.torn(0), p1 != "" && !m1.torn(1):
		// Both damaged, or one whole and checksummed meta page that does
		// not fit the file (cut short): bbolt's fallback is for a page that
		// was torn or flipped, not for a file that lost its end.
		return cmp.Or(p0, p1), "", boltMeta{}
	case p0 != "":
		cur, id, damagedMeta = m1, 1, p0
	case p1 != "":
		cur, id, damagedMeta = m0, 0, p1
	case m1.txid > m0.txid:
		// bbolt reads through the meta page of the later transaction. The
		// pages the other one names may since have been reused (a crash
		// between a commit's page writes and its meta write leaves exactly
		// that), so only the current one's root and free list must be what
		// it says they are.
		cur, id = m1, 1
	default:
		cur, id = m0, 0
	}
	ps := int64(cur.pageSize)
	if size%ps != 0 || size < boltMinPages*ps {
		return fmt.Sprintf("the file is %d bytes, not a whole number (at least %d) of %d-byte pages",
			size, boltMinPages, ps), "", boltMeta{}
	}
	if p := checkPageAt(f, ps, cur.root, cur.pgid, boltBranchFlag, boltLeafFlag); p != "" {
		return fmt.Sprintf("meta page %d: root %s", id, p), "", boltMeta{}
	}
	if cur.freelist != boltNoFreelist {
		if p := checkPageAt(f, ps, cur.freelist, cur.pgid, boltFreelistFlag); p != "" {
			return fmt.Sprintf("meta page %d: free list %s", id, p), "", boltMeta{}
		}
	}
	return "", damagedMeta, cur
}

// checkPageAt reads the header of page id and checks that it names itself,
// is of one of the types in want, and that its overflow pages end below the
// high-water mark pgid.
func checkPageAt(f io.ReaderAt, pageSize int64, id, pgid uint64, want ...uint16) string {
	var h [boltPageHeader]byte
	if _, err := f.ReadAt(h[:], int64(id)*pageSize); err != nil {
		return fmt.Sprintf("page %d cannot be read: %v", id, err)
	}
	ne := binary.NativeEndian
	gotID, flags, overflow := ne.Uint64(h[0:]), ne.Uint16(h[8:]), ne.Uint32(h[12:])
	switch {
	case gotID != id:
		return fmt.Sprintf("page %d calls itself page %d", id, gotID)
	case !slices.Contains(want, flags):
		return fmt.Sprintf("page %d has the wrong type %#x", id, flags)
	case id+uint64(overflow) >= pgid:
		return fmt.Sprintf("page %d runs past the pages in use", id)
	}
	return ""
}

// fileSize returns the size of f.
func fileSize(f *os.File) (int64, error) {
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}
