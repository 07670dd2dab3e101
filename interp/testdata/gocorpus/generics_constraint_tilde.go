// Exercises: constraints with ~ allowing named types with that underlying type.
package main

import (
	"fmt"
	"strings"
)

type Stringish interface{ ~string }

type Email string
type Slug string

func Join[S Stringish](parts []S, sep string) S {
	strs := make([]string, len(parts))
	for i, p := range parts {
		strs[i] = string(p)
	}
	return S(strings.Join(strs, sep))
}

func Upper[S Stringish](s S) S { return S(strings.ToUpper(string(s))) }

func main() {
	e := Join([]Email{"a@x", "b@y"}, ";")
	fmt.Printf("%v %T\n", e, e)
	s := Upper(Slug("hello-world"))
	fmt.Printf("%v %T\n", s, s)
	fmt.Println(Upper("plain"))
}
