package interp

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/gobackprop/gobackprop/display"
)

// magics are the commands a cell can start with, after a %.
var magics = []struct{ name, help string }{
	{"help", "show this help: the magics and the packages a cell can use"},
	{"reset", "forget every variable, function and type: a fresh session"},
	{"vars", "list your variables with their types and values"},
	{"time", "run the rest of the cell (or of the line) and print how long it took"},
}

// parseMagic recognises a cell whose first line starts with %name; rest is
// what follows the name, on that line and below.
func parseMagic(code string) (name, rest string, ok bool) {
	trimmed := strings.TrimLeft(code, " \t\r\n")
	if !strings.HasPrefix(trimmed, "%") {
		return "", "", false
	}
	line, below, _ := strings.Cut(trimmed[1:], "\n")
	name, args, _ := strings.Cut(strings.TrimSpace(line), " ")
	rest = strings.TrimSpace(args)
	if below != "" {
		if rest != "" {
			rest += "\n"
		}
		rest += below
	}
	return name, rest, true
}

// UnknownMagicError is a % command the session does not have.
type UnknownMagicError struct{ Magic string }

func (e *UnknownMagicError) Error() string {
	return fmt.Sprintf("unknown magic %%%s: %%help lists the ones there are", e.Magic)
}

// Name returns the Jupyter error name.
func (e *UnknownMagicError) Name() string { return "UnknownMagic" }

// Traceback returns the error alone: there is no code to point into.
func (e *UnknownMagicError) Traceback() []string { return []string{"UnknownMagic: " + e.Error()} }

func (s *Session) magic(ctx context.Context, name, rest string, f display.Frontend) (display.Bundle, error) {
	switch name {
	case "help":
		return display.Bundle{display.MIMEText: s.help(), display.MIMEMarkdown: s.helpMarkdown()}, nil
	case "reset":
		if err := s.reset(); err != nil {
			return nil, err
		}
		f.Stream("stdout", "session reset: every variable, function and type is gone\n")
		return nil, nil
	case "vars":
		return display.TextBundle(s.vars()), nil
	case "time":
		start := time.Now()
		res, err := s.run(ctx, rest)
		s.sync()
		f.Stream("stdout", fmt.Sprintf("Wall time: %v\n", time.Since(start).Round(time.Microsecond)))
		return res, err
	}
	return nil, &UnknownMagicError{Magic: name}
}

func (s *Session) help() string {
	var b strings.Builder
	b.WriteString("Magics (the first line of a cell):\n")
	for _, m := range magics {
		fmt.Fprintf(&b, "  %%%-6s %s\n", m.name, m.help)
	}
	b.WriteString("\nPreloaded (use without an import): fmt, math, display, autodiff, plotting, datasets, mat\n")
	b.WriteString("Importable: the Go standard library and\n")
	for _, p := range s.projectPackages() {
		fmt.Fprintf(&b, "  %s\n", p)
	}
	return b.String()
}

func (s *Session) helpMarkdown() string {
	var b strings.Builder
	b.WriteString("**Magics** (the first line of a cell)\n\n")
	for _, m := range magics {
		fmt.Fprintf(&b, "- `%%%s`: %s\n", m.name, m.help)
	}
	b.WriteString("\n**Preloaded** (use without an import): `fmt`, `math`, `display`, `mat`\n\n**Importable**: the Go standard library and\n\n")
	for _, p := range s.projectPackages() {
		fmt.Fprintf(&b, "- `%s`\n", p)
	}
	return b.String()
}

// vars lists the user's global variables: name, type and a short value.
func (s *Session) vars() string {
	names := s.varNames()
	if len(names) == 0 {
		return "no variables yet"
	}
	globals := s.globals()
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %-24s %s\n", "Name", "Type", "Value")
	for _, n := range names {
		v := globals[n]
		fmt.Fprintf(&b, "%-16s %-24s %s\n", n, typeName(v), short(v))
	}
	return strings.TrimRight(b.String(), "\n")
}

func (s *Session) varNames() []string {
	var names []string
	for n, v := range s.globals() {
		if strings.HasPrefix(n, "_") || !v.IsValid() || v.Kind() == reflect.Func {
			continue
		}
		if d, ok := s.decls[n]; ok && d.isFunc {
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func typeName(v reflect.Value) string {
	if !v.IsValid() {
		return "?"
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	return v.Type().String()
}

func short(v reflect.Value) string {
	if !v.IsValid() || !v.CanInterface() {
		return "?"
	}
	s := formatValue(v.Interface())
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	return s
}
