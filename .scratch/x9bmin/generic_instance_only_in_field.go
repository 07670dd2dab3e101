// Go prints "Some(x)"; the session: panic "reflect: Field index out of range" (in the fuller probe p50: CompileError "type not found: Opt[string]") - a pointer to a generic instance with a String method as the field type of a top-level struct.
package main

import "fmt"

type Opt[T any] struct{ val T }

func (o *Opt[T]) String() string { return fmt.Sprint("Some(", o.val, ")") }

type Holder struct{ O *Opt[string] }

func main() {
	fmt.Println(Holder{&Opt[string]{"x"}}.O)
}
