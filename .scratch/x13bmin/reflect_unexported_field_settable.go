// go run:      false false false
//
//	recovered: true {0 0}
//
// gobackprop:  true true false
//
//	no panic {0 5}
//	recovered: false {0 5}   (SILENT: an unexported field reached through
//	reflect is settable - CanSet/CanInterface true, SetInt writes it instead of
//	panicking. Found while reducing reflect_x13b_struct_tags.go)
package main

import (
	"fmt"
	"reflect"
)

type Server struct {
	Port int
	skip int
}

func main() {
	var s Server
	v := reflect.ValueOf(&s).Elem()
	f := v.Field(1)
	fmt.Println(f.CanSet(), f.CanInterface(), v.Type().Field(1).IsExported())
	defer func() { fmt.Println("recovered:", recover() != nil, s) }()
	f.SetInt(5)
	fmt.Println("no panic", s)
}
