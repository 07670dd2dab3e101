package main

import (
	"fmt"
	"strings"
)

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Set map[string]bool

func (s Set) String() string { return fmt.Sprintf("set(%d)", len(s)) }

type Vec [3]int

func (v Vec) String() string { return fmt.Sprintf("<%d,%d,%d>", v[0], v[1], v[2]) }

type Op func(int) int

func (o Op) String() string { return fmt.Sprint("op:", o(1)) }

type MultiError []error

func (m MultiError) Error() string { return fmt.Sprintf("%d errors", len(m)) }

func main() {
	fmt.Println(Path{"a", "b"}, Set{"x": true}, Vec{1, 2, 3}, Op(func(x int) int { return x + 1 }))
	fmt.Println([]Path{{"c"}}, map[string]Vec{"k": {4, 5, 6}})
	var err error = MultiError{fmt.Errorf("a"), fmt.Errorf("b")}
	fmt.Println(err, MultiError{nil})
	fmt.Printf("%v %s %d\n", Vec{7, 8, 9}, Path{"z"}, Vec{7, 8, 9})
}
