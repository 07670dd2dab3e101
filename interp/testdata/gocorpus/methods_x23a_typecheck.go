package main

import (
	"fmt"
	"strings"
)

type Type interface{ String() string }

type Basic string
type Func struct {
	Params []Type
	Ret    Type
}

func (b Basic) String() string { return string(b) }
func (f Func) String() string {
	ps := make([]string, len(f.Params))
	for i, p := range f.Params {
		ps[i] = p.String()
	}
	return "func(" + strings.Join(ps, ", ") + ") " + f.Ret.String()
}

const (
	Int  Basic = "int"
	Bool Basic = "bool"
	Str  Basic = "string"
)

type Node interface {
	Check(scope map[string]Type) (Type, error)
}

type Lit struct{ T Type }
type Ident string
type Call struct {
	Fn   Node
	Args []Node
}
type If struct{ Cond, Then, Else Node }

func (l Lit) Check(map[string]Type) (Type, error) { return l.T, nil }
func (id Ident) Check(s map[string]Type) (Type, error) {
	if t, ok := s[string(id)]; ok {
		return t, nil
	}
	return nil, fmt.Errorf("undefined: %s", string(id))
}
func (c Call) Check(s map[string]Type) (Type, error) {
	ft, err := c.Fn.Check(s)
	if err != nil {
		return nil, err
	}
	f, ok := ft.(Func)
	if !ok {
		return nil, fmt.Errorf("cannot call non-function %v", ft)
	}
	if len(f.Params) != len(c.Args) {
		return nil, fmt.Errorf("want %d args, got %d", len(f.Params), len(c.Args))
	}
	for i, a := range c.Args {
		at, err := a.Check(s)
		if err != nil {
			return nil, fmt.Errorf("arg %d: %w", i, err)
		}
		if at != f.Params[i] {
			return nil, fmt.Errorf("arg %d: cannot use %v as %v", i, at, f.Params[i])
		}
	}
	return f.Ret, nil
}
func (n If) Check(s map[string]Type) (Type, error) {
	ct, err := n.Cond.Check(s)
	if err != nil {
		return nil, err
	}
	if ct != Bool {
		return nil, fmt.Errorf("condition is %v", ct)
	}
	t1, err1 := n.Then.Check(s)
	t2, err2 := n.Else.Check(s)
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("branch: %v / %v", err1, err2)
	}
	if t1.String() != t2.String() {
		return nil, fmt.Errorf("branches differ: %v vs %v", t1, t2)
	}
	return t1, nil
}

func main() {
	scope := map[string]Type{
		"len":  Func{[]Type{Str}, Int},
		"even": Func{[]Type{Int}, Bool},
		"s":    Str,
		"n":    Int,
	}
	progs := []Node{
		Call{Ident("len"), []Node{Ident("s")}},
		Call{Ident("even"), []Node{Call{Ident("len"), []Node{Ident("s")}}}},
		If{Call{Ident("even"), []Node{Ident("n")}}, Ident("s"), Lit{Str}},
		If{Ident("n"), Lit{Int}, Lit{Int}},
		Call{Ident("len"), []Node{Ident("n")}},
		Call{Ident("n"), nil},
		Call{Ident("even"), []Node{Ident("m")}},
		If{Lit{Bool}, Lit{Int}, Lit{Str}},
		Ident("even"),
	}
	for i, p := range progs {
		t, err := p.Check(scope)
		if err != nil {
			fmt.Printf("%d: error: %v\n", i, err)
			continue
		}
		fmt.Printf("%d: %v (%T)\n", i, t, t)
	}
}
