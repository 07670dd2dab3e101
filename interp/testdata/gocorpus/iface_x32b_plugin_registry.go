package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Run(input string) (string, error)
}

type Factory func(cfg map[string]string) Plugin

var registry = map[string]Factory{}

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("duplicate plugin " + name)
	}
	registry[name] = f
}

type upper struct{}

func (upper) Name() string                 { return "upper" }
func (upper) Run(s string) (string, error) { return strings.ToUpper(s), nil }

type repeat struct{ n int }

func (r *repeat) Name() string { return fmt.Sprintf("repeat(%d)", r.n) }
func (r *repeat) Run(s string) (string, error) {
	if r.n > 3 {
		return "", fmt.Errorf("repeat: n=%d too large", r.n)
	}
	return strings.Repeat(s, r.n), nil
}

type Version struct{ Major, Minor int }

func (v *Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type replace struct {
	old, new string
	calls    *int
}

func (r replace) Name() string { return "replace" }
func (r replace) Run(s string) (string, error) {
	*r.calls++
	return strings.ReplaceAll(s, r.old, r.new), nil
}

func init() {
	Register("upper", func(map[string]string) Plugin { return upper{} })
	Register("repeat", func(cfg map[string]string) Plugin {
		n := 2
		fmt.Sscan(cfg["n"], &n)
		return &repeat{n}
	})
	calls := 0
	Register("replace", func(cfg map[string]string) Plugin {
		return replace{cfg["old"], cfg["new"], &calls}
	})
}

func pipeline(specs []string, input string) (string, error) {
	out := input
	for _, spec := range specs {
		name, rest, _ := strings.Cut(spec, ":")
		cfg := map[string]string{}
		for _, kv := range strings.Split(rest, ",") {
			if k, v, ok := strings.Cut(kv, "="); ok {
				cfg[k] = v
			}
		}
		f, ok := registry[name]
		if !ok {
			return out, fmt.Errorf("no plugin %q", name)
		}
		p := f(cfg)
		var err error
		if out, err = p.Run(out); err != nil {
			return out, fmt.Errorf("%s: %w", p.Name(), err)
		}
		fmt.Printf("  after %-10s %q\n", p.Name(), out)
	}
	return out, nil
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("plugins:", names)

	for _, specs := range [][]string{
		{"replace:old=o,new=0", "upper", "repeat:n=2"},
		{"repeat:n=5"},
		{"upper", "shout"},
	} {
		res, err := pipeline(specs, "go go")
		fmt.Printf("result=%q err=%v\n", res, err)
	}

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Register("upper", nil)
	}()

	v := Version{1, 22}
	fmt.Println(v, &v)
	fmt.Printf("%v %s %+v\n", v, &v, []*Version{&v})
	var p Plugin = &repeat{1}
	_, isUpper := p.(upper)
	r, isRepeat := p.(*repeat)
	fmt.Println(isUpper, isRepeat, r.n)
	var st fmt.Stringer = &v
	fmt.Println(st.String(), fmt.Sprint(st))
}
