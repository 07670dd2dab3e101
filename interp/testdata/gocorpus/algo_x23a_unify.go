package main

import (
	"fmt"
	"strings"
)

type Term interface{ fmt.Stringer }

type TVar string
type TCon struct {
	Name string
	Args []Term
}

func (v TVar) String() string { return "'" + string(v) }
func (c TCon) String() string {
	if len(c.Args) == 0 {
		return c.Name
	}
	if c.Name == "->" {
		return "(" + c.Args[0].String() + " -> " + c.Args[1].String() + ")"
	}
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Name + "[" + strings.Join(parts, ", ") + "]"
}

type Subst map[TVar]Term

func (s Subst) Apply(t Term) Term {
	switch t := t.(type) {
	case TVar:
		if r, ok := s[t]; ok {
			return s.Apply(r)
		}
		return t
	case TCon:
		args := make([]Term, len(t.Args))
		for i, a := range t.Args {
			args[i] = s.Apply(a)
		}
		return TCon{t.Name, args}
	}
	return t
}

func occurs(v TVar, t Term, s Subst) bool {
	switch t := s.Apply(t).(type) {
	case TVar:
		return t == v
	case TCon:
		for _, a := range t.Args {
			if occurs(v, a, s) {
				return true
			}
		}
	}
	return false
}

type UnifyError struct{ A, B Term }

func (e *UnifyError) Error() string { return fmt.Sprintf("cannot unify %v with %v", e.A, e.B) }

func Unify(a, b Term, s Subst) error {
	a, b = s.Apply(a), s.Apply(b)
	if va, ok := a.(TVar); ok {
		if vb, ok := b.(TVar); ok && va == vb {
			return nil
		}
		if occurs(va, b, s) {
			return fmt.Errorf("occurs check: %v in %v", va, b)
		}
		s[va] = b
		return nil
	}
	if _, ok := b.(TVar); ok {
		return Unify(b, a, s)
	}
	ca, cb := a.(TCon), b.(TCon)
	if ca.Name != cb.Name || len(ca.Args) != len(cb.Args) {
		return &UnifyError{a, b}
	}
	for i := range ca.Args {
		if err := Unify(ca.Args[i], cb.Args[i], s); err != nil {
			return fmt.Errorf("arg %d of %s: %w", i, ca.Name, err)
		}
	}
	return nil
}

func fn(a, b Term) Term { return TCon{"->", []Term{a, b}} }
func list(a Term) Term  { return TCon{"List", []Term{a}} }

var Int, Bool = TCon{Name: "Int"}, TCon{Name: "Bool"}

func main() {
	cases := [][2]Term{
		{fn(TVar("a"), TVar("b")), fn(Int, list(TVar("a")))},
		{list(TVar("x")), list(list(Bool))},
		{fn(TVar("a"), TVar("a")), fn(Int, Bool)},
		{TVar("a"), list(TVar("a"))},
		{TCon{"Pair", []Term{TVar("p"), Int}}, TCon{"Pair", []Term{Bool, TVar("q")}}},
		{Int, fn(Int, Int)},
	}
	for _, c := range cases {
		s := Subst{}
		err := Unify(c[0], c[1], s)
		if err != nil {
			var ue *UnifyError
			fmt.Printf("%v ~ %v: %v (unify error: %t)\n", c[0], c[1], err, asUE(err, &ue))
			continue
		}
		fmt.Printf("%v ~ %v => %v   %v\n", c[0], c[1], s.Apply(c[0]), s)
	}
}

func asUE(err error, target **UnifyError) bool {
	for err != nil {
		if u, ok := err.(*UnifyError); ok {
			*target = u
			return true
		}
		w, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = w.Unwrap()
	}
	return false
}
