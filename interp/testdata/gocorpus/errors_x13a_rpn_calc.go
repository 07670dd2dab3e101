package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type StackUnderflow struct {
	Op   string
	Need int
	Have int
}

func (e StackUnderflow) Error() string {
	return fmt.Sprintf("%s needs %d operands, stack has %d", e.Op, e.Need, e.Have)
}

var ErrUnknownOp = errors.New("unknown operator")

type Calc struct {
	stack []float64
	vars  map[string]float64
}

func (c *Calc) pop(op string, n int) []float64 {
	if len(c.stack) < n {
		panic(StackUnderflow{op, n, len(c.stack)})
	}
	args := c.stack[len(c.stack)-n:]
	c.stack = c.stack[:len(c.stack)-n]
	return append([]float64(nil), args...)
}

func (c *Calc) push(v float64) { c.stack = append(c.stack, v) }

var binops = map[string]func(a, b float64) float64{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
	"*": func(a, b float64) float64 { return a * b },
	"/": func(a, b float64) float64 { return a / b },
	"^": math.Pow,
}

func (c *Calc) Eval(line string) (result float64, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok {
			err = fmt.Errorf("eval %q: %w", line, e)
			c.stack = c.stack[:0]
			return
		}
		panic(r)
	}()
	for _, tok := range strings.Fields(line) {
		if f, ok := binops[tok]; ok {
			a := c.pop(tok, 2)
			c.push(f(a[0], a[1]))
			continue
		}
		switch {
		case tok == "sqrt":
			c.push(math.Sqrt(c.pop(tok, 1)[0]))
		case tok == "dup":
			v := c.pop(tok, 1)[0]
			c.push(v)
			c.push(v)
		case strings.HasPrefix(tok, "="):
			c.vars[tok[1:]] = c.pop(tok, 1)[0]
		case strings.HasPrefix(tok, "$"):
			v, ok := c.vars[tok[1:]]
			if !ok {
				panic(fmt.Errorf("undefined variable %s", tok[1:]))
			}
			c.push(v)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				panic(fmt.Errorf("%q: %w", tok, ErrUnknownOp))
			}
			c.push(v)
		}
	}
	if len(c.stack) == 0 {
		return math.NaN(), nil
	}
	return c.pop("result", 1)[0], nil
}

func main() {
	c := &Calc{vars: map[string]float64{}}
	lines := []string{
		"3 4 + 2 *",
		"2 0.5 ^ dup *",
		"9 =x",
		"$x sqrt $x +",
		"1 +",
		"5 1 2 + 4 * + 3 -",
		"4 $y *",
		"2 3 %",
		"1 0 /",
		"",
	}
	for _, l := range lines {
		v, err := c.Eval(l)
		var su StackUnderflow
		switch {
		case errors.As(err, &su):
			fmt.Printf("%-20q underflow: op=%s have=%d\n", l, su.Op, su.Have)
		case errors.Is(err, ErrUnknownOp):
			fmt.Printf("%-20q %v\n", l, err)
		case err != nil:
			fmt.Printf("%-20q other error: %v\n", l, err)
		default:
			fmt.Printf("%-20q = %g\n", l, v)
		}
	}
	fmt.Println(c.vars, len(c.stack))
}
