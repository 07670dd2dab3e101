// Reduction of text_x19a_markdown_table.go (both styles): a clear CompileError.
// go run:      main.Row 1
// gobackprop:  CompileError: the name of []T, a type spelled with a type parameter, inside the generic
//
//	function (%T, %#v or reflect would show the parameter, not the type argument) is not
//	supported by gobackprop ...
//
// reflect.TypeOf on a slice of the type parameter inside a generic function (here only the
// element type's name and field count are used).
package main

import (
	"fmt"
	"reflect"
)

type Row struct{ A int }

func Describe[T any](rows []T) string {
	t := reflect.TypeOf(rows).Elem()
	return fmt.Sprint(t, " ", t.NumField())
}

func main() {
	fmt.Println(Describe([]Row{{1}}))
}
