package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }
func (s *Stack) Pop() float64 {
	if len(*s) == 0 {
		panic(ErrUnderflow)
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v
}

var ErrUnderflow = errors.New("stack underflow")

type Op interface {
	Exec(s *Stack)
}

type push float64
type binary func(a, b float64) float64
type unary func(a float64) float64
type dup struct{}
type swap struct{}

func (p push) Exec(s *Stack)   { s.Push(float64(p)) }
func (f binary) Exec(s *Stack) { b, a := s.Pop(), s.Pop(); s.Push(f(a, b)) }
func (f unary) Exec(s *Stack)  { s.Push(f(s.Pop())) }
func (dup) Exec(s *Stack)      { v := s.Pop(); s.Push(v); s.Push(v) }
func (swap) Exec(s *Stack)     { b, a := s.Pop(), s.Pop(); s.Push(b); s.Push(a) }

var words = map[string]Op{
	"+":    binary(func(a, b float64) float64 { return a + b }),
	"-":    binary(func(a, b float64) float64 { return a - b }),
	"*":    binary(func(a, b float64) float64 { return a * b }),
	"/":    binary(func(a, b float64) float64 { return a / b }),
	"^":    binary(math.Pow),
	"sqrt": unary(math.Sqrt),
	"neg":  unary(func(a float64) float64 { return -a }),
	"dup":  dup{},
	"swap": swap{},
}

type SyntaxError struct {
	Pos   int
	Token string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("token %d: unknown word %q", e.Pos, e.Token)
}

func Compile(src string) ([]Op, error) {
	var prog []Op
	for i, tok := range strings.Fields(src) {
		if op, ok := words[tok]; ok {
			prog = append(prog, op)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return nil, &SyntaxError{i, tok}
		}
		prog = append(prog, push(v))
	}
	return prog, nil
}

func Run(prog []Op) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	var s Stack
	for _, op := range prog {
		op.Exec(&s)
	}
	if len(s) != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, got %d: %v", len(s), s)
	}
	return s[0], nil
}

func main() {
	programs := []string{
		"3 4 + 2 *",
		"2 10 ^ 24 -",
		"9 sqrt dup *",
		"1 2 swap -",
		"5 neg 3 /",
		"1 +",
		"1 2 3",
		"4 foo +",
		"1 0 /",
		"2 0.5 ^ 1e3 *",
	}
	for _, src := range programs {
		prog, err := Compile(src)
		if err != nil {
			var se *SyntaxError
			errors.As(err, &se)
			fmt.Printf("%-16q compile error: %v (pos %d)\n", src, err, se.Pos)
			continue
		}
		v, err := Run(prog)
		if err != nil {
			fmt.Printf("%-16q runtime error: %v underflow=%t\n", src, err, errors.Is(err, ErrUnderflow))
			continue
		}
		fmt.Printf("%-16q = %v (%d ops, %.4g)\n", src, v, len(prog), v)
	}
	prog, _ := Compile("1 2 +")
	fmt.Printf("%T %v\n", prog[0], prog[0])
}
