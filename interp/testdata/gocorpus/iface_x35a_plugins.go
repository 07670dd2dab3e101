package main

import (
	"fmt"
	"sort"
	"strings"
)

type Formatter interface {
	Name() string
	Format(s string) string
}

type Upper struct{}
type Prefix struct{ P string }
type Truncate struct{ N int }
type Chain []Formatter

func (Upper) Name() string              { return "upper" }
func (Upper) Format(s string) string    { return strings.ToUpper(s) }
func (p Prefix) Name() string           { return "prefix(" + p.P + ")" }
func (p Prefix) Format(s string) string { return p.P + s }
func (t *Truncate) Name() string        { return fmt.Sprintf("truncate(%d)", t.N) }
func (t *Truncate) Format(s string) string {
	if len(s) <= t.N {
		return s
	}
	return s[:t.N] + "..."
}

func (c Chain) Name() string {
	names := make([]string, len(c))
	for i, f := range c {
		names[i] = f.Name()
	}
	return strings.Join(names, " | ")
}

func (c Chain) Format(s string) string {
	for _, f := range c {
		s = f.Format(s)
	}
	return s
}

var registry = map[string]func(arg string) Formatter{}

func register(name string, ctor func(string) Formatter) {
	if _, dup := registry[name]; dup {
		panic("duplicate formatter " + name)
	}
	registry[name] = ctor
}

func init() {
	register("upper", func(string) Formatter { return Upper{} })
	register("prefix", func(a string) Formatter { return Prefix{a} })
	register("trunc", func(a string) Formatter {
		n := 0
		fmt.Sscanf(a, "%d", &n)
		return &Truncate{n}
	})
}

func build(spec string) (f Formatter, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("build %q: %v", spec, r)
		}
	}()
	var chain Chain
	for _, part := range strings.Split(spec, ",") {
		name, arg, _ := strings.Cut(part, "=")
		ctor, ok := registry[name]
		if !ok {
			return nil, fmt.Errorf("unknown formatter %q", name)
		}
		chain = append(chain, ctor(arg))
	}
	return chain, nil
}

func main() {
	names := make([]string, 0)
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("available:", names)

	for _, spec := range []string{"upper", "prefix=>> ,upper", "trunc=5,prefix=* ", "shout", "trunc=3,upper,trunc=2"} {
		f, err := build(spec)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-40s %q\n", f.Name(), f.Format("hello gophers"))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		register("upper", nil)
	}()
	var f Formatter = &Truncate{4}
	_, isPtr := f.(*Truncate)
	_, isVal := f.(Upper)
	fmt.Println(isPtr, isVal)
}
