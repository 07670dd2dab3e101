// SILENT: Go prints "{[A1 B2]}"; the session prints "{[A1 %!v(PANIC=Format method: a value stored in an interface could be any of *main.A or *main.B ...)" - same as same_shape_errors_in_struct_field.go with Stringers.
package main

import "fmt"

type A struct{ N int }

func (a A) String() string { return fmt.Sprint("A", a.N) }

type B struct{ N int }

func (b *B) String() string { return fmt.Sprint("B", b.N) }

type R struct{ S []fmt.Stringer }

func main() {
	fmt.Println(R{[]fmt.Stringer{A{1}, &B{2}}})
}
