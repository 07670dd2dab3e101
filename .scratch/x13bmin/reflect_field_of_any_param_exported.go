// go run:      skip false
//
//	skip false
//	skip false
//
// gobackprop:  skip false
//
//	Xskip true      (SILENT: through a func parameter of type any,
//	skip false       reflect.ValueOf(p).Elem().Type() shows the unexported field as
//	                 exported "Xskip"; code guarded by IsExported then sets it.
//	                 From reflect_x13b_struct_tags.go, both styles)
package main

import (
	"fmt"
	"reflect"
)

type Server struct {
	Port int
	skip int
}

func show(dst any) {
	f := reflect.ValueOf(dst).Elem().Type().Field(1)
	fmt.Println(f.Name, f.IsExported())
}

func main() {
	var s Server
	f := reflect.ValueOf(&s).Elem().Type().Field(1)
	fmt.Println(f.Name, f.IsExported())
	show(&s)
	g := reflect.ValueOf(s).Type().Field(1)
	fmt.Println(g.Name, g.IsExported())
}
