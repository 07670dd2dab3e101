package main

import (
	"fmt"
	"reflect"
)

type P struct{ X int }
type Names []string

func main() {
	// go: main.P main.Names; gobackprop: struct { X int } []string
	fmt.Println(reflect.ValueOf(P{}).Type(), reflect.ValueOf(Names{}).Type())
}
