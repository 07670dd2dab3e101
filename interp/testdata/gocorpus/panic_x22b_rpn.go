package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type StackUnderflow struct{ Op string }

func (e StackUnderflow) Error() string { return "stack underflow at " + e.Op }

var ErrDivZero = errors.New("division by zero")

type calc struct{ st []int }

func (c *calc) push(v int) { c.st = append(c.st, v) }
func (c *calc) pop(op string) int {
	if len(c.st) == 0 {
		panic(StackUnderflow{op})
	}
	v := c.st[len(c.st)-1]
	c.st = c.st[:len(c.st)-1]
	return v
}

func eval(expr string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = fmt.Errorf("eval %q: %w", expr, x)
			default:
				err = fmt.Errorf("eval %q: %v", expr, x)
			}
		}
	}()
	c := &calc{}
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "%":
			b, a := c.pop(tok), c.pop(tok)
			switch tok {
			case "+":
				c.push(a + b)
			case "-":
				c.push(a - b)
			case "*":
				c.push(a * b)
			case "/":
				if b == 0 {
					panic(ErrDivZero)
				}
				c.push(a / b)
			case "%":
				c.push(a % b)
			}
		case "dup":
			v := c.pop(tok)
			c.push(v)
			c.push(v)
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				panic(fmt.Sprintf("bad token %q", tok))
			}
			c.push(n)
		}
	}
	if len(c.st) != 1 {
		return 0, fmt.Errorf("eval %q: %d values left", expr, len(c.st))
	}
	return c.pop("end"), nil
}

func main() {
	exprs := []string{
		"3 4 + 2 *",
		"5 1 2 + 4 * + 3 -",
		"2 dup dup * *",
		"1 +",
		"4 0 /",
		"7 0 %",
		"1 2 3",
		"9 x *",
	}
	for _, e := range exprs {
		v, err := eval(e)
		var su StackUnderflow
		fmt.Printf("%-20s => %4d  err=%v  underflow=%t div0=%t\n", e, v, err, errors.As(err, &su), errors.Is(err, ErrDivZero))
	}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("runtime: %v (%T)\n", r, r)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("index:", ok, err)
		}()
		xs := []int{1, 2, 3}
		i := 5
		fmt.Println(xs[i])
	}()
}
