package main

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
)

type Expr interface {
	Eval() (*big.Rat, bool)
	String() string
}

type Num int64

func (n Num) Eval() (*big.Rat, bool) { return big.NewRat(int64(n), 1), true }
func (n Num) String() string         { return fmt.Sprint(int64(n)) }

type BinOp struct {
	Op   byte
	L, R Expr
}

func (b BinOp) Eval() (*big.Rat, bool) {
	l, ok1 := b.L.Eval()
	r, ok2 := b.R.Eval()
	if !ok1 || !ok2 {
		return nil, false
	}
	res := new(big.Rat)
	switch b.Op {
	case '+':
		res.Add(l, r)
	case '-':
		res.Sub(l, r)
	case '*':
		res.Mul(l, r)
	case '/':
		if r.Sign() == 0 {
			return nil, false
		}
		res.Quo(l, r)
	}
	return res, true
}

func (b BinOp) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

var target = big.NewRat(24, 1)

func solve(exprs []Expr, found map[string]bool) {
	if len(exprs) == 1 {
		if v, ok := exprs[0].Eval(); ok && v.Cmp(target) == 0 {
			found[exprs[0].String()] = true
		}
		return
	}
	for i := range exprs {
		for j := range exprs {
			if i == j {
				continue
			}
			rest := make([]Expr, 0, len(exprs)-1)
			for k, e := range exprs {
				if k != i && k != j {
					rest = append(rest, e)
				}
			}
			for _, op := range []byte("+-*/") {
				if (op == '+' || op == '*') && i > j {
					continue
				}
				solve(append(rest, BinOp{op, exprs[i], exprs[j]}), found)
			}
		}
	}
}

func main() {
	hands := [][]int64{{4, 7, 8, 8}, {1, 1, 1, 1}, {3, 3, 8, 8}, {1, 5, 5, 5}, {6, 6, 6, 6}}
	for _, h := range hands {
		exprs := make([]Expr, len(h))
		for i, n := range h {
			exprs[i] = Num(n)
		}
		found := map[string]bool{}
		solve(exprs, found)
		sols := make([]string, 0, len(found))
		for s := range found {
			sols = append(sols, s)
		}
		sort.Strings(sols)
		if len(sols) == 0 {
			fmt.Printf("%v: no solution\n", h)
			continue
		}
		fmt.Printf("%v: %d solutions, e.g. %s\n", h, len(sols), sols[0])
		if len(sols) <= 3 {
			fmt.Println("   ", strings.Join(sols, " | "))
		}
	}
	e := BinOp{'/', Num(8), BinOp{'-', Num(3), BinOp{'/', Num(8), Num(3)}}}
	v, _ := e.Eval()
	fmt.Println(e, "=", v.RatString())
	fmt.Printf("%v %+v\n", Num(5), BinOp{'+', Num(1), Num(2)})
}
