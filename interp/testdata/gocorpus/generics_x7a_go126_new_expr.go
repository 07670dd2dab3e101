// Exercises: Go 1.26 new(expr) for optional pointer fields, self-referential generic constraint (Adder[A Adder[A]]), generic Ptr helper vs new(expr), nil-pointer defaults
package main

import (
	"cmp"
	"fmt"
)

type Options struct {
	Name    *string
	Retries *int
	Ratio   *float64
	Verbose *bool
}

func Or[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Ptr[T any](v T) *T { return &v }

func (o Options) String() string {
	return fmt.Sprintf("name=%s retries=%d ratio=%.2f verbose=%t",
		Or(o.Name, "default"), Or(o.Retries, 1), Or(o.Ratio, 0.5), Or(o.Verbose, false))
}

type Adder[A Adder[A]] interface {
	Add(A) A
}

type Money struct{ Cents int }

func (m Money) Add(o Money) Money { return Money{m.Cents + o.Cents} }

func Total[A Adder[A]](xs ...A) A {
	var t A
	for _, x := range xs {
		t = t.Add(x)
	}
	return t
}

func main() {
	fmt.Println(Options{})
	base := 2
	o := Options{Name: new("api"), Retries: new(base * 3), Ratio: new(0.25), Verbose: new(true)}
	fmt.Println(o)
	o2 := Options{Name: Ptr("cli"), Retries: Ptr(cmp.Or(0, 4))}
	fmt.Println(o2)
	p := new(len("four"))
	*p++
	fmt.Println(*p, *new([]int{1, 2}), *new(Money{7}))
	fmt.Println(Total(Money{150}, Money{250}, Money{5}))
}
