package form

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
)

// Choice is a one-line field holding one of a few options. Focused, it shows
// every option with the chosen one marked; ← → and space move the choice, and
// a letter jumps to the next option starting with it.
type Choice struct {
	field
	value   *string
	options []Option
	hint    string
}

// NewChoice returns a choice field bound to value. A value that is not one
// of the options selects the first.
func NewChoice(label string, value *string, options ...Option) *Choice {
	return &Choice{field: newField(label), value: value, options: options}
}

// Key sets the field's key (its path in the diary).
func (c *Choice) Key(k string) *Choice { c.key = k; return c }

// Hint sets what is shown beside the field while it is focused.
func (c *Choice) Hint(h string) *Choice { c.hint = h; return c }

// LabelWidth sets the width of the label column.
func (c *Choice) LabelWidth(w int) *Choice { c.labelWidth = w; return c }

func (c *Choice) index() int {
	for i, o := range c.options {
		if o.Value == *c.value {
			return i
		}
	}
	return 0
}

func (c *Choice) set(i int) {
	n := len(c.options)
	if n == 0 {
		return
	}
	*c.value = c.options[((i%n)+n)%n].Value
}

// Init implements huh.Field.
func (c *Choice) Init() tea.Cmd { return nil }

// Focus implements huh.Field.
func (c *Choice) Focus() tea.Cmd { c.focused = true; return nil }

// Blur implements huh.Field.
func (c *Choice) Blur() tea.Cmd { c.focused = false; return nil }

// Update implements huh.Field.
func (c *Choice) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok || !c.focused {
		return c, nil
	}
	if cmd, moved := c.move(k); moved {
		return c, cmd
	}
	switch {
	case key.Matches(k, c.keys.Left):
		c.set(c.index() - 1)
	case key.Matches(k, c.keys.Right):
		c.set(c.index() + 1)
	case k.Type == tea.KeyRunes && len(k.Runes) == 1:
		c.jump(k.Runes[0])
	}
	return c, nil
}

// jump selects the next option after the chosen one whose label starts with r.
func (c *Choice) jump(r rune) {
	r = unicode.ToLower(r)
	n := len(c.options)
	for step := 1; step <= n; step++ {
		i := (c.index() + step) % n
		first, _ := utf8.DecodeRuneInString(c.options[i].Label)
		if unicode.ToLower(first) == r {
			c.set(i)
			return
		}
	}
}

// View implements huh.Field.
func (c *Choice) View() string {
	st := c.styles()
	cur := c.index()
	chosen := ""
	if len(c.options) > 0 {
		chosen = c.options[cur].Label
	}
	if !c.focused {
		return c.row(st.SelectedOption.Render(chosen))
	}
	parts := make([]string, len(c.options))
	for i, o := range c.options {
		if i == cur {
			parts[i] = st.SelectedOption.Render("[" + o.Label + "]")
		} else {
			parts[i] = st.UnselectedOption.Render(" " + o.Label + " ")
		}
	}
	all := strings.Join(parts, "")
	room := c.restWidth()
	if lipgloss.Width(all) > room {
		all = st.PrevIndicator.String() + " " + st.SelectedOption.Render(chosen) + " " + st.NextIndicator.String()
	}
	if c.hint != "" && room-lipgloss.Width(all) > 8 {
		all = lipgloss.JoinHorizontal(lipgloss.Top, all, "  ", note(st, "", c.hint, room-lipgloss.Width(all)-2))
	}
	return c.row(all)
}

// KeyBinds implements huh.Field.
func (c *Choice) KeyBinds() []key.Binding {
	return []key.Binding{c.keys.Left, c.keys.Right, c.keys.Next, c.keys.Prev}
}

// ShortKeys are the keys that choose, for the short help.
func (c *Choice) ShortKeys() []key.Binding {
	return []key.Binding{key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "choose"))}
}

// WithTheme implements huh.Field.
func (c *Choice) WithTheme(th *huh.Theme) huh.Field { c.theme = th; return c }

// WithKeyMap implements huh.Field; the compact fields keep their own keys.
func (c *Choice) WithKeyMap(*huh.KeyMap) huh.Field { return c }

// WithAccessible implements huh.Field.
func (c *Choice) WithAccessible(bool) huh.Field { return c }

// WithWidth implements huh.Field.
func (c *Choice) WithWidth(w int) huh.Field { c.width = w; return c }

// WithHeight implements huh.Field.
func (c *Choice) WithHeight(int) huh.Field { return c }

// WithPosition implements huh.Field.
func (c *Choice) WithPosition(huh.FieldPosition) huh.Field { return c }

// GetValue implements huh.Field.
func (c *Choice) GetValue() any { return *c.value }
