package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Run(args []string) (string, error)
}

type Initializer interface {
	Init(cfg map[string]string) error
}

var registry = map[string]func() Plugin{}

func Register(name string, factory func() Plugin) {
	if _, dup := registry[name]; dup {
		panic("duplicate plugin " + name)
	}
	registry[name] = factory
}

type echo struct{ sep string }

func (e *echo) Name() string { return "echo" }
func (e *echo) Run(args []string) (string, error) {
	return strings.Join(args, e.sep), nil
}
func (e *echo) Init(cfg map[string]string) error {
	e.sep = cfg["sep"]
	if e.sep == "" {
		return errors.New("echo: sep required")
	}
	return nil
}

type count struct{}

func (count) Name() string { return "count" }
func (count) Run(args []string) (string, error) {
	if len(args) == 0 {
		return "", ErrNoArgs
	}
	return fmt.Sprint(len(args)), nil
}

var ErrNoArgs = errors.New("no args")

type PluginError struct {
	Plugin string
	Err    error
}

func (p *PluginError) Error() string { return "plugin " + p.Plugin + ": " + p.Err.Error() }
func (p *PluginError) Unwrap() error { return p.Err }

func init() {
	Register("echo", func() Plugin { return &echo{} })
	Register("count", func() Plugin { return count{} })
}

func runAll(cfg map[string]string, args []string) []error {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		p := registry[n]()
		if in, ok := p.(Initializer); ok {
			if err := in.Init(cfg); err != nil {
				errs = append(errs, &PluginError{n, err})
				continue
			}
		}
		out, err := p.Run(args)
		if err != nil {
			errs = append(errs, &PluginError{p.Name(), err})
			continue
		}
		fmt.Printf("%s(%T): %s\n", p.Name(), p, out)
	}
	return errs
}

func main() {
	fmt.Println(runAll(map[string]string{"sep": "-"}, []string{"a", "b", "c"}))
	errs := runAll(nil, nil)
	for _, e := range errs {
		var pe *PluginError
		fmt.Println(e, errors.As(e, &pe), pe.Plugin, errors.Is(e, ErrNoArgs))
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	Register("count", func() Plugin { return count{} })
}
