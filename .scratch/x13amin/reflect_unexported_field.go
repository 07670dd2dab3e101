// SILENT WRONG ANSWER (both styles)
// go run:
//
//	private false "main" false
//	private false "main" false
//
// gobackprop:
//
//	private false "main" true
//	Xprivate true "" true
//
// An unexported field reached through reflect.ValueOf(v) of a value passed as `any` is seen as an
// exported field named "Xprivate" (IsExported true, PkgPath ""), and Value.Interface() on it works
// where Go panics; even reflect.TypeOf(User{}) directly reports CanInterface() true.
// (reflect_x13a_struct_dump.go prints ": 0 (int)" for the field instead of "private (unexported)")
package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name    string
	private int
}

func show(v any) {
	rv := reflect.ValueOf(v)
	f := rv.Type().Field(1)
	fmt.Printf("%s %v %q %v\n", f.Name, f.IsExported(), f.PkgPath, rv.Field(1).CanInterface())
}

func main() {
	f := reflect.TypeOf(User{}).Field(1)
	fmt.Printf("%s %v %q %v\n", f.Name, f.IsExported(), f.PkgPath, reflect.ValueOf(User{}).Field(1).CanInterface())
	show(User{})
}
