// go run: "Hyper" "hidden" false
// gobackprop, both styles: "" "Xhidden" true   (SILENT WRONG ANSWER)
// A pointer to a cell struct type passed as `any`, then reflect.ValueOf(v).Elem().Type():
// the type has lost its name and the unexported field shows up renamed "Xhidden" and exported.
// (reflect.TypeOf(*h) directly in main, or a value passed as any, print correctly.)
// Found in reflect_x14b_struct_dump.go (struct dumper printing rt.Name() and f.IsExported()).
package main

import (
	"fmt"
	"reflect"
)

type Hyper struct {
	LR     float64
	hidden int
}

func dump(v any) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	rt := rv.Type()
	fmt.Printf("%q %q %v\n", rt.Name(), rt.Field(1).Name, rt.Field(1).IsExported())
}

func main() {
	dump(&Hyper{LR: 1})
}
