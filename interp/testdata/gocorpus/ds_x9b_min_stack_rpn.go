// Exercises: MinStack keeping a parallel min slice, evaluating Reverse Polish Notation with a switch on operators and strconv.Atoi, a map literal indexed by the operator.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type MinStack struct{ vals, mins []int }

func (s *MinStack) Push(v int) {
	s.vals = append(s.vals, v)
	m := v
	if len(s.mins) > 0 {
		m = min(m, s.Min())
	}
	s.mins = append(s.mins, m)
}
func (s *MinStack) Pop() int {
	v, n := s.vals[len(s.vals)-1], len(s.vals)-1
	s.vals, s.mins = s.vals[:n], s.mins[:n]
	return v
}
func (s *MinStack) Min() int { return s.mins[len(s.mins)-1] }

func evalRPN(expr string) (int, error) {
	var st []int
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			if len(st) < 2 {
				return 0, fmt.Errorf("rpn: %q needs two operands", tok)
			}
			a, b := st[len(st)-2], st[len(st)-1]
			st = st[:len(st)-2]
			r := map[string]int{"+": a + b, "-": a - b, "*": a * b}[tok]
			if tok == "/" {
				if b == 0 {
					return 0, fmt.Errorf("rpn: division by zero")
				}
				r = a / b
			}
			st = append(st, r)
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, fmt.Errorf("rpn: %w", err)
			}
			st = append(st, n)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("rpn: %d values left", len(st))
	}
	return st[0], nil
}

func main() {
	var s MinStack
	for _, v := range []int{5, 3, 7, 3, 1, 8} {
		s.Push(v)
		fmt.Print(s.Min(), " ")
	}
	fmt.Println("|", s.Pop(), s.Pop(), s.Min(), s.Pop(), s.Pop(), s.Min())
	for _, e := range []string{"2 1 + 3 *", "4 13 5 / +", "10 6 9 3 + -11 * / * 17 + 5 +", "1 +", "1 0 /", "3 x *", "1 2"} {
		v, err := evalRPN(e)
		fmt.Println(v, err)
	}
}
