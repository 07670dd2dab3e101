// A value of a generic interface type whose instantiation has a phantom type argument
// (L appears neither in the method set nor, for Box, in the fields) printed through fmt.
// go run:      {3}
// gobackprop:  CompileError:  is not a type   (both styles; clear error, empty name)
// With one type parameter (Getter[int] = Box[int]{3}) it works; the dynamic value printed directly
// works too. Same message as generic_field_named_empty_iface_stringer.go, possibly one root.
// From generics_x23a_either_fold.go (Either[L, R] with Left/Right; program style of the full
// program first hits generic_typeswitch_case_typeparams.go, whose error also appears there as
// "CompileError: not a generic type: func([]interface {...}) ([]main.L,[]main.R)").
package main

import "fmt"

type Phantom[L, R any] interface{ Get() R }

type Box[L, R any] struct{ V R }

func (b Box[L, R]) Get() R { return b.V }

func main() {
	var p Phantom[string, int] = Box[string, int]{3}
	fmt.Println(p)
}
