package main

import (
	"cmp"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Parser[T Number] func(string) (T, error)

type Calc[T Number] struct {
	parse Parser[T]
	stack []T
	ops   map[string]func(a, b T) (T, error)
}

var ErrDivZero = errors.New("division by zero")

func NewCalc[T Number](parse Parser[T]) *Calc[T] {
	c := &Calc[T]{parse: parse}
	c.ops = map[string]func(a, b T) (T, error){
		"+":   func(a, b T) (T, error) { return a + b, nil },
		"-":   func(a, b T) (T, error) { return a - b, nil },
		"*":   func(a, b T) (T, error) { return a * b, nil },
		"max": func(a, b T) (T, error) { return max(a, b), nil },
		"/": func(a, b T) (T, error) {
			if b == 0 {
				return 0, ErrDivZero
			}
			return a / b, nil
		},
	}
	return c
}

func (c *Calc[T]) Eval(src string) (T, error) {
	c.stack = c.stack[:0]
	for _, tok := range strings.Fields(src) {
		if op, ok := c.ops[tok]; ok {
			if len(c.stack) < 2 {
				return 0, fmt.Errorf("%q: not enough operands", tok)
			}
			a, b := c.stack[len(c.stack)-2], c.stack[len(c.stack)-1]
			r, err := op(a, b)
			if err != nil {
				return 0, fmt.Errorf("%v %s %v: %w", a, tok, b, err)
			}
			c.stack = append(c.stack[:len(c.stack)-2], r)
			continue
		}
		v, err := c.parse(tok)
		if err != nil {
			return 0, err
		}
		c.stack = append(c.stack, v)
	}
	if len(c.stack) != 1 {
		return 0, fmt.Errorf("stack has %d values", len(c.stack))
	}
	return c.stack[0], nil
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func parseCents(s string) (Cents, error) {
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, err
	}
	f, _ := strconv.ParseInt((frac + "00")[:2], 10, 64)
	return Cents(w*100 + f), nil
}

func MinMax[T cmp.Ordered](xs []T) (T, T) {
	return slices.Min(xs), slices.Max(xs)
}

func run[T Number](name string, c *Calc[T], exprs ...string) []T {
	var results []T
	for _, e := range exprs {
		v, err := c.Eval(e)
		if err != nil {
			fmt.Printf("%-6s %-16s error: %v (div0=%t)\n", name, e, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-6s %-16s = %v\n", name, e, v)
		results = append(results, v)
	}
	return results
}

func main() {
	ints := run("int", NewCalc[int](strconv.Atoi), "7 2 /", "3 4 + 5 *", "1 0 /", "2 x +", "9 4 max 3 -")
	floats := run("float", NewCalc(func(s string) (float64, error) { return strconv.ParseFloat(s, 64) }),
		"7 2 /", "0.1 0.2 +", "1 0 /", "1 2")
	money := run("cents", NewCalc(parseCents), "19.99 3 *", "10.50 2.25 -", "100 3 /")
	lo, hi := MinMax(ints)
	fmt.Println("ints", ints, lo, hi)
	flo, fhi := MinMax(floats)
	fmt.Println("floats", floats, flo, fhi)
	slices.SortFunc(money, func(a, b Cents) int { return cmp.Compare(b, a) })
	fmt.Println("money desc", money)
	fmt.Printf("%T %T\n", NewCalc(parseCents), money)
	f := new(big.Int).MulRange(1, 25)
	fmt.Println("25! =", f.String(), f.BitLen())
}
