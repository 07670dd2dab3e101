// Exercises: type Stack []float64 with pointer-receiver Push/Pop, an RPN calculator returning errors, a Stack printed by fmt and stored in an interface.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }

func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

func (s Stack) Peek() float64 { return s[len(s)-1] }

func eval(expr string) (float64, error) {
	var st Stack
	for _, tok := range strings.Fields(expr) {
		if v, err := strconv.ParseFloat(tok, 64); err == nil {
			st.Push(v)
			continue
		}
		b, err1 := st.Pop()
		a, err2 := st.Pop()
		if err := errors.Join(err1, err2); err != nil {
			return 0, fmt.Errorf("%q: %w", tok, err)
		}
		switch tok {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			st.Push(a / b)
		default:
			return 0, fmt.Errorf("unknown operator %q", tok)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left: %v", len(st), st)
	}
	return st.Peek(), nil
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 3 ^", "1 2 3", "1 0 /"} {
		v, err := eval(e)
		fmt.Printf("%-20s %v %v\n", e, v, err)
	}
	s := Stack{1, 2}
	var x interface{} = s
	s.Push(3)
	fmt.Println(s, x, len(x.(Stack)), x.(Stack).Peek())
}
