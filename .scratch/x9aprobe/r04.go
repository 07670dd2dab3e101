// Exercises: generic sum over a user numeric type with a String method, %T inside a generic function
package main

import "fmt"

type Number interface{ ~int | ~float64 }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Count int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Describe[T any](x T) string { return fmt.Sprintf("%T=%v", x, x) }

func main() {
	fmt.Println(Sum(Celsius(20.5), 1.5), Sum[Count](1, 2, 3), Sum(1.5, 2))
	fmt.Println(Describe(Celsius(3)), Describe(Count(4)), Describe([]Celsius{1}), Describe("s"))
	var total Celsius = Sum([]Celsius{1, 2, 3}...)
	fmt.Printf("%v %.2f %T\n", total, total, total)
}
