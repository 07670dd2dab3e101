package main

import (
	"fmt"
	"sort"
	"strings"
)

type Kind int

const (
	KVar Kind = iota + 1
	KFunc
	KParam
	KConst
)

func (k Kind) String() string {
	switch k {
	case KVar:
		return "var"
	case KFunc:
		return "func"
	case KParam:
		return "param"
	case KConst:
		return "const"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type Symbol struct {
	Name  string
	Kind  Kind
	Type  string
	Depth int
	Uses  int
}

type Scope struct {
	name    string
	parent  *Scope
	symbols map[string]*Symbol
	depth   int
}

func NewScope(name string, parent *Scope) *Scope {
	d := 0
	if parent != nil {
		d = parent.depth + 1
	}
	return &Scope{name, parent, map[string]*Symbol{}, d}
}

func (s *Scope) Declare(name string, k Kind, typ string) error {
	if prev, ok := s.symbols[name]; ok {
		return fmt.Errorf("%s: %q already declared as %v in scope %s", s.name, name, prev.Kind, s.name)
	}
	s.symbols[name] = &Symbol{name, k, typ, s.depth, 0}
	return nil
}

func (s *Scope) Resolve(name string) (*Symbol, *Scope) {
	for sc := s; sc != nil; sc = sc.parent {
		if sym, ok := sc.symbols[name]; ok {
			sym.Uses++
			return sym, sc
		}
	}
	return nil, nil
}

func (s *Scope) Dump(indent int) {
	names := make([]string, 0, len(s.symbols))
	for n := range s.symbols {
		names = append(names, n)
	}
	sort.Strings(names)
	pad := strings.Repeat("  ", indent)
	fmt.Printf("%sscope %s:\n", pad, s.name)
	for _, n := range names {
		fmt.Printf("%s  %+v\n", pad, *s.symbols[n])
	}
}

func main() {
	// A pretend program:
	//   const Max = 10
	//   func sum(xs []int) int { total := 0; for i := ...; { x := xs[i]; total += x }; return total }
	global := NewScope("universe", nil)
	var errs []error
	must := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	must(global.Declare("Max", KConst, "untyped int"))
	must(global.Declare("sum", KFunc, "func([]int) int"))
	fn := NewScope("sum", global)
	must(fn.Declare("xs", KParam, "[]int"))
	must(fn.Declare("total", KVar, "int"))
	loop := NewScope("for", fn)
	must(loop.Declare("i", KVar, "int"))
	body := NewScope("block", loop)
	must(body.Declare("x", KVar, "int"))
	must(body.Declare("total", KVar, "float64")) // shadows
	must(fn.Declare("xs", KVar, "string"))       // duplicate

	lookups := []struct {
		from *Scope
		name string
	}{
		{body, "x"}, {body, "total"}, {loop, "total"}, {body, "Max"}, {body, "xs"},
		{fn, "i"}, {body, "sum"}, {global, "x"}, {body, "x"},
	}
	for _, l := range lookups {
		sym, sc := l.from.Resolve(l.name)
		if sym == nil {
			fmt.Printf("%-6s in %-8s -> undefined\n", l.name, l.from.name)
			continue
		}
		fmt.Printf("%-6s in %-8s -> %v %s (scope %s, depth %d)\n", l.name, l.from.name, sym.Kind, sym.Type, sc.name, sym.Depth)
	}
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	for i, s := range []*Scope{global, fn, loop, body} {
		s.Dump(i)
	}
	fmt.Println(Kind(0), KConst)
}
