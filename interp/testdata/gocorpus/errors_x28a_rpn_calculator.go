package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var (
	ErrStackUnderflow = errors.New("stack underflow")
	ErrDivByZero      = errors.New("division by zero")
)

type TokenError struct {
	Token string
	Err   error
}

func (e *TokenError) Error() string { return "token " + strconv.Quote(e.Token) + ": " + e.Err.Error() }
func (e *TokenError) Unwrap() error { return e.Err }

type stack []float64

func (s *stack) push(v float64) { *s = append(*s, v) }
func (s *stack) pop() float64 {
	if len(*s) == 0 {
		panic(ErrStackUnderflow)
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v
}

var ops = map[string]func(a, b float64) float64{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
	"*": func(a, b float64) float64 { return a * b },
	"/": func(a, b float64) float64 {
		if b == 0 {
			panic(ErrDivByZero)
		}
		return a / b
	},
	"^": math.Pow,
}

func evalRPN(expr string) (result float64, err error) {
	var st stack
	var tok string
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = &TokenError{tok, e}
		}
	}()
	for _, tok = range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			b, a := st.pop(), st.pop()
			st.push(op(a, b))
			continue
		}
		v, perr := strconv.ParseFloat(tok, 64)
		if perr != nil {
			return 0, &TokenError{tok, perr}
		}
		st.push(v)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expression %q left %d values", expr, len(st))
	}
	return st.pop(), nil
}

func main() {
	exprs := []string{
		"3 4 2 * 1 5 - 2 3 ^ ^ / +",
		"5 1 2 + 4 * + 3 -",
		"1 0 /",
		"1 +",
		"2 x *",
		"1 2 3",
		"2 0.5 ^",
		"1e3 7 /",
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-28s error: %v\n", e, err)
			var te *TokenError
			if errors.As(err, &te) {
				fmt.Printf("%28s   token=%q divzero=%t underflow=%t\n", "", te.Token,
					errors.Is(err, ErrDivByZero), errors.Is(err, ErrStackUnderflow))
			}
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("%28s   %s(%q): %v\n", "", ne.Func, ne.Num, ne.Err)
			}
			continue
		}
		fmt.Printf("%-28s = %g\n", e, v)
	}
	fmt.Println(strconv.FormatFloat(3.0001220703125, 'f', -1, 64))
}
