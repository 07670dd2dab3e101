package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(def T) T {
	if r.Err != nil {
		return def
	}
	return r.Val
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type Celsius float64
type Cents int64

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	fields := strings.Split("12,7,x,42,-3,,100", ",")
	parsed := Map(fields, func(s string) Result[int] {
		return Try(func() (int, error) { return strconv.Atoi(s) })
	})
	fmt.Println(parsed)
	ok := Filter(parsed, func(r Result[int]) bool { return r.Err == nil })
	nums := Map(ok, func(r Result[int]) int { return r.Val })
	fmt.Println(nums, Sum(nums), Sum(Map(parsed, func(r Result[int]) int { return r.OrElse(-1) })))

	temps := []Celsius{21.5, 19.0, 23.25}
	fmt.Printf("%.2f %T\n", Sum(temps)/Celsius(len(temps)), Sum(temps))
	prices := []Cents{199, 250, 1099}
	fmt.Printf("%v %T\n", Sum(prices), Sum(prices))

	words := strings.Fields("apple avocado banana blueberry cherry apricot beet")
	groups := GroupBy(words, func(w string) byte { return w[0] })
	fmt.Println(len(groups), groups['a'], groups['b'], groups['c'])
	lengths := GroupBy(words, func(w string) int { return len(w) })
	fmt.Println(lengths)

	zipped := Zip([]string{"x", "y", "z"}, []float64{1.5, 2.5})
	fmt.Printf("%v %+v\n", zipped, zipped[0])

	shout := Compose(strings.TrimSpace, Compose(strings.ToUpper, func(s string) string { return s + "!" }))
	fmt.Println(shout("  hello generics "))
	longest := Reduce(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println(longest)
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(parsed[2].Err, &ne), ne.Func, err)
}
