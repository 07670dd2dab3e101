// Go prints: main.Opt[int] Some(1)
// Session: error "the type of this value is lost: it is a struct of a type the
// cell declares, which the interpreter keeps in an interface of a compiled
// package (error, fmt.Stringer, ...) ..." in both styles.
// Control: the same program with a non-generic struct Opt agrees with Go;
// only the generic instance loses its type.
package main

import "fmt"

type Opt[T any] struct{ v T }

func (o Opt[T]) String() string { return fmt.Sprintf("Some(%v)", o.v) }

func main() {
	var s fmt.Stringer = Opt[int]{1}
	fmt.Printf("%T %s\n", s, s)
}
