package main

import (
	"fmt"
	"reflect"
)

type MyInt int
type Names []string
type P struct {
	X int
	N MyInt
}

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	v := reflect.ValueOf(MyInt(3))
	fmt.Println(v.Type().Name(), v.Type().String(), v.Kind())
	fmt.Println(reflect.TypeOf(MyInt(3)).Name(), reflect.TypeOf(Names{}).String())
	fmt.Println(reflect.ValueOf(Names{"a"}).Type())
	fmt.Println(reflect.ValueOf(P{}).Type(), reflect.ValueOf(P{}).Field(1).Type())
	fmt.Println(reflect.TypeOf(P{}).Field(1).Type)
	x := MyInt(5)
	fmt.Println(reflect.ValueOf(&x).Elem().Type(), reflect.TypeOf(&x).Elem())
	fmt.Println(reflect.DeepEqual(MyInt(1), 1), reflect.DeepEqual(Names{"a"}, []string{"a"}))
	fmt.Println(reflect.TypeOf(x).NumMethod(), reflect.ValueOf(x).NumMethod())
	fmt.Println(reflect.ValueOf(x).Type() == reflect.TypeOf(x), reflect.TypeOf(x) == reflect.TypeOf(0))
	var i any = x
	fmt.Println(reflect.ValueOf(i).Type(), reflect.ValueOf(i).Interface() == any(MyInt(5)))
}
