// Type switch inside a generic function whose case is a generic type instantiated
// with the function's type parameters (case Left[L, R]:).
// go run:      [a]
// gobackprop:  program style: panic(*interp.cfgError): 3:2: CFG post-order panic: runtime error:
//
//	invalid memory address or nil pointer dereference
//	notebook style: same CFG post-order panic at 1:28
//
// In the full program (generics_x23a_either_fold.go, interface with a Fold method too) program
// style instead fails with "CompileError: not a generic type: func([]interface { Fold(...); isEither()})
// ([]main.L,[]main.R)"; the comma-ok assertion x.(Left[L, R]) works.
package main

import "fmt"

type Either[L, R any] interface{ isEither() }

type Left[L, R any] struct{ V L }

func (Left[L, R]) isEither() {}

func Lefts[L, R any](xs []Either[L, R]) []L {
	var ls []L
	for _, x := range xs {
		switch v := x.(type) {
		case Left[L, R]:
			ls = append(ls, v.V)
		}
	}
	return ls
}

func main() {
	es := []Either[string, int]{Left[string, int]{"a"}}
	fmt.Println(Lefts(es))
}
