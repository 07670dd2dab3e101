// Reduction of generics_x44a_set_closure.go (both styles).
// Two generic map types both have a method Add; inside Relation[T].Add the
// call r[a].Add(b) (a Set[T] value) is taken as a call of Relation[T].Add.
// Go prints:      map[a:map[b:true]]
// Session prints: nothing; error CompileError: too many arguments
// Styles: program and notebook. Kind: clear error (misleading message).
// Renaming Set's method (Put) or making the types non-generic makes it pass.
package main

import "fmt"

type Set[T comparable] map[T]bool

func (s Set[T]) Add(x T) { s[x] = true }

type Relation[T comparable] map[T]Set[T]

func (r Relation[T]) Add(a, b T) { r[a].Add(b) }

func main() {
	r := Relation[string]{"a": {}}
	r.Add("a", "b")
	fmt.Println(r)
}
