// Exercises: custom constraint with ~ terms and a method, named types satisfying it, Sum with variadic inference
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Labeled interface {
	~int | ~float64
	Label() string
}

type Meters float64

func (m Meters) Label() string { return fmt.Sprintf("%.1fm", float64(m)) }

type Count int

func (c Count) Label() string { return fmt.Sprintf("#%d", int(c)) }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Describe[T Labeled](xs []T) []string {
	out := []string{}
	var total T
	for _, x := range xs {
		total += x
		out = append(out, x.Label())
	}
	return append(out, "total="+total.Label())
}

type ID int64

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[ID](7, 8))
	fmt.Printf("%T %v\n", Sum(Meters(1), Meters(2)), Sum(Meters(1), Meters(2)))
	fmt.Println(Describe([]Meters{1.25, 2.5}))
	fmt.Println(Describe([]Count{3, 4, 5}))
}
