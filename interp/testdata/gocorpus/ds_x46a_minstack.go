package main

import (
	"cmp"
	"errors"
	"fmt"
)

type MinStack[T cmp.Ordered] struct {
	vals, mins []T
}

var ErrEmpty = errors.New("min stack: empty")

func (s *MinStack[T]) Push(v T) {
	s.vals = append(s.vals, v)
	if len(s.mins) == 0 || v <= s.mins[len(s.mins)-1] {
		s.mins = append(s.mins, v)
	}
}

func (s *MinStack[T]) Pop() (v T, err error) {
	if len(s.vals) == 0 {
		return v, ErrEmpty
	}
	v = s.vals[len(s.vals)-1]
	s.vals = s.vals[:len(s.vals)-1]
	if v == s.mins[len(s.mins)-1] {
		s.mins = s.mins[:len(s.mins)-1]
	}
	return v, nil
}

func (s *MinStack[T]) Min() (T, error) {
	if len(s.mins) == 0 {
		var zero T
		return zero, ErrEmpty
	}
	return s.mins[len(s.mins)-1], nil
}

func (s MinStack[T]) String() string {
	return fmt.Sprintf("vals=%v mins=%v", s.vals, s.mins)
}

// MustPop panics on an empty stack; callers can recover.
func MustPop[T cmp.Ordered](s *MinStack[T]) T {
	v, err := s.Pop()
	if err != nil {
		panic(err)
	}
	return v
}

func drain[T cmp.Ordered](s *MinStack[T]) (popped []T, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("drain stopped after %d: %w", len(popped), e)
		}
	}()
	for {
		popped = append(popped, MustPop(s))
	}
}

func nextGreater(xs []int) []int {
	res := make([]int, len(xs))
	var st []int
	for i := len(xs) - 1; i >= 0; i-- {
		for len(st) > 0 && st[len(st)-1] <= xs[i] {
			st = st[:len(st)-1]
		}
		if len(st) == 0 {
			res[i] = -1
		} else {
			res[i] = st[len(st)-1]
		}
		st = append(st, xs[i])
	}
	return res
}

func main() {
	var s MinStack[int]
	for _, v := range []int{5, 3, 7, 3, 8, 1} {
		s.Push(v)
		m, _ := s.Min()
		fmt.Printf("push %d min=%d\n", v, m)
	}
	fmt.Println(s)
	for i := 0; i < 3; i++ {
		v, _ := s.Pop()
		m, _ := s.Min()
		fmt.Printf("pop %d min=%d\n", v, m)
	}
	popped, err := drain(&s)
	fmt.Println(popped, err, errors.Is(err, ErrEmpty))
	_, err = s.Min()
	fmt.Printf("%v %+v\n", err, s)

	fs := &MinStack[float64]{}
	fs.Push(2.5)
	fs.Push(-0.5)
	fmt.Println(fs.String())
	fmt.Println(nextGreater([]int{4, 5, 2, 25, 7, 8}))
}
