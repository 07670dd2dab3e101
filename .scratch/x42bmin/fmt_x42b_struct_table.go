// Reduction of fmt_x42b_struct_table.go (both styles: program and notebook).
// A struct field of a user-defined named type, reached through reflect
// (Value.Field; also Index, MapIndex and Elem of a pointer), loses its named
// type: Interface() yields a plain int, so the String method is not used.
//
// go run prints:        done
// the session prints:   2            (SILENT, in both styles)
//
// Further probes (same types): f := reflect.ValueOf(Job{2}).Field(0)
//
//	f.Type(), f.NumMethod()       Go: main.Status 1   session: int 0
//	%T of f.Interface()           Go: main.Status     session: int
//	f.Interface().(Status)        Go: ok=true         session: ok=false
//	f.Interface().(fmt.Stringer)  Go: ok=true         session: ok=false
//
// Not affected: reflect.ValueOf(Status(2)).Interface() prints "done", and
// fmt.Println(Job{2}) prints "{done}"; stdlib named types in fields
// (time.Duration) keep their String method.
package main

import (
	"fmt"
	"reflect"
)

type Status int

func (s Status) String() string { return "done" }

type Job struct{ S Status }

func main() {
	fmt.Println(reflect.ValueOf(Job{2}).Field(0).Interface())
}
