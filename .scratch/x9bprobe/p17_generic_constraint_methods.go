package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Sq struct{ S float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (s Sq) String() string { return fmt.Sprintf("Sq(%g)", s.S) }

func Largest[S Shape](xs []S) S {
	best := xs[0]
	for _, x := range xs[1:] {
		if x.Area() > best.Area() {
			best = x
		}
	}
	return best
}

func JoinAll[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Number interface{ ~int | ~float64 }

type Meters float64

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	sq := []Sq{{2}, {5}, {3}}
	fmt.Println(Largest(sq), JoinAll(sq, "+"))
	fmt.Println(Sum(1, 2, 3), Sum[Meters](1.5, 2), Sum[float64]())
	fmt.Printf("%T %v\n", Sum(Meters(1)), Sum(Meters(1), 2))
}
