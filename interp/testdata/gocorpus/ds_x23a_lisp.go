package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}

type Symbol string

type List []Value

type Builtin func(args []Value) Value

type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) Find(s Symbol) *Env {
	for cur := e; cur != nil; cur = cur.outer {
		if _, ok := cur.vars[s]; ok {
			return cur
		}
	}
	panic(fmt.Sprintf("undefined: %s", s))
}

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	return strings.Fields(s)
}

func read(toks *[]string) Value {
	t := (*toks)[0]
	*toks = (*toks)[1:]
	if t == "(" {
		var l List
		for (*toks)[0] != ")" {
			l = append(l, read(toks))
		}
		*toks = (*toks)[1:]
		return l
	}
	if n, err := strconv.Atoi(t); err == nil {
		return n
	}
	return Symbol(t)
}

func eval(x Value, env *Env) Value {
	switch v := x.(type) {
	case Symbol:
		return env.Find(v).vars[v]
	case int:
		return v
	case List:
		switch v[0] {
		case Symbol("if"):
			if c := eval(v[1], env); c != 0 && c != false {
				return eval(v[2], env)
			}
			return eval(v[3], env)
		case Symbol("define"):
			env.vars[v[1].(Symbol)] = eval(v[2], env)
			return nil
		case Symbol("lambda"):
			var ps []Symbol
			for _, p := range v[1].(List) {
				ps = append(ps, p.(Symbol))
			}
			return &Lambda{ps, v[2], env}
		}
		f := eval(v[0], env)
		var args []Value
		for _, a := range v[1:] {
			args = append(args, eval(a, env))
		}
		switch f := f.(type) {
		case Builtin:
			return f(args)
		case *Lambda:
			inner := &Env{map[Symbol]Value{}, f.env}
			for i, p := range f.params {
				inner.vars[p] = args[i]
			}
			return eval(f.body, inner)
		}
		panic(fmt.Sprintf("not callable: %v", f))
	}
	panic("bad expr")
}

func arith(op func(a, b int) int) Builtin {
	return func(args []Value) Value {
		acc := args[0].(int)
		for _, a := range args[1:] {
			acc = op(acc, a.(int))
		}
		return acc
	}
}

func main() {
	global := &Env{vars: map[Symbol]Value{
		"+": arith(func(a, b int) int { return a + b }),
		"-": arith(func(a, b int) int { return a - b }),
		"*": arith(func(a, b int) int { return a * b }),
		"<": Builtin(func(a []Value) Value { return a[0].(int) < a[1].(int) }),
	}}
	progs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define make-adder (lambda (k) (lambda (x) (+ x k))))",
		"((make-adder 7) 35)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 15)",
		"(+ 1 2 3 4)",
		"(undefined-thing 1)",
	}
	for _, p := range progs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("error:", r)
				}
			}()
			toks := tokenize(p)
			fmt.Printf("%v => %v\n", p, eval(read(&toks), global))
		}()
	}
}
