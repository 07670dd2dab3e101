package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Describe[T any](xs []T) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%v(%T)", x, x)
	}
	return b.String()
}

func Recur[T any](xs []T) string {
	if len(xs) == 0 {
		return "."
	}
	return fmt.Sprint(xs[0]) + " " + Recur(xs[1:])
}

func Outer[T any](x T) string { return "<" + Inner(x) + ">" }
func Inner[T any](x T) string { return fmt.Sprint(x) }

func SortedKeys[K Number, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func AsErr[T error](x T) error { return x }

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(Sum(Celsius(1), 2, 3.5))
	fmt.Println(Describe([]Level{Low, High}))
	fmt.Println(Recur([]Celsius{1, 2}))
	fmt.Println(Outer(High))
	fmt.Println(SortedKeys(map[Level]string{High: "h", Low: "l"}))
	err := AsErr(Code(4))
	var c Code
	fmt.Println(err, errors.As(err, &c), c)
	fmt.Println(Apply([]Level{Low, High}, func(l Level) string { return l.String() + "!" }))
	fmt.Println(Apply([]int{0, 1}, func(i int) Level { return Level(i) }))
	show := Describe[Celsius]
	fmt.Println(show([]Celsius{9}))
}
