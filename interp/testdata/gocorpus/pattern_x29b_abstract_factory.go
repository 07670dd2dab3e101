package main

import (
	"fmt"
	"sort"
	"strings"
)

type Button interface {
	Render(label string) string
}

type Checkbox interface {
	Render(label string, checked bool) string
}

type WidgetFactory interface {
	NewButton() Button
	NewCheckbox() Checkbox
}

type lightButton struct{}
type lightCheckbox struct{}
type darkButton struct{ glow bool }
type darkCheckbox struct{}

func (lightButton) Render(l string) string { return "[ " + l + " ]" }
func (lightCheckbox) Render(l string, c bool) string {
	if c {
		return "[x] " + l
	}
	return "[ ] " + l
}
func (b darkButton) Render(l string) string {
	s := "▐ " + strings.ToUpper(l) + " ▌"
	if b.glow {
		s = "*" + s + "*"
	}
	return s
}
func (darkCheckbox) Render(l string, c bool) string {
	return map[bool]string{true: "■ ", false: "□ "}[c] + l
}

type LightTheme struct{}

func (LightTheme) NewButton() Button     { return lightButton{} }
func (LightTheme) NewCheckbox() Checkbox { return lightCheckbox{} }

type DarkTheme struct{ Glow bool }

func (d DarkTheme) NewButton() Button   { return darkButton{glow: d.Glow} }
func (DarkTheme) NewCheckbox() Checkbox { return darkCheckbox{} }

type Settings struct {
	Options map[string]bool
}

func RenderDialog(f WidgetFactory, s Settings) string {
	var sb strings.Builder
	keys := make([]string, 0, len(s.Options))
	for k := range s.Options {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	cb := f.NewCheckbox()
	for _, k := range keys {
		sb.WriteString(cb.Render(k, s.Options[k]))
		sb.WriteByte('\n')
	}
	btn := f.NewButton()
	sb.WriteString(btn.Render("ok") + " " + btn.Render("cancel"))
	return sb.String()
}

func FactoryFor(name string) (WidgetFactory, error) {
	switch strings.ToLower(name) {
	case "light", "":
		return LightTheme{}, nil
	case "dark":
		return DarkTheme{}, nil
	case "neon":
		return DarkTheme{Glow: true}, nil
	}
	return nil, fmt.Errorf("theme %q not available", name)
}

func main() {
	s := Settings{Options: map[string]bool{"autosave": true, "spellcheck": false, "telemetry": false}}
	for _, name := range []string{"light", "Dark", "neon", "solarized"} {
		f, err := FactoryFor(name)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("== %s (%T)\n%s\n", name, f, RenderDialog(f, s))
	}
	var f WidgetFactory = DarkTheme{Glow: true}
	fmt.Printf("%#v %#v\n", f, f.NewButton())
	_, isLight := f.(LightTheme)
	fmt.Println(isLight)
}
