package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type opInfo struct {
	prec       int
	rightAssoc bool
	apply      func(a, b float64) float64
}

var ops = map[string]opInfo{
	"+": {1, false, func(a, b float64) float64 { return a + b }},
	"-": {1, false, func(a, b float64) float64 { return a - b }},
	"*": {2, false, func(a, b float64) float64 { return a * b }},
	"/": {2, false, func(a, b float64) float64 { return a / b }},
	"%": {2, false, math.Mod},
	"^": {3, true, math.Pow},
}

var ErrMismatched = errors.New("mismatched parentheses")

func lex(s string) []string {
	var toks []string
	i := 0
	for i < len(s) {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

func toRPN(toks []string) ([]string, error) {
	var out, stack []string
	for _, t := range toks {
		switch {
		case t == "(":
			stack = append(stack, t)
		case t == ")":
			for {
				if len(stack) == 0 {
					return nil, ErrMismatched
				}
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if top == "(" {
					break
				}
				out = append(out, top)
			}
		case ops[t].prec > 0:
			o1 := ops[t]
			for len(stack) > 0 {
				top := stack[len(stack)-1]
				o2, isOp := ops[top]
				if !isOp || o2.prec < o1.prec || (o2.prec == o1.prec && o1.rightAssoc) {
					break
				}
				out = append(out, top)
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, t)
		default:
			if _, err := strconv.ParseFloat(t, 64); err != nil {
				return nil, fmt.Errorf("bad token %q: %w", t, err)
			}
			out = append(out, t)
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == "(" {
			return nil, ErrMismatched
		}
		out = append(out, stack[i])
	}
	return out, nil
}

func evalRPN(rpn []string) (float64, error) {
	var st []float64
	for _, t := range rpn {
		if op, ok := ops[t]; ok {
			if len(st) < 2 {
				return 0, fmt.Errorf("operator %s needs two operands", t)
			}
			a, b := st[len(st)-2], st[len(st)-1]
			st = append(st[:len(st)-2], op.apply(a, b))
			continue
		}
		v, _ := strconv.ParseFloat(t, 64)
		st = append(st, v)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("malformed expression, stack=%v", st)
	}
	return st[0], nil
}

func main() {
	exprs := []string{
		"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3",
		"(1+2)*(3+4)",
		"2^10 % 1000",
		"10 / 4",
		"1 / 0",
		"((2)",
		"2 3 +",
		"4 + x",
		"1.5.2 * 2",
	}
	for _, e := range exprs {
		rpn, err := toRPN(lex(e))
		if err != nil {
			fmt.Printf("%-32s error: %v (mismatched=%t)\n", e, err, errors.Is(err, ErrMismatched))
			continue
		}
		v, err := evalRPN(rpn)
		fmt.Printf("%-32s rpn=%s\n", e, strings.Join(rpn, " "))
		if err != nil {
			fmt.Println("   error:", err)
		} else {
			fmt.Printf("   = %.6g\n", v)
		}
	}
}
