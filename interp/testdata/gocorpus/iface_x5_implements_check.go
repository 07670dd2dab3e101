// Exercises: asking whether a type implements an interface with an assertion on a conversion (any(v).(I)), for types defined from others.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type Vertex Point

type Named interface{ Name() string }

func main() {
	v := Vertex{1, 2}
	_, ok := any(v).(interface{ Sum() int })
	s, ok2 := any(Point(v)).(interface{ Sum() int })
	fmt.Println(ok, ok2, s.Sum())
	_, isStringer := any(&strings.Builder{}).(fmt.Stringer)
	_, isNamed := interface{}(v).(Named)
	n, isInt := any(3).(int)
	_, isFloat := any(3).(float64)
	fmt.Println(isStringer, isNamed, n, isInt, isFloat)
}
