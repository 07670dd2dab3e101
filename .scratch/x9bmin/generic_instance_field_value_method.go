// Go prints "Some(x) {Some()}"; the session: panic "reflect: Field index out of range" - a generic instance with a value-receiver String as the field type of a plain struct, printed by fmt.
package main

import "fmt"

type Opt[T any] struct{ val T }

func (o Opt[T]) String() string { return fmt.Sprint("Some(", o.val, ")") }

type Holder struct{ O Opt[string] }

func main() {
	fmt.Println(Holder{Opt[string]{"x"}}.O, Holder{})
}
