package main

import (
	"fmt"
	"reflect"
)

type Temp float64
type Pair struct{ A, B int }

func walk(x any, depth int) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Struct:
		fmt.Println(depth, "struct", v.NumField())
		for i := 0; i < v.NumField(); i++ {
			walk(v.Field(i).Interface(), depth+1)
		}
	case reflect.Slice:
		fmt.Println(depth, "slice", v.Len())
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i).Interface(), depth+1)
		}
	case reflect.Float64:
		fmt.Println(depth, "float", v.Float())
	case reflect.Int:
		fmt.Println(depth, "int", v.Int())
	default:
		fmt.Println(depth, "other", v.Kind())
	}
}

func main() {
	walk([]Pair{{1, 2}}, 0)
	walk(Temp(3.5), 0)
	walk([]any{Temp(1), Pair{3, 4}, "s"}, 0)
	var x Temp
	reflect.ValueOf(&x).Elem().SetFloat(2.5)
	fmt.Println(x, reflect.ValueOf(x).Kind() == reflect.Float64)
	s := reflect.ValueOf(&[]Pair{{}}).Elem()
	s.Index(0).Field(1).SetInt(9)
	fmt.Println(s.Interface(), s.Len())
	fmt.Printf("%v %T\n", s.Index(0).Interface(), s.Index(0).Interface())
}
