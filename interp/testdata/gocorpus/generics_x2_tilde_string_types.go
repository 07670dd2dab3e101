// Exercises: a ~string constraint used with named string types, returning the named type.
package main

import (
	"fmt"
	"strings"
)

type Email string
type Username string

type StringLike interface{ ~string }

func Normalize[S StringLike](s S) S {
	return S(strings.ToLower(strings.TrimSpace(string(s))))
}

func JoinAll[S StringLike](xs []S, sep string) S {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(string(x))
	}
	return S(b.String())
}

func Longest[S StringLike](xs ...S) S {
	var best S
	for _, x := range xs {
		if len(x) > len(best) {
			best = x
		}
	}
	return best
}

func main() {
	e := Normalize(Email("  Alice@Example.COM "))
	fmt.Printf("%q %T\n", e, e)
	u := Normalize(Username("BOB"))
	fmt.Printf("%v %T\n", u, u)
	fmt.Println(JoinAll([]Username{"a", "b", "c"}, "+"))
	fmt.Println(Longest("x", "xyz", "xy"), Longest[Email]())
	fmt.Println(Normalize(" Plain "))
}
