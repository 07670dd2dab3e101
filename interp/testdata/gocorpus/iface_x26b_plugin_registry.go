package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

type Transformer interface {
	Name() string
	Apply(string) string
}

type Configurable interface {
	Configure(map[string]string) error
}

var registry = map[string]func() Transformer{}

func Register(name string, f func() Transformer) {
	if _, dup := registry[name]; dup {
		panic("duplicate plugin " + name)
	}
	registry[name] = f
}

type upper struct{}

func (upper) Name() string          { return "upper" }
func (upper) Apply(s string) string { return strings.ToUpper(s) }

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Apply(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

type replace struct{ old, new string }

func (r *replace) Name() string          { return fmt.Sprintf("replace(%s->%s)", r.old, r.new) }
func (r *replace) Apply(s string) string { return strings.ReplaceAll(s, r.old, r.new) }
func (r *replace) Configure(c map[string]string) error {
	var ok bool
	if r.old, ok = c["old"]; !ok || r.old == "" {
		return fmt.Errorf("replace: missing 'old'")
	}
	r.new = c["new"]
	return nil
}

type squeeze struct{}

func (squeeze) Name() string { return "squeeze" }
func (squeeze) Apply(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

func init() {
	Register("upper", func() Transformer { return upper{} })
	Register("reverse", func() Transformer { return reverse{} })
	Register("replace", func() Transformer { return &replace{} })
}

func init() {
	Register("squeeze", func() Transformer { return squeeze{} })
}

func Build(spec string) ([]Transformer, error) {
	var out []Transformer
	for part := range strings.SplitSeq(spec, "|") {
		name, args, _ := strings.Cut(strings.TrimSpace(part), ":")
		mk, ok := registry[name]
		if !ok {
			return nil, fmt.Errorf("unknown plugin %q (have %v)", name, slices.Sorted(func(y func(string) bool) {
				for k := range registry {
					if !y(k) {
						return
					}
				}
			}))
		}
		t := mk()
		if c, ok := t.(Configurable); ok {
			cfg := map[string]string{}
			for kv := range strings.SplitSeq(args, ",") {
				if k, v, found := strings.Cut(kv, "="); found {
					cfg[k] = v
				}
			}
			if err := c.Configure(cfg); err != nil {
				return nil, err
			}
		}
		out = append(out, t)
	}
	return out, nil
}

func main() {
	for _, spec := range []string{
		"squeeze | upper",
		"replace:old=o,new=0 | reverse | squeeze",
		"upper|replace:new=x",
		"upper | rot13",
	} {
		ts, err := Build(spec)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		s := "  hello   gopher  world "
		var names []string
		for _, t := range ts {
			s = t.Apply(s)
			names = append(names, t.Name())
		}
		fmt.Printf("%s => %q\n", strings.Join(names, " > "), s)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	Register("upper", nil)
}
