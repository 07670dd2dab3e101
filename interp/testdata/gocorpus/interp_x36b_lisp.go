package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Value any
type Symbol string
type List []Value
type Builtin func(args []Value) Value

type Lambda struct {
	params List
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

type lispError string

func (e lispError) Error() string { return string(e) }

func fail(format string, args ...any) { panic(lispError(fmt.Sprintf(format, args...))) }

func (e *Env) Find(s Symbol) Value {
	for cur := e; cur != nil; cur = cur.outer {
		if v, ok := cur.vars[s]; ok {
			return v
		}
	}
	fail("unbound symbol: %s", s)
	return nil
}

func read(toks *[]string) Value {
	if len(*toks) == 0 {
		fail("unexpected EOF")
	}
	t := (*toks)[0]
	*toks = (*toks)[1:]
	switch t {
	case "(":
		var l List
		for len(*toks) > 0 && (*toks)[0] != ")" {
			l = append(l, read(toks))
		}
		if len(*toks) == 0 {
			fail("missing )")
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
		return env.Find(v)
	case List:
		switch v[0] {
		case Symbol("if"):
			if c := eval(v[1], env); c != false && c != 0 {
				return eval(v[2], env)
			}
			return eval(v[3], env)
		case Symbol("define"):
			val := eval(v[2], env)
			env.vars[v[1].(Symbol)] = val
			return val
		case Symbol("lambda"):
			return &Lambda{v[1].(List), v[2], env}
		}
		f := eval(v[0], env)
		var args []Value
		for _, a := range v[1:] {
			args = append(args, eval(a, env))
		}
		switch fn := f.(type) {
		case Builtin:
			return fn(args)
		case *Lambda:
			inner := &Env{map[Symbol]Value{}, fn.env}
			for i, p := range fn.params {
				inner.vars[p.(Symbol)] = args[i]
			}
			return eval(fn.body, inner)
		}
		fail("not a function: %v", f)
	}
	return x
}

func run(src string, env *Env) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if le, ok := r.(lispError); ok {
				err = le
			} else {
				panic(r)
			}
		}
	}()
	toks := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(src))
	return eval(read(&toks), env), nil
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
		"(define make-adder (lambda (x) (lambda (y) (+ x y))))",
		"((make-adder 5) 37)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 15)", "(undefined 1 2)", "(+ 1 (* 2 3)", "(1 2 3)",
	}
	for _, p := range progs {
		v, err := run(p, global)
		if l, ok := v.(*Lambda); ok {
			v = fmt.Sprintf("<lambda %v>", l.params)
		}
		fmt.Printf("%s => %v %v\n", p, v, err)
	}
}
