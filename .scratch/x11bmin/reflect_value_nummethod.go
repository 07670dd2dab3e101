package main

import (
	"fmt"
	"reflect"
)

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	x := MyInt(5)
	// go: 1 true; gobackprop: 0 false
	fmt.Println(reflect.ValueOf(x).NumMethod(), reflect.ValueOf(x).Type() == reflect.TypeOf(x))
}
