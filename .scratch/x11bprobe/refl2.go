package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

type Box struct{ V any }

func main() {
	var i any = MyInt(5)
	v := reflect.ValueOf(i)
	fmt.Println(v.Kind(), v.Type())
	fmt.Println(v.Interface())
	fmt.Printf("%v %T\n", v.Interface(), v.Interface())
	b, err := json.Marshal(i)
	fmt.Println(string(b), err)
	b, err = json.Marshal(Box{i})
	fmt.Println(string(b), err)
	xs := []any{MyInt(1), 2, "s"}
	for _, x := range xs {
		fmt.Print(reflect.TypeOf(x), " ", reflect.ValueOf(x).Kind(), "; ")
	}
	fmt.Println()
	m := map[any]int{MyInt(1): 1, 1: 2}
	fmt.Println(len(m), m[MyInt(1)], m[1])
}
