package main

import (
	"fmt"
	"reflect"
)

type P struct{ X int }

func main() {
	// go: {0}; gobackprop: runtime.Error: interface conversion: reflect.Type is mirror.namedType, not *reflect.rtype
	fmt.Println(reflect.New(reflect.TypeOf(P{})).Elem().Interface())
}
