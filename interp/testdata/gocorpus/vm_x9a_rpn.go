// Exercises: RPN calculator with a trace table, recover of a stack underflow (%T of the runtime error), strconv.ParseFloat, switch on string tokens, %6.2f
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func rpn(expr string) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rpn %q: %v (%T)", expr, r, r)
		}
	}()
	var st []float64
	pop := func() float64 {
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "^":
			b, a := pop(), pop()
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			case "/":
				st = append(st, a/b)
			case "^":
				st = append(st, math.Pow(a, b))
			}
		default:
			v, perr := strconv.ParseFloat(tok, 64)
			if perr != nil {
				return 0, perr
			}
			st = append(st, v)
		}
		fmt.Printf("%-3s %v\n", tok, st)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("rpn: %d values left", len(st))
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"3 4 2 * 1 5 - 2 3 ^ ^ / +", "1 +", "2 x *", "1 2"} {
		v, err := rpn(e)
		fmt.Printf("= %6.2f err=%v\n", v, err)
	}
}
