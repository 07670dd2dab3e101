package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Expr interface{ isExpr() }

type (
	Num struct{ V int }
	Neg struct{ X Expr }
	Bin struct {
		Op   rune
		L, R Expr
	}
	Cond struct{ If, Then, Else Expr }
)

func (Num) isExpr()  {}
func (Neg) isExpr()  {}
func (Bin) isExpr()  {}
func (Cond) isExpr() {}

type Algebra[R any] struct {
	Num  func(int) R
	Neg  func(R) R
	Bin  func(rune, R, R) R
	Cond func(R, R, R) R
}

func Fold[R any](e Expr, alg Algebra[R]) R {
	switch e := e.(type) {
	case Num:
		return alg.Num(e.V)
	case Neg:
		return alg.Neg(Fold(e.X, alg))
	case Bin:
		return alg.Bin(e.Op, Fold(e.L, alg), Fold(e.R, alg))
	case Cond:
		return alg.Cond(Fold(e.If, alg), Fold(e.Then, alg), Fold(e.Else, alg))
	}
	panic(fmt.Sprintf("unknown %T", e))
}

var evalAlg = Algebra[int]{
	Num: func(v int) int { return v },
	Neg: func(x int) int { return -x },
	Bin: func(op rune, l, r int) int {
		switch op {
		case '+':
			return l + r
		case '*':
			return l * r
		case '<':
			if l < r {
				return 1
			}
			return 0
		}
		panic("op " + string(op))
	},
	Cond: func(c, t, e int) int {
		if c != 0 {
			return t
		}
		return e
	},
}

var showAlg = Algebra[string]{
	Num:  strconv.Itoa,
	Neg:  func(x string) string { return "-" + x },
	Bin:  func(op rune, l, r string) string { return "(" + l + " " + string(op) + " " + r + ")" },
	Cond: func(c, t, e string) string { return "if " + c + " then " + t + " else " + e },
}

type stats struct{ nodes, depth int }

var statsAlg = Algebra[stats]{
	Num: func(int) stats { return stats{1, 1} },
	Neg: func(x stats) stats { return stats{x.nodes + 1, x.depth + 1} },
	Bin: func(_ rune, l, r stats) stats { return stats{l.nodes + r.nodes + 1, max(l.depth, r.depth) + 1} },
	Cond: func(c, t, e stats) stats {
		return stats{c.nodes + t.nodes + e.nodes + 1, max(c.depth, t.depth, e.depth) + 1}
	},
}

func main() {
	exprs := []Expr{
		Bin{'+', Num{1}, Bin{'*', Num{2}, Num{3}}},
		Cond{Bin{'<', Num{3}, Neg{Num{4}}}, Num{10}, Neg{Bin{'+', Num{5}, Num{5}}}},
		Neg{Neg{Num{7}}},
	}
	for _, e := range exprs {
		fmt.Printf("%-40s = %4d  %+v\n", Fold(e, showAlg), Fold(e, evalAlg), Fold(e, statsAlg))
	}
	consts := Algebra[[]int]{
		Num:  func(v int) []int { return []int{v} },
		Neg:  func(x []int) []int { return x },
		Bin:  func(_ rune, l, r []int) []int { return append(l, r...) },
		Cond: func(c, t, e []int) []int { return append(append(c, t...), e...) },
	}
	var all []string
	for _, e := range exprs {
		all = append(all, fmt.Sprint(Fold(e, consts)))
	}
	fmt.Println(strings.Join(all, " | "))
	defer func() { fmt.Println("panic:", recover()) }()
	Fold(Bin{'-', Num{1}, Num{2}}, evalAlg)
}
