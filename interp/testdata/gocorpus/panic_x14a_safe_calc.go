package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type CalcError struct {
	Op  string
	Err error
}

func (e CalcError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e CalcError) Unwrap() error { return e.Err }

var ErrStack = errors.New("stack underflow")

func eval(expr string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = fmt.Errorf("recovered: %w", x)
			default:
				err = fmt.Errorf("recovered: %v", x)
			}
		}
	}()
	var st []int
	pop := func(op string) int {
		if len(st) == 0 {
			panic(CalcError{op, ErrStack})
		}
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "%":
			b, a := pop(tok), pop(tok)
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			case "/":
				st = append(st, a/b)
			case "%":
				st = append(st, a%b)
			}
		case "dup":
			v := pop(tok)
			st = append(st, v, v)
		case "boom":
			panic("explicit boom")
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, CalcError{"parse", err}
			}
			st = append(st, n)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("stack has %d items", len(st))
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"1 2 +", "3 4 * 5 -", "10 3 %", "2 dup * dup *", "1 +", "4 0 /", "1 x +", "boom", "1 2", "", "7 2 - 3 *"} {
		v, err := eval(e)
		fmt.Printf("%-16q => %d, %v\n", e, v, err)
		var ce CalcError
		if errors.As(err, &ce) {
			fmt.Println("   calc op:", ce.Op, "stack?", errors.Is(err, ErrStack))
		}
		var re interface{ RuntimeError() }
		if errors.As(err, &re) {
			fmt.Println("   runtime error")
		}
	}
}
