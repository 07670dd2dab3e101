package main

import (
	"fmt"
	"strings"
)

type K func(int) string

type Expr interface {
	eval(env map[string]int, k K, fail func(string) string) string
}

type Lit int
type Var string
type Add [2]Expr
type Div [2]Expr
type Let struct {
	Name string
	Val  Expr
	Body Expr
}
type Try struct {
	Body     Expr
	Fallback Expr
}

func (l Lit) eval(_ map[string]int, k K, _ func(string) string) string { return k(int(l)) }

func (v Var) eval(env map[string]int, k K, fail func(string) string) string {
	if x, ok := env[string(v)]; ok {
		return k(x)
	}
	return fail("unbound " + string(v))
}

func (a Add) eval(env map[string]int, k K, fail func(string) string) string {
	return a[0].eval(env, func(x int) string {
		return a[1].eval(env, func(y int) string { return k(x + y) }, fail)
	}, fail)
}

func (d Div) eval(env map[string]int, k K, fail func(string) string) string {
	return d[0].eval(env, func(x int) string {
		return d[1].eval(env, func(y int) string {
			if y == 0 {
				return fail(fmt.Sprintf("divide %d by zero", x))
			}
			return k(x / y)
		}, fail)
	}, fail)
}

func (l Let) eval(env map[string]int, k K, fail func(string) string) string {
	return l.Val.eval(env, func(v int) string {
		inner := make(map[string]int, len(env)+1)
		for n, x := range env {
			inner[n] = x
		}
		inner[l.Name] = v
		return l.Body.eval(inner, k, fail)
	}, fail)
}

func (t Try) eval(env map[string]int, k K, fail func(string) string) string {
	return t.Body.eval(env, k, func(msg string) string {
		return "[caught: " + msg + "] " + t.Fallback.eval(env, k, fail)
	})
}

func run(e Expr) string {
	return e.eval(map[string]int{}, func(v int) string { return fmt.Sprintf("= %d", v) },
		func(msg string) string { return "error: " + msg })
}

func main() {
	progs := []Expr{
		Add{Lit(1), Lit(2)},
		Let{"x", Lit(10), Add{Var("x"), Div{Var("x"), Lit(3)}}},
		Div{Lit(1), Add{Lit(1), Lit(-1)}},
		Add{Var("y"), Lit(1)},
		Try{Div{Lit(5), Lit(0)}, Lit(-1)},
		Let{"a", Lit(2), Try{Add{Var("a"), Var("b")}, Try{Var("c"), Add{Var("a"), Var("a")}}}},
		Try{Lit(1), Var("zz")},
	}
	for i, p := range progs {
		fmt.Printf("%d %-45s %s\n", i, strings.ReplaceAll(fmt.Sprintf("%v", p), "main.", ""), run(p))
	}
	count := 0
	var deep Expr = Lit(0)
	for i := 1; i <= 200; i++ {
		deep = Add{deep, Lit(i)}
	}
	fmt.Println(deep.eval(nil, func(v int) string { count++; return fmt.Sprint(v) }, nil), count)
}
