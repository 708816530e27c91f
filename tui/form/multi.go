package form

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
)

// Multi is a field holding any number of options. Focused, it shows every
// option with a tick box, flowing onto more lines when needed; ← → move,
// space ticks. Blurred, it shows the ticked options in a line.
type Multi struct {
	field
	value     *[]string
	options   []Option
	cursor    int
	exclusive string
	empty     string
}

// NewMulti returns a multi-choice field bound to value, which it keeps in
// the order of the options.
func NewMulti(label string, value *[]string, options ...Option) *Multi {
	return &Multi{field: newField(label), value: value, options: options, empty: "—"}
}

// Key sets the field's key (its path in the diary).
func (m *Multi) Key(k string) *Multi { m.key = k; return m }

// Exclusive names the option that stands alone ("none"): ticking it clears
// the others, ticking another clears it.
func (m *Multi) Exclusive(v string) *Multi { m.exclusive = v; return m }

// Empty sets what the blurred field shows when nothing is ticked.
func (m *Multi) Empty(s string) *Multi { m.empty = s; return m }

// LabelWidth sets the width of the label column.
func (m *Multi) LabelWidth(w int) *Multi { m.labelWidth = w; return m }

func (m *Multi) ticked(v string) bool { return slices.Contains(*m.value, v) }

func (m *Multi) toggle(i int) {
	v := m.options[i].Value
	on := !m.ticked(v)
	var out []string
	for _, o := range m.options {
		t := m.ticked(o.Value)
		switch {
		case o.Value == v:
			t = on
		case on && m.exclusive != "" && (v == m.exclusive || o.Value == m.exclusive):
			t = false
		}
		if t {
			out = append(out, o.Value)
		}
	}
	if out == nil {
		out = []string{}
	}
	*m.value = out
}

// Init implements huh.Field.
func (m *Multi) Init() tea.Cmd { return nil }

// Focus implements huh.Field.
func (m *Multi) Focus() tea.Cmd { m.focused = true; return nil }

// Blur implements huh.Field.
func (m *Multi) Blur() tea.Cmd { m.focused = false; return nil }

// Update implements huh.Field.
func (m *Multi) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok || !m.focused || len(m.options) == 0 {
		return m, nil
	}
	if cmd, moved := m.move(k); moved {
		return m, cmd
	}
	n := len(m.options)
	switch {
	case key.Matches(k, m.keys.Toggle):
		m.toggle(m.cursor)
	case key.Matches(k, m.keys.Left):
		m.cursor = (m.cursor - 1 + n) % n
	case k.Type == tea.KeyRight:
		m.cursor = (m.cursor + 1) % n
	case k.Type == tea.KeyRunes && len(k.Runes) == 1:
		r := unicode.ToLower(k.Runes[0])
		for step := 1; step <= n; step++ {
			i := (m.cursor + step) % n
			first, _ := utf8.DecodeRuneInString(m.options[i].Label)
			if unicode.ToLower(first) == r {
				m.cursor = i
				break
			}
		}
	}
	return m, nil
}

// View implements huh.Field.
func (m *Multi) View() string {
	st := m.styles()
	if !m.focused {
		var on []string
		for _, o := range m.options {
			if m.ticked(o.Value) {
				on = append(on, o.Label)
			}
		}
		s := strings.Join(on, ", ")
		if s == "" {
			s = m.empty
		}
		return m.row(st.SelectedOption.Render(s))
	}
	room := m.restWidth()
	var lines []string
	line := ""
	for i, o := range m.options {
		box := st.UnselectedPrefix.String()
		if m.ticked(o.Value) {
			box = st.SelectedPrefix.String()
		}
		mark := " "
		label := st.UnselectedOption.Render(o.Label)
		if i == m.cursor {
			mark = st.SelectSelector.UnsetString().Render("›")
			label = st.SelectedOption.Underline(true).Render(o.Label)
		}
		item := mark + box + " " + label + " "
		if line != "" && lipgloss.Width(line)+lipgloss.Width(item) > room {
			lines = append(lines, line)
			line = ""
		}
		line += item
	}
	lines = append(lines, line)
	return m.row(strings.Join(lines, "\n"))
}

// KeyBinds implements huh.Field.
func (m *Multi) KeyBinds() []key.Binding {
	return []key.Binding{m.keys.Toggle, m.keys.Left, key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "next choice")), m.keys.Next, m.keys.Prev}
}

// ShortKeys are the keys that tick, for the short help.
func (m *Multi) ShortKeys() []key.Binding {
	return []key.Binding{m.keys.Toggle, key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "move"))}
}

// WithTheme implements huh.Field.
func (m *Multi) WithTheme(th *huh.Theme) huh.Field { m.theme = th; return m }

// WithKeyMap implements huh.Field; the compact fields keep their own keys.
func (m *Multi) WithKeyMap(*huh.KeyMap) huh.Field { return m }

// WithAccessible implements huh.Field.
func (m *Multi) WithAccessible(bool) huh.Field { return m }

// WithWidth implements huh.Field.
func (m *Multi) WithWidth(w int) huh.Field { m.width = w; return m }

// WithHeight implements huh.Field.
func (m *Multi) WithHeight(int) huh.Field { return m }

// WithPosition implements huh.Field.
func (m *Multi) WithPosition(huh.FieldPosition) huh.Field { return m }

// GetValue implements huh.Field.
func (m *Multi) GetValue() any { return *m.value }
