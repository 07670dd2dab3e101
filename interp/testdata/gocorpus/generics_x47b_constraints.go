package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Celsius float64
type Meters int

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }
func (m Meters) String() string  { return strconv.Itoa(int(m)) + "m" }

type Measure interface {
	Number
	fmt.Stringer
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Describe[T Measure](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ", ") + " => total " + Sum(xs...).String()
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

type Keyed interface {
	comparable
	Key() string
}

type UserID int

func (u UserID) Key() string { return "user-" + strconv.Itoa(int(u)) }

func Index[K Keyed](ks []K) map[string]K {
	m := make(map[string]K)
	for _, k := range ks {
		m[k.Key()] = k
	}
	return m
}

func Scale[S ~[]E, E Number](s S, f E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * f
	}
	return out
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int64]())
	temps := []Celsius{21.5, 19, 23.25}
	fmt.Println(Describe(temps))
	fmt.Println(Describe([]Meters{100, 250, 7}))
	fmt.Println(Max(Celsius(3), Celsius(-4)), Max[Meters](5, 9), Max(int32(-1), 2))
	var st Stack[Celsius]
	for _, t := range temps {
		st.Push(t)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	idx := Index([]UserID{3, 1, 2})
	fmt.Println(idx)
	type Path []Meters
	p := Scale(Path{1, 2, 3}, 10)
	fmt.Printf("%v %T\n", p, p)
}
