package main

import (
	"fmt"
	"strings"
)

type Term interface{ String() string }

type Var struct{ Idx int }
type Lam struct {
	Hint string
	Body Term
}
type App struct{ F, X Term }

func (v Var) String() string { return fmt.Sprint(v.Idx) }
func (l Lam) String() string { return "λ" + l.Hint + "." + l.Body.String() }
func (a App) String() string {
	f := a.F.String()
	if _, ok := a.F.(Lam); ok {
		f = "(" + f + ")"
	}
	x := a.X.String()
	if _, ok := a.X.(Var); !ok {
		x = "(" + x + ")"
	}
	return f + " " + x
}

func shift(t Term, d, cutoff int) Term {
	switch t := t.(type) {
	case Var:
		if t.Idx >= cutoff {
			return Var{t.Idx + d}
		}
		return t
	case Lam:
		return Lam{t.Hint, shift(t.Body, d, cutoff+1)}
	case App:
		return App{shift(t.F, d, cutoff), shift(t.X, d, cutoff)}
	}
	panic("unreachable")
}

func subst(t Term, j int, s Term) Term {
	switch t := t.(type) {
	case Var:
		if t.Idx == j {
			return s
		}
		return t
	case Lam:
		return Lam{t.Hint, subst(t.Body, j+1, shift(s, 1, 0))}
	case App:
		return App{subst(t.F, j, s), subst(t.X, j, s)}
	}
	panic("unreachable")
}

func step(t Term) (Term, bool) {
	switch t := t.(type) {
	case App:
		if l, ok := t.F.(Lam); ok {
			return shift(subst(l.Body, 0, shift(t.X, 1, 0)), -1, 0), true
		}
		if f, ok := step(t.F); ok {
			return App{f, t.X}, true
		}
		if x, ok := step(t.X); ok {
			return App{t.F, x}, true
		}
	case Lam:
		if b, ok := step(t.Body); ok {
			return Lam{t.Hint, b}, true
		}
	}
	return t, false
}

func normalize(t Term, limit int) (Term, int) {
	n := 0
	for ; n < limit; n++ {
		next, ok := step(t)
		if !ok {
			break
		}
		t = next
	}
	return t, n
}

func church(n int) Term {
	var body Term = Var{0}
	for i := 0; i < n; i++ {
		body = App{Var{1}, body}
	}
	return Lam{"f", Lam{"x", body}}
}

func unchurch(t Term) int {
	l1, ok := t.(Lam)
	if !ok {
		return -1
	}
	l2, ok := l1.Body.(Lam)
	if !ok {
		return -1
	}
	n := 0
	for b := l2.Body; ; n++ {
		switch x := b.(type) {
		case Var:
			return n
		case App:
			b = x.X
		default:
			return -1
		}
	}
}

func main() {
	succ := Lam{"n", Lam{"f", Lam{"x", App{Var{1}, App{App{Var{2}, Var{1}}, Var{0}}}}}}
	plus := Lam{"m", Lam{"n", Lam{"f", Lam{"x", App{App{Var{3}, Var{1}}, App{App{Var{2}, Var{1}}, Var{0}}}}}}}
	mult := Lam{"m", Lam{"n", Lam{"f", App{Var{2}, App{Var{1}, Var{0}}}}}}
	fmt.Println(church(2), succ)
	for _, tc := range []struct {
		name string
		t    Term
	}{
		{"succ 2", App{succ, church(2)}},
		{"2+3", App{App{plus, church(2)}, church(3)}},
		{"3*4", App{App{mult, church(3)}, church(4)}},
		{"id id", App{Lam{"x", Var{0}}, Lam{"y", Var{0}}}},
	} {
		nf, steps := normalize(tc.t, 1000)
		fmt.Printf("%-7s steps=%-3d n=%-3d %s\n", tc.name, steps, unchurch(nf), strings.ReplaceAll(nf.String(), "λ", "\\"))
	}
	omega := Lam{"x", App{Var{0}, Var{0}}}
	_, steps := normalize(App{omega, omega}, 50)
	fmt.Println("omega steps:", steps)
}
