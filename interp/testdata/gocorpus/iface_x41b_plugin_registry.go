package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Version() string
	Execute(input string) (string, error)
}

type Initializer interface {
	Init(cfg map[string]string) error
}

type Factory func() Plugin

var registry = map[string]Factory{}

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("plugin already registered: " + name)
	}
	registry[name] = f
}

type pluginMeta struct {
	name, version string
}

func (m pluginMeta) Name() string    { return m.name }
func (m pluginMeta) Version() string { return m.version }

type Reverser struct{ pluginMeta }

func (Reverser) Execute(in string) (string, error) {
	r := []rune(in)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r), nil
}

type Repeater struct {
	pluginMeta
	times int
	sep   string
}

func (r *Repeater) Init(cfg map[string]string) error {
	n := 0
	if _, err := fmt.Sscanf(cfg["times"], "%d", &n); err != nil {
		return fmt.Errorf("repeater: bad times %q: %v", cfg["times"], err)
	}
	r.times, r.sep = n, cfg["sep"]
	return nil
}

func (r *Repeater) Execute(in string) (string, error) {
	if r.times <= 0 {
		return "", fmt.Errorf("repeater not initialised")
	}
	return strings.Repeat(in+r.sep, r.times-1) + in, nil
}

type Censor struct {
	pluginMeta
	words []string
}

func (c *Censor) Execute(in string) (string, error) {
	for _, w := range c.words {
		in = strings.ReplaceAll(in, w, strings.Repeat("*", len(w)))
	}
	return in, nil
}

func init() {
	Register("reverse", func() Plugin { return Reverser{pluginMeta{"reverse", "1.0.0"}} })
	Register("repeat", func() Plugin { return &Repeater{pluginMeta: pluginMeta{"repeat", "0.3.1"}} })
}

func init() {
	Register("censor", func() Plugin {
		return &Censor{pluginMeta{"censor", "2.1"}, []string{"darn", "heck"}}
	})
}

type byName []Plugin

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name() < b[j].Name() }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var plugins []Plugin
	for _, f := range registry {
		plugins = append(plugins, f())
	}
	sort.Sort(byName(plugins))
	configs := map[string]map[string]string{"repeat": {"times": "3", "sep": "-"}}
	for _, p := range plugins {
		if in, ok := p.(Initializer); ok {
			err := in.Init(configs[p.Name()])
			fmt.Printf("init %s: %v\n", p.Name(), err)
		}
	}
	input := "oh heck, darn it"
	for _, p := range plugins {
		out, err := p.Execute(input)
		fmt.Printf("%-8s v%-6s %T => %q %v\n", p.Name(), p.Version(), p, out, err)
	}
	bad := registry["repeat"]().(*Repeater)
	fmt.Println(bad.Init(map[string]string{"times": "many"}))
	_, err := bad.Execute("x")
	fmt.Println(err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Register("reverse", nil)
	}()
}
