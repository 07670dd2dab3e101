// Exercises: laws of reflection - reflect.ValueOf, Kind, Type, CanSet, Elem().SetFloat, Interface() round trip
package main

import (
	"fmt"
	"reflect"
)

type MyInt int

func main() {
	var x float64 = 3.4
	v := reflect.ValueOf(x)
	fmt.Println("type:", v.Type(), "kind:", v.Kind(), "value:", v.Float())
	fmt.Println("settable:", v.CanSet())

	p := reflect.ValueOf(&x)
	fmt.Println(p.Type(), p.Kind(), p.CanSet())
	e := p.Elem()
	fmt.Println(e.CanSet())
	e.SetFloat(7.1)
	fmt.Println(x, e.Interface())

	var m MyInt = 7
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Type(), mv.Kind(), mv.Kind() == reflect.Int, mv.Int())

	var u8 uint8 = 'x'
	uv := reflect.ValueOf(u8)
	fmt.Println(uv.Type(), uv.Kind() == reflect.Uint8, uv.Uint())

	y := v.Interface().(float64)
	fmt.Println(y)
	fmt.Printf("value is %7.1e\n", v.Interface())
	s := reflect.ValueOf([]int{1, 2, 3})
	fmt.Println(s.Kind(), s.Len(), s.Index(1))
	mp := reflect.ValueOf(map[string]int{"a": 1})
	fmt.Println(mp.Kind(), mp.MapIndex(reflect.ValueOf("a")))
}
