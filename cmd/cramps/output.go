package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/crampsdiary/cramps/store"
)

// renderer styles human output for w: colour only on a terminal, and never
// when NO_COLOR is set (termenv, under lipgloss, checks both). Its colours
// are the terminal's own ANSI ones, which suit its background, so the
// terminal is never asked what that background is.
func renderer(w io.Writer) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(outputOf(w))
	r.SetHasDarkBackground(true) // set, so lipgloss never asks
	return r
}

// outputOf is where w writes in the end: the command's stdout, when w is
// the watch on its write errors, which no terminal check could see through
// (colour never showed, and every table wrapped at 80).
func outputOf(w io.Writer) io.Writer {
	if o, ok := w.(*outputErrors); ok {
		return o.w
	}
	return w
}

// maxTextWidth is the widest a paragraph is wrapped, for reading.
const maxTextWidth = 120

// termWidth is the width of the terminal w writes to, else 80.
func termWidth(w io.Writer) int {
	if f, ok := outputOf(w).(*os.File); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 20 {
			return width
		}
	}
	return 80
}

// outWidth is the width to wrap human output to: the terminal's, else 80,
// and never more than maxTextWidth.
func outWidth(w io.Writer) int { return min(termWidth(w), maxTextWidth) }

// printFigures prints v to w: as JSON with --json, else for people with
// human, styled for w, given the terminal's width (80 when w is not a
// terminal); buffered either way.
func printFigures[T any](w io.Writer, asJSON bool, v T, human func(io.Writer, *lipgloss.Renderer, T, int)) error {
	out := bufio.NewWriter(w)
	defer out.Flush()
	if asJSON {
		return writeJSON(out, v)
	}
	human(out, renderer(w), v, termWidth(w))
	return nil
}

// table returns a writer of aligned columns on w: each row a line, its
// cells ended by tabs, the text after the last tab left as it is. Columns
// are as wide as their widest cell and two spaces apart, widths measured
// as the terminal shows them, so that a coloured or bold cell lines up with
// plain ones (text/tabwriter counts the bytes of the colour codes, and
// misaligned every table once colour showed). Lines carry no trailing
// spaces. Nothing is written until Flush.
func table(w io.Writer) *columns {
	return &columns{w: w}
}

// columns is table's writer.
type columns struct {
	w       io.Writer
	pending []byte
}

func (c *columns) Write(p []byte) (int, error) {
	c.pending = append(c.pending, p...)
	return len(p), nil
}

// columnGap is the space between two columns.
const columnGap = 2

// Flush writes the rows held, aligned; a last row without its newline gets one.
func (c *columns) Flush() error {
	text := strings.TrimSuffix(string(c.pending), "\n")
	c.pending = nil
	if text == "" {
		return nil
	}
	var rows [][]string
	var widths []int
	for line := range strings.SplitSeq(text, "\n") {
		cells := strings.Split(line, "\t")
		rows = append(rows, cells)
		for i, cell := range cells[:len(cells)-1] { // the text after the last tab is no column
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], ansi.StringWidth(cell))
		}
	}
	var b strings.Builder
	for _, cells := range rows {
		var line strings.Builder
		for i, cell := range cells {
			line.WriteString(cell)
			if i < len(cells)-1 {
				line.WriteString(strings.Repeat(" ", widths[i]+columnGap-ansi.StringWidth(cell)))
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(c.w, b.String())
	return err
}

// writeFileAtomic writes the file -o names: private (0600), through a
// temporary file beside it that is synced and then renamed, so a failed
// write never leaves half a file. It never replaces the diary, one of its
// snapshots, another cramps diary, a device or a directory (SPEC §9); a
// symbolic link is followed, and the file it names is replaced, the link
// kept. Its messages name path, never the temporary file.
func (a *app) writeFileAtomic(path string, write func(io.Writer) error) error {
	target, err := a.outputTarget(path)
	if err != nil {
		return err
	}
	fail := func(err error) error {
		return fmt.Errorf("cannot write %s: %s; nothing was written", path, fileWords(path, err))
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	if err := tmp.Chmod(0o600); err != nil {
		return fail(err)
	}
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return fail(err)
	}
	return nil
}

// fileWords says in the user's words why the file at path could not be
// written, naming no temporary file and no Go error.
func fileWords(path string, err error) string {
	dir := filepath.Dir(path)
	switch {
	case errors.Is(err, fs.ErrExist):
		return "a file is already there (a backup never replaces one)"
	case errors.Is(err, syscall.ENOTDIR), errors.Is(err, fs.ErrNotExist):
		return noFolderWords(dir)
	case errors.Is(err, fs.ErrPermission):
		return "you may not write there (" + dir + ")"
	case errors.Is(err, syscall.ENOSPC):
		return "the disk is full"
	case errors.Is(err, syscall.EROFS):
		return "the disk is read-only"
	case errors.Is(err, syscall.EISDIR):
		return "it is a folder"
	}
	return store.WithoutFileName(err).Error()
}

// noFolderWords says why no file could be made in dir, which the system
// said does not exist: it does not, or one of its parents is a file, or it
// is there but takes no new files (/proc said "there is no folder /proc").
func noFolderWords(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		switch {
		case err == nil && fi.IsDir() && d == dir:
			return "no file can be made in " + dir
		case err == nil && fi.IsDir():
			return "there is no folder " + dir
		case err == nil:
			return d + " is a file, not a folder"
		}
		if parent := filepath.Dir(d); parent == d {
			return "there is no folder " + dir
		}
	}
}

// outputTarget checks the file -o names and returns the path to write:
// path itself, or the file a symbolic link at path points to.
func (a *app) outputTarget(path string) (string, error) {
	refuse := func(why string) (string, error) {
		return "", fmt.Errorf("-o %s: %s; nothing was written; choose another file", path, why)
	}
	target := path
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		resolved, err := filepath.EvalSymlinks(path)
		if err != nil {
			return refuse("it is a link to nothing that can be written")
		}
		target = resolved
	}
	fi, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, nil
	case err != nil:
		return refuse(fileWords(path, err))
	case fi.IsDir():
		return refuse("it is a directory")
	case !fi.Mode().IsRegular():
		return refuse("it is a device or another special file, not a regular file")
	}
	if db, err := a.dbPath(); err == nil {
		if dfi, err := os.Stat(db); err == nil && os.SameFile(fi, dfi) {
			return refuse("it is the diary itself")
		}
	}
	if isBoltFile(target) {
		return refuse("it is a cramps diary (or a snapshot of one)")
	}
	return target, nil
}

// isBoltFile reports whether the file at path starts like a bbolt database —
// a cramps diary or one of its snapshots: a meta page with bbolt's magic.
func isBoltFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var head [20]byte
	if _, err := io.ReadFull(f, head[:]); err != nil {
		return false
	}
	const boltMagic = 0xED0CDAED // page header 16 bytes, then the meta's magic
	return binary.NativeEndian.Uint32(head[16:]) == boltMagic
}

// outputErrors remembers the first error writing to stdout: a command that
// printed to a full disk or a closed pipe then exits 1 (SPEC §9).
type outputErrors struct {
	w   io.Writer
	err error
}

func (o *outputErrors) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// outputFailure is the one line for output that could not be written.
func outputFailure(err error) string {
	return "cannot write the output: " + store.WithoutFileName(err).Error()
}
