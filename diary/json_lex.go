package diary

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// The interchange files are read with a small lexer of our own rather than
// json.Decoder.Token, which allocates for every token and made a ten-year
// diary take several times the import budget. It accepts exactly the JSON
// that encoding/json accepts (FuzzDecodeJSON checks this against json.Valid)
// and decodes strings with encoding/json whenever they hold escapes or
// invalid UTF-8, so text reads the same either way.

// The kinds of token.
const (
	tokObject    = '{'
	tokObjectEnd = '}'
	tokArray     = '['
	tokArrayEnd  = ']'
	tokString    = '"'
	tokNumber    = '0'
	tokTrue      = 't'
	tokFalse     = 'f'
	tokNull      = 'n'
)

// jsonToken is one token. For strings, raw is the text between the quotes
// unless decoded is set, when str holds the decoded text; for numbers, raw
// is the literal.
type jsonToken struct {
	kind    byte
	decoded bool
	badUTF8 bool // a string whose bytes are not valid UTF-8 (str then has U+FFFD in their place)
	raw     []byte
	str     string
}

// text returns a string or number token's text.
func (t jsonToken) text() string {
	if t.decoded {
		return t.str
	}
	return string(t.raw)
}

// What the lexer expects next.
type lexState uint8

const (
	lexValue       lexState = iota // a value: at the top, after a colon or after a comma in a list
	lexArrayFirst                  // a value or ]
	lexObjectFirst                 // a key or }
	lexKey                         // a key, after a comma in an object
	lexAfterValue                  // a comma or the container's end
)

// maxDepth matches encoding/json's nesting limit.
const maxDepth = 10000

// jsonLexer splits a JSON text into tokens, checking its grammar.
type jsonLexer struct {
	data  []byte
	pos   int
	stack []byte // the open containers, '{' or '['
	state lexState
}

func (l *jsonLexer) skipSpace() {
	for l.pos < len(l.data) {
		switch l.data[l.pos] {
		case ' ', '\t', '\n', '\r':
			l.pos++
		default:
			return
		}
	}
}

// more reports whether the current list or object has another element.
func (l *jsonLexer) more() bool {
	l.skipSpace()
	return l.pos < len(l.data) && l.data[l.pos] != ']' && l.data[l.pos] != '}'
}

// end checks that nothing but white space follows the document.
func (l *jsonLexer) end() error {
	l.skipSpace()
	if l.pos < len(l.data) {
		return l.errorf("more data after the end of the document")
	}
	return nil
}

// next returns the next token: a value's first token, a key, or a container's end.
func (l *jsonLexer) next() (jsonToken, error) {
	l.skipSpace()
	if l.pos >= len(l.data) {
		if len(bytes.TrimSpace(l.data)) == 0 {
			return jsonToken{}, &jsonSyntaxError{Problem{Msg: "the file is empty; expected a cramps JSON export"}}
		}
		return jsonToken{}, l.errorf("the file ends in the middle of the document")
	}
	c := l.data[l.pos]
	switch l.state {
	case lexAfterValue:
		top := l.stack[len(l.stack)-1]
		switch {
		case c == ',':
			l.pos++
			if top == '[' {
				l.state = lexValue
			} else {
				l.state = lexKey
			}
			return l.next()
		case c == ']' && top == '[', c == '}' && top == '{':
			return l.close(c), nil
		case top == '[':
			return jsonToken{}, l.errorf("expected a comma or ] after a list item, found %s", l.found())
		default:
			return jsonToken{}, l.errorf("expected a comma or } after an object value, found %s", l.found())
		}
	case lexArrayFirst:
		if c == ']' {
			return l.close(c), nil
		}
	case lexObjectFirst:
		if c == '}' {
			return l.close(c), nil
		}
		fallthrough
	case lexKey:
		if c != '"' {
			return jsonToken{}, l.errorf("expected a key in double quotes, found %s", l.found())
		}
		tok, err := l.string()
		if err != nil {
			return tok, err
		}
		l.skipSpace()
		if l.pos >= len(l.data) || l.data[l.pos] != ':' {
			return jsonToken{}, l.errorf("expected a colon after the key, found %s", l.found())
		}
		l.pos++
		l.state = lexValue
		return tok, nil
	}
	return l.value(c)
}

// close ends the innermost container.
func (l *jsonLexer) close(c byte) jsonToken {
	l.pos++
	l.stack = l.stack[:len(l.stack)-1]
	l.afterValue()
	return jsonToken{kind: c}
}

func (l *jsonLexer) afterValue() {
	if len(l.stack) == 0 {
		l.state = lexValue // the document is complete; end() checks what follows
		return
	}
	l.state = lexAfterValue
}

// value reads the first token of a value starting with c.
func (l *jsonLexer) value(c byte) (jsonToken, error) {
	switch {
	case c == '{' || c == '[':
		if len(l.stack) >= maxDepth {
			return jsonToken{}, l.errorf("lists and objects nested too deeply")
		}
		l.pos++
		l.stack = append(l.stack, c)
		if c == '{' {
			l.state = lexObjectFirst
		} else {
			l.state = lexArrayFirst
		}
		return jsonToken{kind: c}, nil
	case c == '"':
		tok, err := l.string()
		l.afterValue()
		return tok, err
	case c == '-' || c >= '0' && c <= '9':
		tok, err := l.number()
		l.afterValue()
		return tok, err
	}
	for _, lit := range [...]struct {
		word string
		kind byte
	}{{"true", tokTrue}, {"false", tokFalse}, {"null", tokNull}} {
		if bytes.HasPrefix(l.data[l.pos:], []byte(lit.word)) {
			l.pos += len(lit.word)
			l.afterValue()
			return jsonToken{kind: lit.kind}, nil
		}
	}
	return jsonToken{}, l.errorf("expected a value, found %s", l.found())
}

// string reads a string token at l.pos.
func (l *jsonLexer) string() (jsonToken, error) {
	start := l.pos
	i := l.pos + 1
	plain := true // no escapes, all ASCII
	for {
		if i >= len(l.data) {
			l.pos = i
			return jsonToken{}, l.errorf("the file ends inside a string")
		}
		c := l.data[i]
		switch {
		case c == '"':
			l.pos = i + 1
			body := l.data[start+1 : i]
			if plain || utf8.Valid(body) && bytes.IndexByte(body, '\\') < 0 {
				return jsonToken{kind: tokString, raw: body}, nil
			}
			var s string
			if err := json.Unmarshal(l.data[start:i+1], &s); err != nil {
				l.pos = start
				return jsonToken{}, l.errorf("a string that cannot be read: %v", err)
			}
			return jsonToken{kind: tokString, decoded: true, str: s, badUTF8: !utf8.Valid(body)}, nil
		case c < 0x20:
			l.pos = i
			return jsonToken{}, l.errorf("a control character inside a string; write it as an escape such as \\n")
		case c == '\\':
			plain = false
			if i+1 >= len(l.data) {
				l.pos = i + 1
				return jsonToken{}, l.errorf("the file ends inside a string")
			}
			switch l.data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				for k := 2; k < 6; k++ {
					if i+k >= len(l.data) || !isHex(l.data[i+k]) {
						l.pos = min(i+k, len(l.data))
						return jsonToken{}, l.errorf("\\u must be followed by four hexadecimal digits")
					}
				}
				i += 6
			default:
				l.pos = i + 1
				return jsonToken{}, l.errorf("an unknown escape \\%c inside a string", l.data[i+1])
			}
		case c >= utf8.RuneSelf:
			plain = false
			i++
		default:
			i++
		}
	}
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// number reads a number token at l.pos, by the JSON grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (l *jsonLexer) number() (jsonToken, error) {
	start := l.pos
	i := l.pos
	digits := func() int {
		n := 0
		for i < len(l.data) && l.data[i] >= '0' && l.data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	bad := func() (jsonToken, error) {
		l.pos = i
		return jsonToken{}, l.errorf("a malformed number")
	}
	if l.data[i] == '-' {
		i++
	}
	if i < len(l.data) && l.data[i] == '0' {
		i++
	} else if digits() == 0 {
		return bad()
	}
	if i < len(l.data) && l.data[i] == '.' {
		i++
		if digits() == 0 {
			return bad()
		}
	}
	if i < len(l.data) && (l.data[i] == 'e' || l.data[i] == 'E') {
		i++
		if i < len(l.data) && (l.data[i] == '+' || l.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			return bad()
		}
	}
	l.pos = i
	return jsonToken{kind: tokNumber, raw: l.data[start:i]}, nil
}

// found describes what is at l.pos, for an error.
func (l *jsonLexer) found() string {
	if l.pos >= len(l.data) {
		return "the end of the file"
	}
	r, _ := utf8.DecodeRune(l.data[l.pos:])
	return strconv.QuoteRune(r)
}

// errorf makes a jsonSyntaxError at l.pos, given as a line and column.
func (l *jsonLexer) errorf(format string, args ...any) error {
	off := min(l.pos, len(l.data))
	before := l.data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return &jsonSyntaxError{Problem{
		Path: fmt.Sprintf("line %d, column %d", line, col),
		Msg:  "not valid JSON: " + fmt.Sprintf(format, args...),
	}}
}

// jsonSyntaxError stops decoding when the file is not JSON at all.
type jsonSyntaxError struct{ problem Problem }

func (e *jsonSyntaxError) Error() string { return e.problem.String() }
