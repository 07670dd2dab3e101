package main

import (
	"fmt"
	"sort"
	"strings"
)

type Scope interface {
	Lookup(name string) (Entity, bool)
	Define(e Entity) error
	fmt.Stringer
}

type Entity interface {
	Name() string
	Kind() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type VarEnt struct {
	base
	Type string
}
type FuncEnt struct {
	base
	Arity int
}

func (VarEnt) Kind() string  { return "var" }
func (FuncEnt) Kind() string { return "func" }
func (f FuncEnt) String() string {
	return fmt.Sprintf("func %s/%d", f.name, f.Arity)
}

type MapScope struct {
	label   string
	entries map[string]Entity
}

func (s *MapScope) Lookup(n string) (Entity, bool) { e, ok := s.entries[n]; return e, ok }
func (s *MapScope) Define(e Entity) error {
	if old, ok := s.entries[e.Name()]; ok {
		return fmt.Errorf("%s: %s redeclared (was %s)", s.label, e.Name(), old.Kind())
	}
	s.entries[e.Name()] = e
	return nil
}
func (s *MapScope) String() string {
	names := make([]string, 0, len(s.entries))
	for n := range s.entries {
		names = append(names, n)
	}
	sort.Strings(names)
	return s.label + "{" + strings.Join(names, ",") + "}"
}

type Nested struct {
	*MapScope
	parent Scope
}

func (n *Nested) Lookup(name string) (Entity, bool) {
	if e, ok := n.MapScope.Lookup(name); ok {
		return e, true
	}
	if n.parent == nil {
		return nil, false
	}
	return n.parent.Lookup(name)
}

func (n *Nested) String() string {
	if n.parent == nil {
		return n.MapScope.String()
	}
	return n.MapScope.String() + " < " + n.parent.String()
}

func newScope(label string, parent Scope) *Nested {
	return &Nested{&MapScope{label, map[string]Entity{}}, parent}
}

func main() {
	universe := newScope("universe", nil)
	universe.Define(FuncEnt{base{"len"}, 1})
	universe.Define(VarEnt{base{"nil"}, "untyped"})
	pkg := newScope("pkg", universe)
	fmt.Println(pkg.Define(FuncEnt{base{"main"}, 0}))
	fn := newScope("main", pkg)
	fn.Define(VarEnt{base{"x"}, "int"})
	fn.Define(VarEnt{base{"len"}, "int"})
	fmt.Println(fn.Define(FuncEnt{base{"x"}, 2}))
	var s Scope = fn
	for _, q := range []string{"x", "len", "main", "nil", "y"} {
		e, ok := s.Lookup(q)
		if !ok {
			fmt.Println(q, "undefined")
			continue
		}
		fmt.Printf("%s: %s %v\n", q, e.Kind(), e)
	}
	fmt.Println(s)
	_, isStringer := any(VarEnt{}).(fmt.Stringer)
	fmt.Println(isStringer, fn.label, len(fn.entries))
}
